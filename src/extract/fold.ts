/**
 * Diacritic folding that keeps string length, so offsets found in the folded text are valid in the
 * original (NFC) text. OCR damages marks far more often than letters, so matching runs on folded text.
 */
const cache = new Map<string, string>();

function foldChar(c: string): string {
  let r = cache.get(c);
  if (r === undefined) {
    // Ð/ð (U+00D0/F0) is OCR's look-alike of Đ.
    if (c === 'đ' || c === 'Đ' || c === 'Ð' || c === 'ð') r = 'd';
    else if (c === '⁄' || c === '∕') r = '/'; // OCR reads "II/2026" with a fraction slash
    else {
      const base = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      // Keep length: multi-char results (rare) fall back to the lowercased char itself.
      r = base.length === 1 ? base : c.toLowerCase().length === 1 ? c.toLowerCase() : c;
    }
    cache.set(c, r);
  }
  return r;
}

/** Lowercase, strip Vietnamese diacritics, đ → d; same length as `s` (expects NFC input). */
export function fold(s: string): string {
  let out = '';
  for (const c of s) out += c.length === 1 ? foldChar(c) : c;
  return out;
}

/**
 * Letters OCR prints for digits inside numbers ("I5", "2O26", "l9/3", "J5/12" — Vietnamese has no j), on
 * folded text: read as digits (same length).
 */
export function digitFold(f: string): string {
  return f.replace(/(?<![a-z])[il|oj](?=\d)|(?<=\d)[il|o](?![a-z])/g, (c) => (c === 'o' ? '0' : '1'));
}

/** Collapse whitespace and fold, for comparisons that do not need offsets. */
export function key(s: string): string {
  return fold(s.normalize('NFC')).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
