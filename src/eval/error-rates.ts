import { editDistance } from './levenshtein.ts';
import { normaliseForEval, stripDiacritics } from './normalise.ts';

/**
 * Error counts of one hypothesis against its reference. Keep the counts (not only the rates) so that
 * several pages can be pooled: pooled CER = Σ charErrors / Σ refChars.
 */
export interface TextScore {
  refChars: number;
  charErrors: number;
  refWords: number;
  wordErrors: number;
  /** Character errors after removing diacritics from both sides (reference length unchanged). */
  charErrorsNoDiacritics: number;
}

const chars = (s: string): string[] => Array.from(s);
const words = (s: string): string[] => (s === '' ? [] : s.split(' '));

/** Scores OCR output against ground truth (both normalised with {@link normaliseForEval}). */
export function scoreText(reference: string, hypothesis: string): TextScore {
  const ref = normaliseForEval(reference);
  const hyp = normaliseForEval(hypothesis);
  const refC = chars(ref);
  return {
    refChars: refC.length,
    charErrors: editDistance(refC, chars(hyp)),
    refWords: words(ref).length,
    wordErrors: editDistance(words(ref), words(hyp)),
    charErrorsNoDiacritics: editDistance(chars(stripDiacritics(ref)), chars(stripDiacritics(hyp))),
  };
}

/** Adds scores of several pages. */
export function poolScores(scores: readonly TextScore[]): TextScore {
  const total: TextScore = { refChars: 0, charErrors: 0, refWords: 0, wordErrors: 0, charErrorsNoDiacritics: 0 };
  for (const s of scores) {
    total.refChars += s.refChars;
    total.charErrors += s.charErrors;
    total.refWords += s.refWords;
    total.wordErrors += s.wordErrors;
    total.charErrorsNoDiacritics += s.charErrorsNoDiacritics;
  }
  return total;
}

export interface ErrorRates {
  /** Character error rate: edits / reference characters (can exceed 1 for garbage output). */
  cer: number;
  /** Word error rate over whitespace-separated words. */
  wer: number;
  /** CER with diacritics (and đ) removed from both sides. */
  cerNoDiacritics: number;
}

export function errorRates(s: TextScore): ErrorRates {
  const rate = (e: number, n: number): number => (n === 0 ? (e === 0 ? 0 : 1) : e / n);
  return {
    cer: rate(s.charErrors, s.refChars),
    wer: rate(s.wordErrors, s.refWords),
    cerNoDiacritics: rate(s.charErrorsNoDiacritics, s.refChars),
  };
}

/** Character error rate of one text pair. */
export const cer = (reference: string, hypothesis: string): number => errorRates(scoreText(reference, hypothesis)).cer;
/** Word error rate of one text pair. */
export const wer = (reference: string, hypothesis: string): number => errorRates(scoreText(reference, hypothesis)).wer;
/** Diacritic-blind character error rate of one text pair. */
export const diacriticBlindCer = (reference: string, hypothesis: string): number =>
  errorRates(scoreText(reference, hypothesis)).cerNoDiacritics;
