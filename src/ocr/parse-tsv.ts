import type { Bbox, OcrLine, OcrWord } from '../model/page.ts';
import type { OcrImageResult } from './ocr-engine.ts';

/**
 * Tesseract's TSV output (columns: level page block par line word left top width height conf text)
 * → lines of words. Both engines produce it, so both give identical structures.
 */
export function parseTesseractTsv(tsv: string): OcrImageResult {
  const lines = new Map<string, OcrWord[]>();
  for (const row of tsv.split('\n')) {
    const c = row.split('\t');
    if (c.length < 12 || c[0] !== '5') continue; // level 5 = word
    const text = (c[11] ?? '').trim();
    if (text === '') continue;
    const [left, top, width, height, conf] = [6, 7, 8, 9, 10].map((i) => Number(c[i])) as [number, number, number, number, number];
    const word: OcrWord = {
      text: text.normalize('NFC'),
      confidence: clamp01(conf / 100),
      bbox: { x0: left, y0: top, x1: left + width, y1: top + height },
    };
    const key = `${c[1]}:${c[2]}:${c[3]}:${c[4]}`;
    const list = lines.get(key);
    if (list) list.push(word);
    else lines.set(key, [word]);
  }
  const out: OcrLine[] = [];
  let sum = 0;
  let n = 0;
  for (const words of lines.values()) {
    const conf = words.reduce((a, w) => a + w.confidence, 0) / words.length;
    sum += conf * words.length;
    n += words.length;
    out.push({ text: words.map((w) => w.text).join(' '), confidence: conf, bbox: union(words.map((w) => w.bbox!)), words });
  }
  return { lines: out, confidence: n === 0 ? 0 : sum / n };
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

function union(bs: Bbox[]): Bbox {
  return {
    x0: Math.min(...bs.map((b) => b.x0)),
    y0: Math.min(...bs.map((b) => b.y0)),
    x1: Math.max(...bs.map((b) => b.x1)),
    y1: Math.max(...bs.map((b) => b.y1)),
  };
}
