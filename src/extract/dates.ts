/** Calendar helpers for deadlines and header dates. */
export function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > lastDay(y, m) || y < 1900 || y > 2200) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const ROMAN_Q: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Quarter number from "II", "2", "ii" (folded; OCR's "hi" for "iii", "tv"/"jv" for "iv"); null if not a quarter. */
export function quarter(s: string): number | null {
  const t = s.toLowerCase().replace(/h/g, 'ii').replace(/[tj]/g, 'i');
  return ROMAN_Q[t.replace(/[1l|]/g, (c) => (t.length > 1 ? 'i' : c))] ?? ROMAN_Q[t] ?? null;
}
