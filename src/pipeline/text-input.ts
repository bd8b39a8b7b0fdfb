import fs from 'node:fs/promises';
import path from 'node:path';
import { VanbanError } from '../errors/index.ts';
import type { OcrLine, OcrPage } from '../model/page.ts';
import type { InputLimits, InspectResult } from './stages.ts';

/** Plain-text inputs (already-typed plans): read as is, no OCR. Pages are separated by form feeds. */
export const TEXT_EXTENSIONS = new Set(['.txt', '.md']);

export function isTextInput(file: string): boolean {
  return TEXT_EXTENSIONS.has(path.extname(file).toLowerCase());
}

async function readText(file: string, limits: InputLimits): Promise<string[]> {
  const stat = await fs.stat(file).catch(() => undefined);
  if (!stat?.isFile()) throw new VanbanError('INPUT_NOT_FOUND', `Input file not found: ${file}`);
  if (stat.size > limits.maxFileBytes) throw new VanbanError('FILE_TOO_LARGE', `File exceeds the size limit of ${limits.maxFileBytes} bytes`);
  const buf = await fs.readFile(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new VanbanError('INPUT_UNSUPPORTED_TYPE', 'Text input is not valid UTF-8');
  }
  if (text.includes('\u0000')) throw new VanbanError('INPUT_UNSUPPORTED_TYPE', 'Text input contains NUL bytes (binary file?)');
  const pages = text.replace(/^\uFEFF/, '').normalize('NFC').split('\f');
  while (pages.length > 1 && pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export async function inspectText(file: string, limits: InputLimits): Promise<InspectResult> {
  const pages = await readText(file, limits);
  if (pages.every((p) => p.trim() === '')) throw new VanbanError('PDF_NO_PAGES', 'Text input is empty');
  if (pages.length > limits.maxPages) throw new VanbanError('PDF_TOO_MANY_PAGES', `${pages.length} pages exceed the limit of ${limits.maxPages}`);
  return { kind: 'text', pageCount: pages.length };
}

export async function recognizeTextPage(file: string, pageNumber: number, limits: InputLimits): Promise<OcrPage> {
  const pages = await readText(file, limits);
  const text = pages[pageNumber - 1];
  if (text === undefined) throw new VanbanError('NOT_FOUND', `Page ${pageNumber} not in ${path.basename(file)}`);
  const lines: OcrLine[] = text
    .split(/\r?\n/)
    .map((l) => l.trimEnd())
    .map((l) => ({ text: l, confidence: 1, words: l.split(/\s+/).filter(Boolean).map((w) => ({ text: w, confidence: 1 })) }));
  // A typed text is its own "text layer": used as is, full confidence.
  return { number: pageNumber, source: 'pdf-text', text: lines.map((l) => l.text).join('\n'), lines, confidence: 1 };
}
