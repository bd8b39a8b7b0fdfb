import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OcrEngine } from '../src/ocr/index.ts';
import { DEFAULT_LIMITS, openDocument, recognizePageInput } from '../src/ocr/index.ts';
import { PARAGRAPH, imagePdf, paragraphPng, textPdf } from './helpers/make-inputs.ts';

let dir: string;
let jpeg: Buffer;
const file = (name: string): string => path.join(dir, name);

/** Stands in for OCR where only the source decision is under test; records whether it was called. */
function recordingEngine(): OcrEngine & { calls: number } {
  const e = {
    name: 'tesseract.js' as const,
    workers: 1,
    calls: 0,
    async recognize() {
      e.calls++;
      return { lines: [{ text: 'ocr', confidence: 0.5, words: [{ text: 'ocr', confidence: 0.5 }] }], confidence: 0.5 };
    },
    async terminate() {},
  };
  return e;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-pdf-'));
  jpeg = await sharp(await paragraphPng()).jpeg({ quality: 80 }).toBuffer();
  fs.writeFileSync(file('scan.pdf'), await imagePdf([{ bytes: jpeg, kind: 'jpeg', dpi: 300 }]));
  fs.writeFileSync(file('born-digital.pdf'), await textPdf([[...PARAGRAPH, ...PARAGRAPH], PARAGRAPH]));
  const tiff = await sharp(await paragraphPng(), { density: 300 }).tiff().toBuffer();
  const two = await sharp([tiff, tiff], { join: { animated: true } }).tiff().toBuffer().catch(() => undefined);
  if (two) fs.writeFileSync(file('two.tiff'), two);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function firstPage(p: string) {
  const reader = await openDocument(p, DEFAULT_LIMITS);
  return { reader, page: await reader.readPage(1) };
}

describe('per-page source decision', () => {
  it('uses a good embedded text layer as is (pdf-text), without OCR, with boxes on the 300 dpi page', async () => {
    const { reader, page } = await firstPage(file('born-digital.pdf'));
    try {
      expect(reader.pageCount).toBe(2);
      expect(page.textLayer?.verdict).toBe('good');
      const engine = recordingEngine();
      const out = await recognizePageInput(page, { engine, limits: DEFAULT_LIMITS, pageImageDir: file('images') });
      expect(engine.calls).toBe(0);
      // The review page gets the page image in the frame of the boxes (300 dpi).
      const meta = await sharp(file('images/page-1.png')).metadata();
      expect(meta.width).toBe(2479);
      expect(out.source).toBe('pdf-text');
      expect(out.text.split('\n')).toEqual([...PARAGRAPH, ...PARAGRAPH]);
      expect(out.textLayerQuality).toBeGreaterThan(0.95);
      const first = out.lines[0]!;
      expect(first.words[0]?.text).toBe('Ban');
      // 72 pt margin at 300 dpi = 300 px; A4 width 2480 px.
      expect(first.bbox!.x0).toBeGreaterThan(280);
      expect(first.bbox!.x0).toBeLessThan(320);
      expect(first.bbox!.x1).toBeLessThan(2480);
    } finally {
      await reader.close();
    }
  });

  it('keeps a garbled English-OCR text layer as legacyText and OCRs the page', async () => {
    const { reader, page } = await firstPage(path.resolve('fixtures/small/legacy-eng.pdf'));
    try {
      expect(page.textLayer?.verdict).toBe('garbled');
      const engine = recordingEngine();
      const out = await recognizePageInput(page, { engine, limits: DEFAULT_LIMITS });
      expect(engine.calls).toBe(1);
      expect(out.source).toBe('ocr');
      expect(out.legacyText).toMatch(/han ch|kh[a-z]c ph/u);
      expect(out.textLayerQuality).toBeLessThan(0.5);
      expect(out.cleanup?.[0]).toBe('pdf-embedded-jpeg');
    } finally {
      await reader.close();
    }
  });

  it('OCRs a page without text, taking its JPEG out unchanged in milliseconds', async () => {
    const { reader, page } = await firstPage(file('scan.pdf'));
    try {
      expect(page.textLayer?.verdict).toBe('none');
      const t0 = performance.now();
      const image = await page.image();
      const ms = performance.now() - t0;
      expect(image.origin).toBe('pdf-embedded-jpeg');
      expect(Buffer.compare(image.input as Buffer, jpeg)).toBe(0);
      expect(image.dpi).toBe(300);
      expect(ms).toBeLessThan(200);
    } finally {
      await reader.close();
    }
  });

  it('inflates an 8-bit Flate page image to raw pixels instead of rendering', async () => {
    const png = await paragraphPng();
    fs.writeFileSync(file('scan-png.pdf'), await imagePdf([{ bytes: png, kind: 'png', dpi: 300 }]));
    const { reader, page } = await firstPage(file('scan-png.pdf'));
    try {
      const image = await page.image();
      expect(image.origin).toBe('pdf-embedded-raw');
      const meta = await sharp(png).metadata();
      expect(image.raw).toMatchObject({ width: meta.width, height: meta.height });
    } finally {
      await reader.close();
    }
  });

  it('renders a page that is not a single image at 300 dpi', async () => {
    const { reader, page } = await firstPage(file('born-digital.pdf'));
    try {
      const image = await page.image();
      expect(image.origin).toBe('pdf-rendered');
      expect(image.raw?.width).toBe(2479);
      expect(image.raw?.height).toBe(3508);
      const { data } = await sharp(image.input, { raw: image.raw! }).grayscale().raw().toBuffer({ resolveWithObject: true });
      const dark = data.reduce((n, v) => n + (v < 128 ? 1 : 0), 0);
      expect(dark).toBeGreaterThan(10_000); // the text was drawn
    } finally {
      await reader.close();
    }
  });

  it('treats each page of a multi-page TIFF as a page', async () => {
    if (!fs.existsSync(file('two.tiff'))) throw new Error('sharp could not write a multi-page TIFF');
    const reader = await openDocument(file('two.tiff'), DEFAULT_LIMITS);
    try {
      expect(reader.kind).toBe('image');
      expect(reader.pageCount).toBe(2);
      const img = await (await reader.readPage(2)).image();
      expect(img.page).toBe(1);
      await expect(reader.readPage(3)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await reader.close();
    }
  });
});
