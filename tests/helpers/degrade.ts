import sharp from 'sharp';

/** Deterministic pseudo-random numbers (mulberry32), so degraded images are the same every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Degradation {
  /** Rotation in degrees (clockwise). */
  skew?: number;
  /** Gaussian blur sigma. */
  blur?: number;
  /** Ink fading: output = ink + (v/255)·(paper − ink). */
  ink?: number;
  paper?: number;
  /** Lighting falling off to this factor across the page (1 = even). */
  light?: number;
  /** Gaussian noise sigma. */
  noise?: number;
  /** JPEG quality of the result (PNG when unset). */
  jpeg?: number;
}

/** A scan-like version of a clean grayscale page image. */
export async function degrade(png: Buffer, d: Degradation, seed = 7): Promise<Buffer> {
  let s = sharp(png).grayscale();
  if (d.skew) s = sharp(await s.rotate(d.skew, { background: '#ffffff' }).png().toBuffer()).grayscale();
  if (d.blur) s = s.blur(d.blur);
  const { data, info } = await s.extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  const ink = d.ink ?? 0;
  const paper = d.paper ?? 255;
  const light = d.light ?? 1;
  const rand = rng(seed);
  const gauss = (): number => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      const i = y * info.width + x;
      let v = ink + (data[i]! / 255) * (paper - ink);
      v *= 1 - (1 - light) * ((x / info.width + y / info.height) / 2);
      if (d.noise) v += gauss() * d.noise;
      data[i] = Math.max(0, Math.min(255, Math.round(v)));
    }
  }
  const out = sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } }).withMetadata({ density: (await sharp(png).metadata()).density ?? 300 });
  return d.jpeg ? out.jpeg({ quality: d.jpeg }).toBuffer() : out.png().toBuffer();
}
