/** Word lists and error rates for the repair benchmark. */
import { editDistance } from '../../src/eval/index.ts';

/** Words of a text: whitespace-separated, surrounding punctuation removed, empty ones dropped. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0);
}

/** Word error rate of `hyp` against `ref`. */
export function wer(ref: string, hyp: string): number {
  const r = wordsOf(ref);
  return r.length ? editDistance(r, wordsOf(hyp)) / r.length : 0;
}

/** Syllables (runs of letters) of a text. */
export function syllablesOf(text: string): string[] {
  return text.normalize('NFC').match(/\p{L}+/gu) ?? [];
}

/** Fraction of syllables equal at the same position (texts with the same syllable count), else 1 − edit rate. */
export function syllableAccuracy(ref: string, hyp: string): { correct: number; total: number } {
  const r = syllablesOf(ref);
  const h = syllablesOf(hyp);
  if (r.length === h.length) {
    let c = 0;
    for (let i = 0; i < r.length; i++) if (r[i] === h[i]) c++;
    return { correct: c, total: r.length };
  }
  return { correct: r.length - editDistance(r, h), total: r.length };
}
