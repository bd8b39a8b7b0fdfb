import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARAGRAPH, textPdf } from './helpers/make-inputs.ts';

const run = promisify(execFile);
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-cli-'));
  fs.writeFileSync(path.join(dir, 'plan.pdf'), await textPdf([PARAGRAPH]));
  fs.writeFileSync(path.join(dir, 'fake.pdf'), 'not a pdf');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) =>
  run(process.execPath, ['bin/vanban.js', 'ocr', ...args], { env: { ...process.env, VANBAN_OCR_WORKERS: '1' }, timeout: 60_000 });

describe('vanban ocr', () => {
  it('prints the text of a PDF', async () => {
    const { stdout } = await cli(path.join(dir, 'plan.pdf'));
    expect(stdout.trim()).toBe(PARAGRAPH.join('\n'));
  });

  it('prints the OcrDocument with --json', async () => {
    const { stdout } = await cli(path.join(dir, 'plan.pdf'), '--json');
    const doc = JSON.parse(stdout);
    expect(doc.pageCount).toBe(1);
    expect(doc.pages[0].source).toBe('pdf-text');
    expect(doc.pages[0].lines[0].words[0]).toMatchObject({ text: 'Ban', confidence: 1 });
    expect(doc.errors).toEqual([]);
  });

  it('exits 2 with the error code on bad input', async () => {
    const err = await cli(path.join(dir, 'fake.pdf')).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(err?.code).toBe(2);
    expect(err?.stderr).toMatch(/error PDF_INVALID/u);
  });
});
