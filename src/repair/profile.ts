import { isSyllable, stripMarks } from '../vietnamese/index.ts';

/**
 * Noise profile of one text, estimated from the text itself: how likely a word lost its marks (typed
 * without marks, or an English OCR model) and how likely it is garbled. Channel costs follow from it, so
 * clean marked text is left alone while stripped or legacy-OCR text is rewritten freely.
 */
export interface NoiseProfile {
  /** −ln P(marks lost) for a plain word whose truth is marked. */
  lost: number;
  /** −ln P(garbled) added to every rewrite of an ill-formed token. */
  garble: number;
  /** Cost of keeping an ill-formed token as it is (an unknown word, a name, a code). */
  keepUnknown: number;
  /** Cost of keeping a code or abbreviation ("UBND", "hQ1" is not one: one capital). */
  keepCode: number;
  markedRate: number;
  garbledRate: number;
  /**
   * Legacy OCR (many ill-formed tokens): marks that are present are unreliable too, so well-formed
   * tokens are also rewritten ("dé" → để, "ty" → ủy).
   */
  legacy: boolean;
}

/**
 * The LM's <unk> stands for every unknown word at once (codes, names, foreign words); one particular
 * unknown word is far less likely. This share (nats) is charged when a token is kept as unknown.
 */
const UNKNOWN_WORD_COST = 4.0;

/** Share of ill-formed tokens above which a text counts as legacy OCR (clean text: ~1–5 %). */
const LEGACY_GARBLED_RATE = 0.12;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Estimates the profile from lowercase word tokens. */
export function estimateProfile(words: readonly string[]): NoiseProfile {
  let letters = 0;
  let marked = 0;
  let garbled = 0;
  for (const w of words) {
    if (!/\p{L}/u.test(w)) continue;
    letters++;
    if (stripMarks(w) !== w) marked++;
    if (!isSyllable(w)) garbled++;
  }
  const markedRate = letters ? marked / letters : 1;
  const garbledRate = letters ? garbled / letters : 0;
  // Clean Vietnamese has ~75–80 % marked syllables.
  const pLost = clamp(1 - markedRate / 0.75, 0.02, 0.98);
  const pGarble = clamp(garbledRate, 0.01, 0.6);
  return {
    lost: -Math.log(pLost),
    garble: -Math.log(pGarble),
    keepUnknown: UNKNOWN_WORD_COST - Math.log(1 - pGarble),
    keepCode: 2.0 - Math.log(1 - pGarble),
    markedRate,
    garbledRate,
    legacy: garbledRate > LEGACY_GARBLED_RATE && markedRate > 0.05,
  };
}
