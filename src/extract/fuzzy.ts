/** Edit distance with a cap: returns cap+1 as soon as the distance must exceed `cap`. */
export function levenshtein(a: string, b: string, cap = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** Similarity in [0,1]: 1 - distance / longer length. */
export function similarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return n === 0 ? 1 : 1 - levenshtein(a, b) / n;
}

/**
 * Letters OCR (especially the English model) puts in place of others in headings: digits for letters,
 * P/B for Đ. Applied to folded text before fuzzy comparison of fixed phrases.
 */
const OCR_CONFUSIONS: Record<string, string> = { '0': 'o', '1': 'i', '6': 'o', '5': 's', '8': 'b', '|': 'i', '!': 'i', '[': 'i', ']': 'i', '€': 'e', '¢': 'c' };

export function unconfuse(folded: string): string {
  let out = '';
  for (const c of folded) out += OCR_CONFUSIONS[c] ?? c;
  return out;
}

/**
 * Whether `text` (folded) starts with one of `phrases` (folded), exactly or within a small edit distance.
 * Returns the matched phrase, the length consumed in `text` and whether the match was fuzzy.
 */
export function matchPrefix(
  text: string,
  phrases: readonly string[],
  maxRatio = 0.2,
): { phrase: string; length: number; fuzzy: boolean } | null {
  for (const p of phrases) if (text.startsWith(p)) return { phrase: p, length: p.length, fuzzy: false };
  const t = unconfuse(text);
  let best: { phrase: string; length: number; fuzzy: boolean; d: number } | null = null;
  for (const p of phrases) {
    const cap = Math.floor(p.length * maxRatio);
    if (cap < 1) continue;
    // Compare against prefixes of similar length (OCR may drop or add a character).
    for (let len = p.length - cap; len <= p.length + cap; len++) {
      if (len <= 0 || len > t.length) continue;
      const d = levenshtein(t.slice(0, len), p, cap);
      if (d <= cap && (!best || d < best.d)) best = { phrase: p, length: len, fuzzy: true, d };
    }
  }
  return best ? { phrase: best.phrase, length: best.length, fuzzy: best.fuzzy } : null;
}
