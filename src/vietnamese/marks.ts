/**
 * Character-level Vietnamese marks: every vowel letter splits into a base letter (a ă â e ê i o ô ơ u ư y)
 * and one of six tones. Tables are built once from Unicode decomposition so no letter is typed by hand.
 */

/** Tone index: 0 ngang (none), 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

const TONE_COMBINING = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;
const BASE_VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];

const toneOfChar = new Map<string, Tone>();
const baseOfChar = new Map<string, string>();
const toned = new Map<string, string>(); // base + tone digit → letter

for (const b of BASE_VOWELS) {
  for (let t = 0; t < 6; t++) {
    const ch = (b + TONE_COMBINING[t]).normalize('NFC');
    toneOfChar.set(ch, t as Tone);
    baseOfChar.set(ch, b);
    toned.set(b + t, ch);
  }
}

/** Tone carried by a lowercase letter (0 for consonants and unmarked vowels). */
export function toneOf(ch: string): Tone {
  return toneOfChar.get(ch) ?? 0;
}

/** A lowercase vowel letter without its tone ("ế" → "ê"); other characters unchanged. */
export function baseOf(ch: string): string {
  return baseOfChar.get(ch) ?? ch;
}

/** Whether a lowercase letter is a Vietnamese vowel (any tone). */
export function isVowel(ch: string): boolean {
  return baseOfChar.has(ch);
}

/** Puts tone `t` on a toneless lowercase vowel ("ê", 1 → "ế"). */
export function withTone(base: string, t: Tone): string {
  return toned.get(base + t) ?? base;
}

const PLAIN: Record<string, string> = { ă: 'a', â: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u', đ: 'd' };

/** Removes every Vietnamese mark from one lowercase letter ("ộ" → "o", "đ" → "d"). */
export function plainLetter(ch: string): string {
  const b = baseOfChar.get(ch) ?? ch;
  return PLAIN[b] ?? b;
}

const stripCache = new Map<string, string>();

/** Removes all marks (tones, hats, horns, đ) from a string, keeping case. "Đảng ủy" → "Dang uy". */
export function stripMarks(s: string): string {
  let out = '';
  for (const ch of s) {
    let c = stripCache.get(ch);
    if (c === undefined) {
      const lower = ch.toLowerCase();
      const p = plainLetter(lower);
      c = lower === ch ? p : p.toUpperCase();
      if (c.length !== 1 && ch.length === 1) c = ch; // characters whose case mapping expands stay as they are
      stripCache.set(ch, c);
    }
    out += c;
  }
  return out;
}

/** Whether a string carries any Vietnamese mark. */
export function hasMarks(s: string): boolean {
  return stripMarks(s) !== s;
}
