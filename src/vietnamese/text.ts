import { nfc } from './normalize.ts';
import { placeTone, type ToneStyle } from './syllable.ts';

const WORD = /\p{L}+/gu;

/**
 * NFC plus one tone-placement style for a whole text, keeping case and everything that is not a
 * syllable. Used on input before repair and on output after it.
 */
export function normalizeText(text: string, style: ToneStyle): string {
  return nfc(text).replace(WORD, (w) => {
    const lower = w.toLowerCase();
    const placed = placeTone(lower, style);
    if (placed === lower) return w;
    if (w === lower) return placed;
    // Re-apply case letter by letter (lengths match: only the mark moved).
    const a = [...w];
    const b = [...placed];
    return b.map((ch, i) => ((a[i] as string) !== (a[i] as string).toLowerCase() ? ch.toUpperCase() : ch)).join('');
  });
}
