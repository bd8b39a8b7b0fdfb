/** Word lists and error rates for the repair benchmark. */

/** Words of a text: whitespace-separated, surrounding punctuation removed, empty ones dropped. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0);
}

/** Levenshtein distance between two word sequences (O(n·m) time, O(m) memory). */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  let prev = new Int32Array(b.length + 1).map((_, j) => j);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur[j] = Math.min(sub, (prev[j] as number) + 1, (cur[j - 1] as number) + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] as number;
}

/** Word error rate of `hyp` against `ref`. */
export function wer(ref: string, hyp: string): number {
  const r = wordsOf(ref);
  return r.length ? editDistance(r, wordsOf(hyp)) / r.length : 0;
}

/** Syllables (runs of letters) of a text. */
export function syllablesOf(text: string): string[] {
  return text.normalize('NFC').match(/\p{L}+/gu) ?? [];
}

/** Fraction of syllables equal at the same position (texts with the same syllable count), else 1 − edit rate. */
export function syllableAccuracy(ref: string, hyp: string): { correct: number; total: number } {
  const r = syllablesOf(ref);
  const h = syllablesOf(hyp);
  if (r.length === h.length) {
    let c = 0;
    for (let i = 0; i < r.length; i++) if (r[i] === h[i]) c++;
    return { correct: c, total: r.length };
  }
  return { correct: r.length - editDistance(r, h), total: r.length };
}
