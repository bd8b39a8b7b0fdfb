/** Open-addressing hash index from packed n-gram keys to entry numbers, built at load time (fast lookups). */
export class HashIndex {
  private readonly slots: Float64Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(keys: Float64Array) {
    let size = 1024;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Float64Array(size).fill(-1);
    this.values = new Int32Array(size);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as number;
      let h = hashKey(k) & this.mask;
      while (this.slots[h] !== -1) h = (h + 1) & this.mask;
      this.slots[h] = k;
      this.values[h] = i;
    }
  }

  get(k: number): number {
    let h = hashKey(k) & this.mask;
    for (;;) {
      const s = this.slots[h] as number;
      if (s === k) return this.values[h] as number;
      if (s === -1) return -1;
      h = (h + 1) & this.mask;
    }
  }
}

function hashKey(k: number): number {
  const lo = k >>> 0;
  const hi = (k / 4294967296) >>> 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
