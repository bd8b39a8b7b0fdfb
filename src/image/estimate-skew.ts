import type { GrayImage } from './gray-image.ts';

/**
 * Skew angle in degrees, clockwise in image coordinates (text lines fall to the right for a positive
 * angle; rotate by −angle to level them). Maximises the sharpness (sum of squares) of the row profile of
 * dark pixels over candidate angles: 0.5° steps within ±maxDegrees, refined to 0.1° and 0.02°.
 * Expects a downscaled page (≈1,000 px wide) and the ink/background split level; at most ~40k dark
 * pixels are used (evenly sampled).
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
  const stride = Math.max(1, Math.floor(xs.length / 40_000));
  const cx = width / 2;
  const bins = new Float64Array(height * 2 + 8);
  const score = (deg: number): number => {
    const t = Math.tan((deg * Math.PI) / 180);
    bins.fill(0);
    for (let i = 0; i < xs.length; i += stride) {
      const y = Math.round(ys[i]! - (xs[i]! - cx) * t + height / 2) + 4;
      if (y >= 0 && y < bins.length) bins[y]! += 1;
    }
    let s = 0;
    for (const b of bins) s += b * b;
    return s;
  };
  let best = 0;
  let bestScore = score(0);
  for (const [half, step] of [[maxDegrees, 0.5], [0.4, 0.1], [0.08, 0.02]] as const) {
    const centre = best;
    for (let k = -Math.round(half / step); k <= Math.round(half / step); k++) {
      const d = centre + k * step;
      const s = score(d);
      if (s > bestScore) [best, bestScore] = [d, s];
    }
  }
  return Math.round(best * 100) / 100;
}
