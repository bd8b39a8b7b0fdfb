import { percentile, type GrayImage } from './gray-image.ts';
import { estimateSkew } from './estimate-skew.ts';

/** What the clean-up decision is based on; all measured on the grayscale page. */
export interface PageQuality {
  /** Median background level (0–255) of the page's tiles. */
  background: number;
  /** Background spread across tiles (p90 − p10 of tile backgrounds): uneven lighting, shadows. */
  unevenness: number;
  /** Background minus ink level (2nd percentile): faded ink and grey paper give low values. */
  contrast: number;
  /** Mean absolute deviation from a 3×3 median on background pixels: sensor noise and JPEG speckle. */
  noise: number;
  /** Estimated skew in degrees (image coordinates, clockwise positive). */
  skew: number;
}

/** Measures a page on a ≈1,000 px wide copy (`small`) and, for noise, on full resolution (`full`). */
export function measureQuality(small: GrayImage, full: GrayImage): PageQuality {
  const tiles = tileBackgrounds(small, 8, 11);
  tiles.sort((a, b) => a - b);
  const q = (s: number): number => tiles[Math.min(tiles.length - 1, Math.floor(s * tiles.length))]!;
  const background = q(0.5);
  // Ink level: the 2nd percentile, or lower on sparse pages (a signature page is ~1 % ink, and its
  // 2nd percentile would be paper).
  const darkShare = shareBelow(small, background - 60);
  const ink = percentile(small, Math.max(0.001, Math.min(0.02, darkShare / 4)));
  const contrast = Math.max(0, background - ink);
  const skew = estimateSkew(small, ink + contrast / 2);
  return { background, unevenness: q(0.9) - q(0.1), contrast, noise: backgroundNoise(full, background - contrast / 3), skew };
}

function shareBelow(img: GrayImage, level: number): number {
  let n = 0;
  for (const v of img.data) if (v < level) n++;
  return n / img.data.length;
}

/** 90th percentile of each tile: the paper's level there, ignoring text. */
function tileBackgrounds(img: GrayImage, cols: number, rows: number): number[] {
  const out: number[] = [];
  const tw = Math.floor(img.width / cols);
  const th = Math.floor(img.height / rows);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const hist = new Uint32Array(256);
      for (let y = r * th; y < (r + 1) * th; y++) {
        for (let x = c * tw; x < (c + 1) * tw; x++) hist[img.data[y * img.width + x]!]!++;
      }
      const target = 0.9 * tw * th;
      let acc = 0;
      let v = 0;
      for (; v < 256; v++) if ((acc += hist[v]!) >= target) break;
      out.push(Math.min(v, 255));
    }
  }
  return out;
}

/** Mean |p − median3×3| over background pixels of a central crop (1,000 × 1,000 at most). */
function backgroundNoise(img: GrayImage, backgroundAbove: number): number {
  const { width, height, data } = img;
  const cw = Math.min(1000, width - 2);
  const ch = Math.min(1000, height - 2);
  const x0 = Math.max(1, Math.floor((width - cw) / 2));
  const y0 = Math.max(1, Math.floor((height - ch) / 2));
  const win = new Uint8Array(9);
  let sum = 0;
  let n = 0;
  for (let y = y0; y < y0 + ch - 1; y += 2) {
    for (let x = x0; x < x0 + cw - 1; x += 2) {
      let k = 0;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) win[k++] = data[(y + dy) * width + x + dx]!;
      win.sort();
      const med = win[4]!;
      if (med < backgroundAbove) continue;
      sum += Math.abs(data[y * width + x]! - med);
      n++;
    }
  }
  return n === 0 ? 0 : sum / n;
}
