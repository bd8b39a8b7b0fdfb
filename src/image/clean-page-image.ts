import sharp, { type Sharp, type SharpOptions } from 'sharp';
import { VanbanError } from '../errors/index.ts';
import { flattenIllumination } from './flatten-illumination.ts';
import type { GrayImage } from './gray-image.ts';
import { measureQuality, type PageQuality } from './measure-quality.ts';
import type { PageImage } from './page-image.ts';

/** How pages are cleaned up before OCR. Defaults were measured on clean, mild and hard scans (see README). */
export interface CleanupPolicy {
  /** Resolution OCR gets. Default 300. */
  targetDpi: number;
  /** Pages outside [minDpi, maxDpi] are resampled to targetDpi. Defaults 250 and 450. */
  minDpi: number;
  maxDpi: number;
  /** Deskew only from this angle on; Tesseract copes with small skew and rotation blurs. Default 0.5°. */
  deskewMinDegrees: number;
  /** A page is poor (Sauvola thresholding, plus the steps below) below this contrast… Default 140. */
  poorContrast: number;
  /** …or above this background unevenness… Default 40. */
  poorUnevenness: number;
  /** …or above this background noise. Default 6. */
  poorNoise: number;
  /** Poor pages are flattened above this unevenness (strong shadows; below it Sauvola copes alone). Default 60. */
  flattenUnevenness: number;
  /** Poor pages are blurred (σ 1.2) above this noise. Default 3. */
  denoiseNoise: number;
}

export const DEFAULT_CLEANUP_POLICY: CleanupPolicy = {
  targetDpi: 300,
  minDpi: 250,
  maxDpi: 450,
  deskewMinDegrees: 0.5,
  poorContrast: 140,
  poorUnevenness: 40,
  poorNoise: 6,
  flattenUnevenness: 60,
  denoiseNoise: 3,
};

export interface CleanedPage {
  /** Grayscale PNG handed to OCR; OCR boxes are in its pixels. */
  png: Buffer;
  width: number;
  height: number;
  dpi: number;
  /** Steps applied, in order, e.g. ["grayscale","resize:200→300","deskew:-1.20","flatten","sauvola"]. */
  steps: string[];
  /** Binarisation Tesseract should use: its default Otsu for good pages, Sauvola for poor ones. */
  thresholding: 'otsu' | 'sauvola';
  quality: PageQuality;
}

/**
 * Chooses and applies clean-up from the page's measured quality. A clean page gets grayscale and, if
 * needed, resampling only: on good scans every further step (and pre-binarising above all) costs accuracy.
 */
export async function cleanPageImage(img: PageImage, opts: { maxImagePixels: number; policy?: CleanupPolicy }): Promise<CleanedPage> {
  const policy = opts.policy ?? DEFAULT_CLEANUP_POLICY;
  const steps: string[] = [];
  let page = await decodeGray(img, opts.maxImagePixels, steps);

  const estimated = img.dpi ?? estimateDpi(page);
  if (img.dpi === undefined) steps.push(`dpi-estimate:${estimated}`);
  let dpi = estimated;
  if (dpi < policy.minDpi || dpi > policy.maxDpi) {
    const f = policy.targetDpi / dpi;
    page = await gray(sharp(page.data, rawOf(page)).resize(Math.round(page.width * f), Math.round(page.height * f), { kernel: 'lanczos3' }));
    steps.push(`resize:${Math.round(dpi)}→${policy.targetDpi}`);
    dpi = policy.targetDpi;
  }

  const quality = measureQuality(await downscale(page, 1000), page);
  if (Math.abs(quality.skew) >= policy.deskewMinDegrees) {
    page = await gray(sharp(page.data, rawOf(page)).rotate(-quality.skew, { background: '#ffffff' }));
    steps.push(`deskew:${(-quality.skew).toFixed(2)}`);
  }
  const poor = quality.contrast < policy.poorContrast || quality.unevenness > policy.poorUnevenness || quality.noise > policy.poorNoise;
  // Measured (npm run bench:cleanup): Tesseract's own Sauvola is what rescues poor pages; a light blur
  // helps on noisy ones, flattening only under strong shadows, and histogram stretching breaks them.
  if (poor && quality.unevenness > policy.flattenUnevenness) {
    page = await flattenIllumination(page);
    steps.push('flatten');
  }
  let pipeline = sharp(page.data, rawOf(page));
  if (poor && quality.noise > policy.denoiseNoise) {
    pipeline = pipeline.blur(1.2);
    steps.push('denoise');
  }
  if (poor) steps.push('sauvola');
  const { data, info } = await pipeline.toColourspace('b-w').png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
  return { png: data, width: info.width, height: info.height, dpi, steps, thresholding: poor ? 'sauvola' : 'otsu', quality };
}

async function decodeGray(img: PageImage, maxImagePixels: number, steps: string[]): Promise<GrayImage> {
  try {
    let s = sharp(img.input, { limitInputPixels: maxImagePixels, ...(img.raw ? { raw: img.raw } : {}), ...(img.page !== undefined ? { page: img.page } : {}) });
    s = img.rotate ? s.rotate(img.rotate) : img.raw ? s : s.autoOrient();
    if (img.rotate) steps.push(`rotate:${img.rotate}`);
    const meta = img.raw ? { channels: img.raw.channels } : await sharp(img.input, { page: img.page ?? 0, limitInputPixels: maxImagePixels }).metadata();
    if ((meta.channels ?? 1) > 1) steps.push('grayscale');
    return await gray(s.flatten({ background: '#ffffff' }));
  } catch (e) {
    if (/pixel limit/iu.test((e as Error).message)) throw new VanbanError('IMAGE_TOO_LARGE', (e as Error).message, { cause: e });
    throw new VanbanError('IMAGE_INVALID', `Page image cannot be decoded: ${(e as Error).message}`, { cause: e });
  }
}

async function gray(s: Sharp): Promise<GrayImage> {
  const { data, info } = await s.grayscale().extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

function rawOf(g: GrayImage): SharpOptions {
  return { raw: { width: g.width, height: g.height, channels: 1 } };
}

async function downscale(g: GrayImage, width: number): Promise<GrayImage> {
  if (g.width <= width) return g;
  return gray(sharp(g.data, rawOf(g)).resize(width));
}

/**
 * Resolution of an image whose file does not say: plans are A4 (or close), so the long side is
 * ≈ 11.69 in; for other shapes assume the usual 300 dpi.
 */
function estimateDpi(g: GrayImage): number {
  const long = Math.max(g.width, g.height);
  const ratio = long / Math.min(g.width, g.height);
  if (ratio > 1.3 && ratio < 1.55) return Math.round(long / 11.69);
  return 300;
}
