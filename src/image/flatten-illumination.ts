import sharp from 'sharp';
import type { GrayImage } from './gray-image.ts';

/**
 * Evens out uneven lighting and paper tone: estimates the paper level everywhere and divides the page
 * by it, so paper becomes white and ink keeps its contrast to the local paper. The estimate is a
 * morphological closing (max then min filter, which erases text without shifting a smooth gradient)
 * of a 1/16 area-averaged copy (which also averages noise away), blurred and scaled back up.
 */
export async function flattenIllumination(img: GrayImage): Promise<GrayImage> {
  const { width, height } = img;
  const sw = Math.max(1, Math.round(width / 16));
  const sh = Math.max(1, Math.round(height / 16));
  const small = await sharp(img.data, { raw: { width, height, channels: 1 } }).resize(sw, sh, { fit: 'fill', kernel: 'linear' }).extractChannel(0).raw().toBuffer(); // resize alone returns 3 channels
  const r = 3;
  const dilated = rankFilter(rankFilter(small, sw, sh, r, true, Math.max), sw, sh, r, false, Math.max);
  const closed = rankFilter(rankFilter(dilated, sw, sh, r, true, Math.min), sw, sh, r, false, Math.min);
  const bg = await sharp(closed, { raw: { width: sw, height: sh, channels: 1 } })
    .blur(2)
    .resize(width, height, { fit: 'fill', kernel: 'linear' })
    .extractChannel(0)
    .raw()
    .toBuffer();
  const out = new Uint8Array(width * height);
  for (let i = 0; i < out.length; i++) out[i] = Math.min(255, Math.round((img.data[i]! * 255) / Math.max(bg[i]!, 16)));
  return { data: out, width, height };
}

/** 1-D running max or min (`pick`) of radius r along rows (`horizontal`) or columns. */
function rankFilter(src: Uint8Array, w: number, h: number, r: number, horizontal: boolean, pick: (a: number, b: number) => number): Uint8Array {
  const out = new Uint8Array(src.length);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let m = src[y * w + x]!;
      for (let k = -r; k <= r; k++) {
        const xx = horizontal ? x + k : x;
        const yy = horizontal ? y : y + k;
        if (xx < 0 || yy < 0 || xx >= w || yy >= h) continue;
        m = pick(m, src[yy * w + xx]!);
      }
      out[y * w + x] = m;
    }
  }
  return out;
}
