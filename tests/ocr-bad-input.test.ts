import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, inspectDocument } from '../src/ocr/index.ts';
import { bombPng, imagePdf, manyPagePdf, paragraphPng, zeroPagePdf } from './helpers/make-inputs.ts';

let dir: string;
const file = (name: string): string => path.join(dir, name);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-bad-'));
  const jpeg = await sharp(await paragraphPng()).jpeg({ quality: 80 }).toBuffer();
  const good = await imagePdf([{ bytes: jpeg, kind: 'jpeg', dpi: 300 }]);
  fs.writeFileSync(file('good.pdf'), good);
  fs.writeFileSync(file('not-a-pdf.pdf'), 'Kế hoạch số 31-KH/ĐU — this is plain text, not a PDF\n'.repeat(20));
  fs.writeFileSync(file('truncated.pdf'), good.subarray(0, Math.floor(good.length * 0.6)));
  fs.writeFileSync(file('zero-pages.pdf'), await zeroPagePdf());
  fs.writeFileSync(file('2000-pages.pdf'), await manyPagePdf(2000));
  fs.writeFileSync(file('bomb.png'), bombPng(30_000));
  fs.writeFileSync(file('page.gif'), await sharp(await paragraphPng()).gif().toBuffer());
  fs.writeFileSync(file('notes.docx'), Buffer.from('PK\u0003\u0004 not really a docx'));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs inspectDocument and returns the error code, the time taken and the RSS growth. */
async function refuse(p: string, limits = DEFAULT_LIMITS): Promise<{ code: string; ms: number; rssMb: number }> {
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  try {
    await inspectDocument(p, limits);
  } catch (e) {
    return { code: (e as { code: string }).code, ms: performance.now() - t0, rssMb: (process.memoryUsage().rss - rss0) / 2 ** 20 };
  }
  throw new Error(`${path.basename(p)} was accepted`);
}

describe('bad input ends with a stable code, fast and in bounded memory', () => {
  it('accepts the good PDF (control)', async () => {
    await expect(inspectDocument(file('good.pdf'), DEFAULT_LIMITS)).resolves.toEqual({ kind: 'pdf', pageCount: 1 });
  });

  it.each([
    ['not-a-pdf.pdf', 'PDF_INVALID'],
    ['truncated.pdf', 'PDF_TRUNCATED'],
    ['zero-pages.pdf', 'PDF_NO_PAGES'],
    ['page.gif', 'INPUT_UNSUPPORTED_TYPE'],
    ['notes.docx', 'INPUT_UNSUPPORTED_TYPE'],
    ['missing.pdf', 'INPUT_NOT_FOUND'],
  ])('%s → %s', async (name, code) => {
    const r = await refuse(file(name));
    expect(r.code).toBe(code);
    expect(r.ms).toBeLessThan(2000);
  });

  it('encrypted PDF (user password) → PDF_ENCRYPTED', async () => {
    const r = await refuse(path.resolve('fixtures/bad/encrypted.pdf'));
    expect(r.code).toBe('PDF_ENCRYPTED');
    expect(r.ms).toBeLessThan(2000);
  });

  it('a 2,000-page PDF fails on the page count, not page by page', async () => {
    const r = await refuse(file('2000-pages.pdf'));
    expect(r.code).toBe('PDF_TOO_MANY_PAGES');
    expect(r.ms).toBeLessThan(1500);
    expect(r.rssMb).toBeLessThan(150);
  });

  it('a 30,000 × 30,000 px PNG (decompression bomb) → IMAGE_TOO_LARGE without decoding', async () => {
    const r = await refuse(file('bomb.png'));
    expect(r.code).toBe('IMAGE_TOO_LARGE');
    expect(r.ms).toBeLessThan(1000);
    expect(r.rssMb).toBeLessThan(100); // decoding would need ≥ 900 MB
  });

  it('a file above maxFileBytes → FILE_TOO_LARGE before reading it', async () => {
    const r = await refuse(file('good.pdf'), { ...DEFAULT_LIMITS, maxFileBytes: 1000 });
    expect(r.code).toBe('FILE_TOO_LARGE');
  });
});
