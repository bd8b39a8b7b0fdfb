/** Calendar helpers for deadlines and header dates. */
export function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > lastDay(y, m) || y < 1900 || y > 2200) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const ROMAN_Q: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Quarter number from "II", "2", "ii" (folded); null if not a quarter. */
export function quarter(s: string): number | null {
  return ROMAN_Q[s.toLowerCase().replace(/[1l|]/g, (c) => (s.length > 1 ? 'i' : c))] ?? ROMAN_Q[s.toLowerCase()] ?? null;
}
