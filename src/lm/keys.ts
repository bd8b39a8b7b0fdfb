/**
 * N-gram keys: word ids are < 2^16, so an n-gram of order ≤ 3 packs into one exact JS number
 * (id₁·2³² + id₂·2¹⁶ + id₃ < 2⁵³). Sorting these numbers groups n-grams by context.
 * Four words do not fit in 53 bits, so a 4-gram key is *context-indexed*: (index of its first three
 * words in the trigram key table)·2¹⁶ + id₄. Sorting still groups by context (the trigram table is
 * sorted), and a lookup first finds the context trigram (whose backoff weight it needs anyway).
 */
export const ID_BITS = 16;
export const ID_LIMIT = 1 << ID_BITS;
export const MAX_ORDER = 4;
/** Lowest order whose keys are context-indexed rather than packed. */
export const INDEXED_ORDER = 4;

export function packKey(ids: ArrayLike<number>, from: number, n: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) k = k * ID_LIMIT + (ids[from + i] as number);
  return k;
}

/** Context part of a key (drops the last word). */
export function contextOf(key: number): number {
  return Math.floor(key / ID_LIMIT);
}

/** Lower-order suffix of a key of order n (drops the first word). */
export function suffixOf(key: number, n: number): number {
  return key % 2 ** (ID_BITS * (n - 1));
}

/** Packed suffix (last three words) of a context-indexed 4-gram key, given the trigram key table. */
export function indexedSuffixOf(key: number, contextKeys: Float64Array): number {
  const ctx = contextKeys[Math.floor(key / ID_LIMIT)] as number;
  return (ctx % 2 ** (2 * ID_BITS)) * ID_LIMIT + (key % ID_LIMIT);
}

/** Last word id of a key. */
export function lastOf(key: number): number {
  return key % ID_LIMIT;
}

/** A growable Float64Array of keys (n-gram occurrences before sorting). */
export class KeyBuffer {
  private buf: Float64Array;
  length = 0;
  constructor(initial = 1 << 20) {
    this.buf = new Float64Array(initial);
  }
  push(k: number): void {
    if (this.length === this.buf.length) {
      const next = new Float64Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = k;
  }
  /** Sorts and run-length encodes: unique keys ascending with their counts. */
  finish(): { keys: Float64Array; counts: Float64Array } {
    const a = this.buf.subarray(0, this.length);
    a.sort();
    let u = 0;
    for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[i - 1]) u++;
    const keys = new Float64Array(u);
    const counts = new Float64Array(u);
    let j = -1;
    for (let i = 0; i < a.length; i++) {
      if (i === 0 || a[i] !== a[i - 1]) keys[++j] = a[i] as number;
      counts[j] = (counts[j] as number) + 1;
    }
    this.buf = new Float64Array(0);
    this.length = 0;
    return { keys, counts };
  }
}

/** Index of `key` in ascending `keys`, or -1. */
export function findKey(keys: Float64Array, key: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = keys[mid] as number;
    if (v < key) lo = mid + 1;
    else if (v > key) hi = mid - 1;
    else return mid;
  }
  return -1;
}
