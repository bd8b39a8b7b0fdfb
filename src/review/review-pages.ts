import type { OcrPage } from '../model/page.ts';
import type { ReviewLine, ReviewPage, ReviewWord } from './review-types.ts';

/** The minimum the review needs from a repair token (see the repair stage's RepairToken). */
export interface TokenInfo {
  original?: string;
  text: string;
  confidence: number;
  alternatives?: string[];
}

export interface ReviewPageInput {
  /** Page of the plan document: the repaired text in reading order. */
  number: number;
  text: string;
  confidence: number;
  /** OCR of the same page (lines → words with bbox + confidence), when kept. */
  ocr?: OcrPage;
  /** Repair tokens of the page in text order, when kept. */
  tokens?: TokenInfo[];
  imageUrl?: string;
}

export function wordId(page: number, line: number, word: number): string {
  return `p${page}-l${line}-w${word}`;
}

export function parseWordId(id: string): { page: number; line: number; word: number } | undefined {
  const m = /^p(\d+)-l(\d+)-w(\d+)$/.exec(id);
  return m ? { page: Number(m[1]), line: Number(m[2]), word: Number(m[3]) } : undefined;
}

/** Splits page text into lines and whitespace-separated words with their offsets in the page text. */
export function splitWords(text: string): { line: number; start: number; text: string; lineStart: number; lineText: string }[][] {
  const out: { line: number; start: number; text: string; lineStart: number; lineText: string }[][] = [];
  let offset = 0;
  text.split('\n').forEach((lineText, line) => {
    const words: { line: number; start: number; text: string; lineStart: number; lineText: string }[] = [];
    for (const m of lineText.matchAll(/\S+/g)) {
      words.push({ line, start: offset + (m.index ?? 0), text: m[0], lineStart: offset, lineText });
    }
    out.push(words);
    offset += lineText.length + 1;
  });
  return out;
}

/**
 * Locates each repair token in the repaired text by scanning forward, so the review does not depend on
 * which text the token offsets refer to. Returns token info keyed by character offset in `text`.
 */
function tokensByOffset(text: string, tokens: TokenInfo[]): Map<number, TokenInfo> {
  const map = new Map<number, TokenInfo>();
  let cursor = 0;
  for (const t of tokens) {
    if (!t.text.trim()) continue;
    const at = text.indexOf(t.text, cursor);
    if (at < 0) continue;
    map.set(at, t);
    cursor = at + t.text.length;
  }
  return map;
}

/** Finds the token covering a word: one starting inside the word's span. */
function tokenFor(map: Map<number, TokenInfo>, start: number, length: number): TokenInfo[] {
  const found: TokenInfo[] = [];
  for (let i = start; i < start + length; i++) {
    const t = map.get(i);
    if (t) found.push(t);
  }
  return found;
}

/**
 * Builds the per-word view of one page: repaired text by line, each word with confidence, the model's
 * alternatives and, when the OCR line has the same number of words, the OCR word box.
 */
export function buildReviewPage(input: ReviewPageInput): ReviewPage {
  const byOffset = input.tokens ? tokensByOffset(input.text, input.tokens) : undefined;
  const lines: ReviewLine[] = splitWords(input.text).map((words, index) => {
    const lineText = input.text.split('\n')[index] ?? '';
    const ocrLine = input.ocr?.lines[index];
    const sameShape = ocrLine !== undefined && ocrLine.words.length === words.length;
    const reviewWords: ReviewWord[] = words.map((w, j) => {
      const ocrWord = sameShape ? ocrLine.words[j] : undefined;
      const toks = byOffset ? tokenFor(byOffset, w.start, w.text.length) : [];
      // Alternatives: the repair model's, else any the OCR engine kept on the word (e.g. Tesseract choices).
      const ocrAlts = (ocrWord as { alternatives?: unknown } | undefined)?.alternatives;
      const fromOcr = Array.isArray(ocrAlts) ? ocrAlts.filter((a): a is string => typeof a === 'string') : [];
      const alternatives = [...new Set([...toks.flatMap((t) => t.alternatives ?? []), ...fromOcr])].filter((a) => a !== w.text);
      const original = toks.map((t) => t.original ?? '').join('') || ocrWord?.text;
      // The repair confidence already folds in the OCR evidence; fall back to OCR, then to the page.
      const confidence = toks.length > 0
        ? Math.min(...toks.map((t) => t.confidence))
        : ocrWord?.confidence ?? input.confidence;
      const word: ReviewWord = { id: wordId(input.number, index, j), text: w.text, start: w.start, confidence, alternatives };
      if (ocrWord?.bbox) word.bbox = ocrWord.bbox;
      if (original && original !== w.text) word.original = original;
      return word;
    });
    const start = input.text.split('\n').slice(0, index).reduce((n, l) => n + l.length + 1, 0);
    return { index, start, text: lineText, words: reviewWords };
  });
  const page: ReviewPage = { number: input.number, confidence: input.confidence, lines };
  if (input.ocr?.width) page.width = input.ocr.width;
  if (input.ocr?.height) page.height = input.ocr.height;
  if (input.imageUrl) page.imageUrl = input.imageUrl;
  return page;
}
