/** Text normalisation for scoring OCR: both sides go through the same function before comparison. */

/** NFC, every whitespace run (newlines included) → one space, trimmed. Line breaks are layout, not text. */
export function normaliseForEval(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * Drops Vietnamese diacritics: NFD, remove combining marks, đ→d / Đ→D, back to NFC. Used for the
 * diacritic-blind error rate, which separates "wrong letters" from "right letters, wrong marks".
 */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}
