import sharp from 'sharp';
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

  it('measures and corrects a 2° skew, on even and odd page sizes', async () => {
    const skewed = await degrade(clean, { skew: 2 });
    const meta = await sharp(skewed).metadata();
    const odd = await sharp(skewed).extract({ left: 0, top: 0, width: meta.width! - 1 + (meta.width! % 2), height: meta.height! - 1 + (meta.height! % 2) }).png().toBuffer();
    for (const img of [skewed, odd]) {
      const out = await cleanPageImage(asPage(img), opts);
      expect(out.quality.skew).toBeGreaterThan(1.7);
      expect(out.quality.skew).toBeLessThan(2.3);
      expect(out.steps.some((s) => s.startsWith('deskew:'))).toBe(true);
      expect(out.thresholding).toBe('otsu');
    }
  });

  it('denoises a faded, noisy page and hands it to Sauvola thresholding', async () => {
    const poor = await degrade(clean, { ink: 100, paper: 225, light: 0.9, noise: 22, blur: 0.6, jpeg: 35 });
    const out = await cleanPageImage(asPage(poor), opts);
    expect(out.quality.contrast).toBeLessThan(140);
    expect(out.thresholding).toBe('sauvola');
    expect(out.steps).toContain('denoise');
    expect(out.steps).toContain('sauvola');
    expect(out.steps).not.toContain('flatten'); // mild unevenness: Sauvola copes, flattening measured no gain
  });

  it('flattens a page under a strong shadow', async () => {
    const shadow = await degrade(clean, { ink: 60, paper: 230, light: 0.25, noise: 4 });
    const out = await cleanPageImage(asPage(shadow), opts);
    expect(out.quality.unevenness).toBeGreaterThan(60);
    expect(out.steps).toContain('flatten');
    expect(out.thresholding).toBe('sauvola');
    // After flattening the paper is even: re-measuring finds little unevenness left.
    const again = await cleanPageImage({ input: out.png, dpi: 300, origin: 'image-file' }, opts);
    expect(again.quality.unevenness).toBeLessThan(20);
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
