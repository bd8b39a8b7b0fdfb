/** OCR/text evaluation metrics shared by the benchmarks (CER, WER, diacritic-blind CER). */
export { editDistance } from './levenshtein.ts';
export { normaliseForEval, stripDiacritics } from './normalise.ts';
export { cer, diacriticBlindCer, errorRates, poolScores, scoreText, wer, type ErrorRates, type TextScore } from './error-rates.ts';
