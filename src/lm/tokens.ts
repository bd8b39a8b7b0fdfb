import { isSyllable, nfc, placeTone, type ToneStyle } from '../vietnamese/index.ts';

/** Reserved vocabulary entries, in id order. Every model starts with these five. */
export const BOS = '<s>';
export const EOS = '</s>';
export const UNK = '<unk>';
export const NUM = '<num>';
export const PUNCT = '<p>';
/** Document codes and abbreviations ("12-KL/TW", "NĐ-CP", "UBND"): frequent, and unlike unknown words. */
export const CODE = '<code>';
export const SPECIAL_TOKENS = [BOS, EOS, UNK, NUM, PUNCT, CODE] as const;
export const BOS_ID = 0;
export const EOS_ID = 1;
export const UNK_ID = 2;
export const NUM_ID = 3;
export const PUNCT_ID = 4;
export const CODE_ID = 5;

const NUMBERISH = /^[0-9][0-9.,/]*$|^[IVXLC]+$/i;

/** Codes and abbreviations: digits mixed with letters, inner - / ., or two or more capitals. */
export function isCodeToken(word: string): boolean {
  return /[-/.]/.test(word) || (/\d/.test(word) && /\p{L}/u.test(word)) || (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/**
 * The language-model token for one word as written: a well-formed syllable (lowercased, tone placed in
 * `style`), `<num>` for numbers, `<code>` for codes and abbreviations, `<unk>` for anything else.
 */
export function lmToken(word: string, style: ToneStyle): string {
  const lower = word.toLowerCase();
  if (isSyllable(lower)) return placeTone(lower, style);
  if (NUMBERISH.test(word)) return NUM;
  if (isCodeToken(word)) return CODE;
  return UNK;
}

const SENTENCE_END = /[.!?;:…]$/;
const PIECES = /[\p{L}\p{M}\p{N}]+(?:[./,-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]+/gu;

/**
 * Splits one line of clean text into sentences of LM tokens. Sentence ends: . ! ? ; : … and the line end;
 * other punctuation becomes `<p>`. Numbers such as 19/3/2026 or 1.000 stay one `<num>` token.
 */
export function sentencesOf(line: string, style: ToneStyle, caps?: number[][]): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  let cap: number[] = [];
  for (const m of nfc(line).matchAll(PIECES)) {
    const piece = m[0];
    if (/^[\p{L}\p{M}\p{N}]/u.test(piece)) {
      const tok = lmToken(piece, style);
      const prevWord = cur.length > 0 && cur[cur.length - 1] !== PUNCT;
      cap.push(prevWord && tok.length && !tok.startsWith('<') ? capitalFlag(piece) : -1);
      cur.push(tok);
    } else if (SENTENCE_END.test(piece) || /[.!?;:…]/.test(piece)) {
      if (cur.length) {
        out.push(cur);
        caps?.push(cap);
      }
      cur = [];
      cap = [];
    } else {
      if (cur.length && cur[cur.length - 1] !== PUNCT) {
        cur.push(PUNCT);
        cap.push(-1);
      }
    }
  }
  if (cur.length) {
    out.push(cur);
    caps?.push(cap);
  }
  return out;
}

/**
 * Capitalisation of a word that follows another word: 1 title case ("Thị ủy", "Hà Nội"), 0 lower case,
 * -1 not informative (ALL CAPS, one letter).
 */
export function capitalFlag(word: string): number {
  if (word.length < 2) return -1;
  const first = word.charAt(0);
  const rest = word.slice(1);
  if (rest !== rest.toLowerCase()) return -1;
  return first !== first.toLowerCase() ? 1 : 0;
}
