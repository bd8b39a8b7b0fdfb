/** Casing transfer: the repaired word takes the capitalisation pattern of what was read. */
export type CasePattern = 'lower' | 'upper' | 'title' | 'mixed';

/** Classifies the letters of a token. Digits and symbols are ignored; no letters counts as lower. */
export function casePattern(s: string): CasePattern {
  let upper = 0;
  let lower = 0;
  let firstUpper = false;
  let seenLetter = false;
  for (const ch of s) {
    const l = ch.toLowerCase();
    const u = ch.toUpperCase();
    if (l === u) continue;
    const isUp = ch === u;
    if (!seenLetter) firstUpper = isUp;
    seenLetter = true;
    if (isUp) upper++;
    else lower++;
  }
  if (upper === 0) return 'lower';
  if (lower === 0) return upper === 1 && firstUpper ? 'title' : 'upper';
  if (firstUpper && upper === 1) return 'title';
  return 'mixed';
}

/**
 * Gives the lowercase `word` the case pattern of `original` ("KHAC" + "khắc" → "KHẮC"). A single
 * capital letter counts as title case; mixed patterns ("hQ1") fall back to title if the first letter is
 * capital, else lower — OCR noise, not a meaningful pattern.
 */
export function applyCase(original: string, word: string): string {
  return casing(original)(word);
}

/** What `casing` does to a word: 0 nothing, 1 first letter capital, 2 all capitals. */
export type CaseTransfer = 0 | 1 | 2;

/** The case transfer of `original` (see `casing`), as a value: no function made per word. */
export function caseTransfer(original: string): CaseTransfer {
  // Lower case (most words): nothing to transfer.
  if (original === original.toLowerCase()) return 0;
  const p = casePattern(original);
  if (p === 'upper') return 2;
  if (p === 'title' || (p === 'mixed' && /^\p{Lu}/u.test(original))) return 1;
  return 0;
}

/** Applies a case transfer to a lowercase word. */
export function withCase(t: CaseTransfer, w: string): string {
  return t === 0 ? w : t === 2 ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1);
}

/** The case transfer of `original` as a function, for applying it to several words. */
export function casing(original: string): (word: string) => string {
  const t = caseTransfer(original);
  return (w) => withCase(t, w);
}
