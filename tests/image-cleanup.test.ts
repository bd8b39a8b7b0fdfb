import { beforeAll, describe, expect, it } from 'vitest';
import { cleanPageImage } from '../src/image/index.ts';
import { DEFAULT_LIMITS } from '../src/ocr/index.ts';
import { degrade } from './helpers/degrade.ts';
import { PARAGRAPH, paragraphPng } from './helpers/make-inputs.ts';

const LINES = [...PARAGRAPH, ...PARAGRAPH, ...PARAGRAPH];
let clean: Buffer;
const opts = { maxImagePixels: DEFAULT_LIMITS.maxImagePixels };
const asPage = (input: Buffer, dpi: number | undefined = 300) => ({ input, dpi, origin: 'image-file' as const });

beforeAll(async () => {
  clean = await paragraphPng(LINES);
});

describe('clean-up chosen from measured quality', () => {
  it('leaves a clean page alone (no deskew, no flattening, Tesseract default thresholding)', async () => {
    const out = await cleanPageImage(asPage(clean), opts);
    expect(out.steps.filter((s) => s !== 'grayscale')).toEqual([]);
    expect(out.thresholding).toBe('otsu');
    expect(out.quality.contrast).toBeGreaterThan(200);
    expect(Math.abs(out.quality.skew)).toBeLessThan(0.2);
  });

  it('measures and corrects a 2° skew', async () => {
    const out = await cleanPageImage(asPage(await degrade(clean, { skew: 2 })), opts);
    expect(out.quality.skew).toBeGreaterThan(1.7);
    expect(out.quality.skew).toBeLessThan(2.3);
    expect(out.steps.some((s) => s.startsWith('deskew:'))).toBe(true);
    expect(out.thresholding).toBe('otsu');
  });

  it('flattens, denoises and hands a poor page to Sauvola thresholding', async () => {
    const poor = await degrade(clean, { ink: 90, paper: 215, light: 0.6, noise: 20, blur: 0.8, jpeg: 40 });
    const out = await cleanPageImage(asPage(poor), opts);
    expect(out.thresholding).toBe('sauvola');
    expect(out.steps).toEqual(expect.arrayContaining(['flatten', 'denoise', 'normalise', 'sauvola']));
    expect(out.quality.noise).toBeGreaterThan(6);
  });

  it('resamples a 200 dpi page to 300 dpi', async () => {
    const out = await cleanPageImage(asPage(await paragraphPng(PARAGRAPH, { dpi: 200 }), 200), opts);
    expect(out.steps).toContain('resize:200→300');
    expect(out.dpi).toBe(300);
  });

  it('refuses to decode an image above the pixel limit', async () => {
    await expect(cleanPageImage(asPage(clean), { maxImagePixels: 1000 })).rejects.toMatchObject({ code: 'IMAGE_TOO_LARGE' });
  });
});
