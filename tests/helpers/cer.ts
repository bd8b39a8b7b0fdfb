/** Character error rate: Levenshtein distance / reference length, on NFC text with whitespace runs collapsed. */
export function cer(hypothesis: string, reference: string): number {
  const norm = (s: string): string[] => [...s.normalize('NFC').replace(/\s+/gu, ' ').trim()];
  const h = norm(hypothesis);
  const r = norm(reference);
  let prev = Array.from({ length: h.length + 1 }, (_, j) => j);
  for (let i = 1; i <= r.length; i++) {
    const cur = [i];
    for (let j = 1; j <= h.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (r[i - 1] === h[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return r.length === 0 ? (h.length === 0 ? 0 : 1) : prev[h.length]! / r.length;
}
