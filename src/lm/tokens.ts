import { isSyllable, nfc, placeTone, type ToneStyle } from '../vietnamese/index.ts';

/** Reserved vocabulary entries, in id order. Every model starts with these five. */
export const BOS = '<s>';
export const EOS = '</s>';
export const UNK = '<unk>';
export const NUM = '<num>';
export const PUNCT = '<p>';
export const SPECIAL_TOKENS = [BOS, EOS, UNK, NUM, PUNCT] as const;
export const BOS_ID = 0;
export const EOS_ID = 1;
export const UNK_ID = 2;
export const NUM_ID = 3;
export const PUNCT_ID = 4;

const NUMBERISH = /^[0-9][0-9.,/]*$|^[IVXLC]+$/;

/**
 * The language-model token for one word already lowercased: a well-formed syllable in `style`, `<num>`
 * for numbers (one token for all), `<unk>` for anything else (codes, foreign words).
 */
export function lmToken(lowerWord: string, style: ToneStyle): string {
  if (isSyllable(lowerWord)) return placeTone(lowerWord, style);
  if (NUMBERISH.test(lowerWord)) return NUM;
  return UNK;
}

const SENTENCE_END = /[.!?;:…]$/;
const PIECES = /[\p{L}\p{M}\p{N}]+(?:[./,-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]+/gu;

/**
 * Splits one line of clean text into sentences of LM tokens. Sentence ends: . ! ? ; : … and the line end;
 * other punctuation becomes `<p>`. Numbers such as 19/3/2026 or 1.000 stay one `<num>` token.
 */
export function sentencesOf(line: string, style: ToneStyle): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const m of nfc(line).matchAll(PIECES)) {
    const piece = m[0];
    if (/^[\p{L}\p{M}\p{N}]/u.test(piece)) {
      const lower = piece.toLowerCase();
      cur.push(lmToken(lower, style));
    } else if (SENTENCE_END.test(piece) || /[.!?;:…]/.test(piece)) {
      if (cur.length) out.push(cur);
      cur = [];
    } else {
      if (cur.length && cur[cur.length - 1] !== PUNCT) cur.push(PUNCT);
    }
  }
  if (cur.length) out.push(cur);
  return out;
}
