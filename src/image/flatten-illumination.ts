import sharp from 'sharp';
import type { GrayImage } from './gray-image.ts';

/**
 * Evens out uneven lighting and paper tone: estimates the paper level everywhere (max filter on a 1/8
 * copy, which erases text strokes, then a blur) and divides the page by it, so paper becomes white and
 * ink keeps its contrast to the local paper.
 */
export async function flattenIllumination(img: GrayImage): Promise<GrayImage> {
  const { width, height } = img;
  const sw = Math.max(1, Math.round(width / 8));
  const sh = Math.max(1, Math.round(height / 8));
  const small = await sharp(img.data, { raw: { width, height, channels: 1 } }).resize(sw, sh, { fit: 'fill' }).raw().toBuffer();
  const maxed = maxFilter(maxFilter(small, sw, sh, 4, true), sw, sh, 4, false);
  const bg = await sharp(maxed, { raw: { width: sw, height: sh, channels: 1 } })
    .blur(3)
    .resize(width, height, { fit: 'fill', kernel: 'linear' })
    .extractChannel(0)
    .raw()
    .toBuffer();
  const out = new Uint8Array(width * height);
  for (let i = 0; i < out.length; i++) out[i] = Math.min(255, Math.round((img.data[i]! * 255) / Math.max(bg[i]!, 16)));
  return { data: out, width, height };
}

/** 1-D running maximum of radius r along rows (`horizontal`) or columns. */
function maxFilter(src: Uint8Array, w: number, h: number, r: number, horizontal: boolean): Uint8Array {
  const out = new Uint8Array(src.length);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let m = 0;
      for (let k = -r; k <= r; k++) {
        const xx = horizontal ? x + k : x;
        const yy = horizontal ? y : y + k;
        if (xx < 0 || yy < 0 || xx >= w || yy >= h) continue;
        const v = src[yy * w + xx]!;
        if (v > m) m = v;
      }
      out[y * w + x] = m;
    }
  }
  return out;
}
