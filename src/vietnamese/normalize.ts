/** Unicode normalisation: everything inside vanban is NFC, with one tone-placement style. */
export function nfc(s: string): string {
  return s.normalize('NFC');
}
