/**
 * How trustworthy an embedded text layer is, measured as Vietnamese text: the share of word tokens that
 * are well-formed Vietnamese syllables, and the share of those carrying Vietnamese marks. An old
 * English-model OCR layer fails one or both: letters are mangled ("vi¢c", "hQ1", "ctia") and most marks
 * are gone ("Ke hoach khac phuc"), which leaves syllables that are valid but unmarked.
 */
import { isSyllable, isVowel, toneOf, withTone } from '../vietnamese/index.ts';

/**
 * True when `word` (any case, NFC or NFD) is one well-formed Vietnamese syllable, or would be with a tone:
 * a layer that lost its marks leaves stop-coda syllables toneless ("khac" for "khắc"), which the syllable
 * grammar rejects but which are still Vietnamese, only unmarked.
 */
export function isVietnameseSyllable(word: string): boolean {
  const chars = [...word.normalize('NFC').toLowerCase()];
  if (isSyllable(chars.join(''))) return true;
  const v = chars.findIndex(isVowel);
  if (v < 0 || chars.some((ch) => toneOf(ch) !== 0)) return false;
  chars[v] = withTone(chars[v]!, 1);
  return isSyllable(chars.join(''));
}

const MARKED = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
const EDGE_PUNCT = /^[\s"'“”‘’(«[{.,;:!?…\-–—*•]+|[\s"'“”‘’)»\]}.,;:!?…\-–—*•]+$/gu;

export interface TextLayerQuality {
  /** Word tokens measured (numbers, codes and all-caps abbreviations are left out). */
  tokens: number;
  /** Share of measured tokens that are valid Vietnamese syllables. */
  validShare: number;
  /** Share of valid syllables carrying a Vietnamese mark (tone, vowel mark or đ); ≈0.6–0.8 in real text. */
  markedShare: number;
  /** validShare, scaled down when marks are missing: min(1, markedShare / MARKED_SHARE_EXPECTED). */
  quality: number;
}

/** Real Vietnamese prose has well over half of its syllables marked; below this, marks were lost. */
export const MARKED_SHARE_EXPECTED = 0.4;

/** Measures a page's text layer. */
export function measureTextLayerQuality(text: string): TextLayerQuality {
  let tokens = 0;
  let valid = 0;
  let marked = 0;
  for (const raw of text.normalize('NFC').split(/\s+/u)) {
    const w = raw.replace(EDGE_PUNCT, '');
    if (w === '') continue;
    if (!/\p{L}/u.test(w)) continue; // numbers, punctuation
    if (/\d/u.test(w) && !/\p{Ll}/u.test(w)) continue; // codes like 12-KL/TW, 31-KH/ĐU
    if (/[/]/u.test(w) && w === w.toUpperCase()) continue;
    const ok = isVietnameseSyllable(w);
    if (!ok && /^\p{Lu}{2,}$/u.test(w)) continue; // abbreviations: UBND, HĐND
    tokens++;
    if (ok) {
      valid++;
      if (MARKED.test(w)) marked++;
    }
  }
  const validShare = tokens === 0 ? 0 : valid / tokens;
  const markedShare = valid === 0 ? 0 : marked / valid;
  return { tokens, validShare, markedShare, quality: validShare * Math.min(1, markedShare / MARKED_SHARE_EXPECTED) };
}

/**
 * Thresholds for using a text layer as is. Below `minTokens` measured words a page counts as having no
 * text layer (a stray page number or stamp); below `minQuality` it is garbled.
 */
export interface TextLayerPolicy {
  /** Default 10. */
  minTokens: number;
  /** Default 0.9. */
  minQuality: number;
}

export const DEFAULT_TEXT_LAYER_POLICY: TextLayerPolicy = { minTokens: 10, minQuality: 0.9 };

export type TextLayerVerdict = 'good' | 'garbled' | 'none';

export function judgeTextLayer(q: TextLayerQuality, policy: TextLayerPolicy = DEFAULT_TEXT_LAYER_POLICY): TextLayerVerdict {
  if (q.tokens < policy.minTokens) return 'none';
  return q.quality >= policy.minQuality ? 'good' : 'garbled';
}
