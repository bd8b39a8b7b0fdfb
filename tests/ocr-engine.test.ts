import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OcrPage } from '../src/model/page.ts';
import type { OcrEngine } from '../src/ocr/index.ts';
import { createOcrEngine, DEFAULT_LIMITS, recognizeDocument, recognizePage } from '../src/ocr/index.ts';
import { cer } from '../src/eval/index.ts';
import { PARAGRAPH, paragraphPng, pdfWithBadPages } from './helpers/make-inputs.ts';

// Two OCR runs in this file (one per engine) on a 4-line paragraph keep it to a few seconds.
let dir: string;
let engine: OcrEngine;
const file = (name: string): string => path.join(dir, name);
const REFERENCE = PARAGRAPH.join('\n');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-ocr-'));
  const png = await paragraphPng();
  fs.writeFileSync(file('paragraph.png'), png);
  fs.writeFileSync(file('three-pages.pdf'), await pdfWithBadPages(await sharp(png).jpeg({ quality: 80 }).toBuffer()));
  engine = await createOcrEngine({ engine: 'tesseract.js', workers: 1 });
});

afterAll(async () => {
  await engine?.terminate();
  fs.rmSync(dir, { recursive: true, force: true });
});

function checkPageShape(page: OcrPage): void {
  expect(page.lines.length).toBeGreaterThanOrEqual(PARAGRAPH.length);
  expect(page.confidence).toBeGreaterThan(0.8);
  expect(page.confidence).toBeLessThanOrEqual(1);
  for (const line of page.lines) {
    for (const w of line.words) {
      expect(w.confidence).toBeGreaterThanOrEqual(0);
      expect(w.confidence).toBeLessThanOrEqual(1);
      expect(w.bbox!.x1).toBeGreaterThan(w.bbox!.x0);
      expect(w.bbox!.y1).toBeGreaterThan(w.bbox!.y0);
      expect(w.bbox!.x1).toBeLessThanOrEqual(page.width!);
      expect(w.bbox!.y1).toBeLessThanOrEqual(page.height!);
    }
  }
}

describe('tesseract.js engine, whole document', () => {
  it('returns the readable page and a coded error for each unreadable one', async () => {
    const seen: number[] = [];
    const imagesDir = file('images');
    const doc = await recognizeDocument(file('three-pages.pdf'), {
      engine,
      limits: DEFAULT_LIMITS,
      pageImageDir: imagesDir,
      onPage: (p) => {
        seen.push(p.number);
      },
    });
    expect(doc.pageCount).toBe(3);
    expect(doc.pages.map((p) => p.number)).toEqual([1]);
    expect(seen).toEqual([1]);
    expect(doc.errors.map((e) => [e.page, e.code])).toEqual([
      [2, 'IMAGE_TOO_LARGE'],
      [3, 'IMAGE_INVALID'],
    ]);
    const page = doc.pages[0]!;
    expect(page.source).toBe('ocr');
    expect(page.cleanup).toContain('pdf-embedded-jpeg');
    expect(cer(REFERENCE, page.text)).toBeLessThan(0.02);
    checkPageShape(page);
    expect(fs.existsSync(path.join(imagesDir, 'page-1.png'))).toBe(true);
  });
});

describe('native tesseract engine', () => {
  it('reads the same paragraph from a PNG with the shipped vie model', async () => {
    const native = await createOcrEngine({ engine: 'native', workers: 1 });
    try {
      const page = await recognizePage(file('paragraph.png'), 1, { engine: native, limits: DEFAULT_LIMITS });
      expect(cer(REFERENCE, page.text)).toBeLessThan(0.02);
      checkPageShape(page);
    } finally {
      await native.terminate();
    }
  });

  it('fails with OCR_ENGINE_UNAVAILABLE when the binary is missing', async () => {
    await expect(createOcrEngine({ engine: 'native', workers: 1, binary: 'vanban-no-such-tesseract' })).rejects.toMatchObject({
      code: 'OCR_ENGINE_UNAVAILABLE',
    });
  });
});
