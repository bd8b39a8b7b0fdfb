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
  const p = casePattern(original);
  if (p === 'upper') return word.toUpperCase();
  if (p === 'title' || (p === 'mixed' && /^\P{Ll}/u.test(original) && /^\p{Lu}/u.test(original))) {
    return word.charAt(0).toUpperCase() + word.slice(1);
  }
  return word;
}
