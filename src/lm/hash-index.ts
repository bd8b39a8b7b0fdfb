/**
 * Open-addressing hash index from packed n-gram keys to entry numbers, built at load time (fast lookups).
 * A slot is three int32s side by side — key low 32 bits, key high bits (−1: empty), entry — so a probe
 * touches one cache line instead of two arrays (lookups in the 1.2 M-trigram table are mostly cache misses).
 */
export class HashIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** @param keys non-negative integers below 2⁵³ (packed n-grams, see keys.ts). */
  constructor(keys: Float64Array) {
    let size = 1024;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    const slots = (this.slots = new Int32Array(size * 3).fill(-1));
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as number;
      const lo = k >>> 0;
      const hi = (k / 4294967296) >>> 0;
      let h = hashKey(lo, hi) & this.mask;
      while (slots[h * 3 + 1] !== -1) h = (h + 1) & this.mask;
      slots[h * 3] = lo;
      slots[h * 3 + 1] = hi;
      slots[h * 3 + 2] = i;
    }
  }

  get(k: number): number {
    const lo = k | 0;
    const hi = (k / 4294967296) >>> 0;
    const slots = this.slots;
    let h = hashKey(lo, hi) & this.mask;
    for (;;) {
      const j = h * 3;
      const s = slots[j + 1] as number;
      if (s === hi && slots[j] === lo) return slots[j + 2] as number;
      if (s === -1) return -1;
      h = (h + 1) & this.mask;
    }
  }
}

function hashKey(lo: number, hi: number): number {
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
