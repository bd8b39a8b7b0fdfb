import type { GrayImage } from './gray-image.ts';

/**
 * Skew angle in degrees (positive = text lines rise to the right... in image coordinates, rotate by
 * -angle to level them), by maximising the variance of the row profile of dark pixels over candidate
 * angles: coarse 0.25° steps within ±maxDegrees, then 0.02° steps around the best.
 * Expects a downscaled page (≈1,000 px wide) and the ink/background split level.
 */
export function estimateSkew(img: GrayImage, inkBelow: number, maxDegrees = 5): number {
  const xs: number[] = [];
  const ys: number[] = [];
  const { width, height, data } = img;
  // Ignore a margin: borders and scanner edges are not text lines.
  const mx = Math.floor(width * 0.05);
  const my = Math.floor(height * 0.05);
  for (let y = my; y < height - my; y++) {
    for (let x = mx; x < width - mx; x++) {
      if (data[y * width + x]! < inkBelow) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length < 200) return 0;
  const cx = width / 2;
  const bins = new Float64Array(height * 2 + 8);
  const score = (deg: number): number => {
    const t = Math.tan((deg * Math.PI) / 180);
    bins.fill(0);
    for (let i = 0; i < xs.length; i++) {
      const y = Math.round(ys[i]! - (xs[i]! - cx) * t) + height / 2 + 4;
      if (y >= 0 && y < bins.length) bins[y]! += 1;
    }
    let s = 0;
    for (const b of bins) s += b * b;
    return s;
  };
  let best = 0;
  let bestScore = score(0);
  for (let d = -maxDegrees; d <= maxDegrees + 1e-9; d += 0.25) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  const centre = best;
  for (let d = centre - 0.24; d <= centre + 0.24 + 1e-9; d += 0.02) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  return Math.round(best * 100) / 100;
}
