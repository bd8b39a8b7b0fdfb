import { gunzipSync, gzipSync } from 'node:zlib';
import { VanbanError } from '../errors/index.ts';
import { ID_LIMIT, INDEXED_ORDER, MAX_ORDER } from './keys.ts';
import type { SmoothedModel } from './kneser-ney.ts';
import type { CapitalPairs, PairRates } from './count.ts';
import type { ToneStyle } from '../vietnamese/index.ts';

/**
 * On-disk format "VBLM" version 1 (gzip of):
 *   "VBLM" | u32 version | u32 header length | header JSON (UTF-8) | body
 * body: vocab (UTF-8, '\n'-joined) | unigram f32 logProb[V] | unigram f32 backoff[V] |
 *   per order n ≥ 2: u16 ids[n·count] | u8 prob code[count] | (n < order) u8 backoff code[count] |
 *   u8 capital rate[V] (×255; when header.capitals) |
 *   (version 2, when header.capitalPairs = [a, b]) u16 ids[2·a] | u8 rate[a] | u16 ids[2·b] | u8 rate[b]
 *   (capital rates of a word after / before a given neighbour, keys ascending)
 * Version 3 allows order 4: a 4-gram section is u32 context deltas[count] (index of the context in the
 * trigram table, minus the previous entry's) | u16 last word[count] | u8 prob code[count] (see keys.ts).
 * Version 3 may end with f32 ln word frequency[V] (raw unigram counts; when header.frequencies).
 * Order ≤ 3 files of version 3 are otherwise laid out as version 2. Version 1 and 2 files are still read.
 * Probabilities of orders ≥ 2 are quantised to 256 levels (codebook in the header), ~0.3 % error in p.
 */
export const FORMAT_MAGIC = 'VBLM';
export const FORMAT_VERSION = 3;
/** Oldest format version this build still reads. */
export const MIN_FORMAT_VERSION = 1;

export interface ModelHeader {
  formatVersion: number;
  order: number;
  toneStyle: ToneStyle;
  vocabSize: number;
  vocabBytes: number;
  counts: number[];
  probCodebooks: number[][];
  backoffCodebooks: number[][];
  /** Whether the per-word capital-rate section is present. */
  capitals?: boolean;
  /** Entries of the capital pair tables (after, before); version 2. */
  capitalPairs?: [number, number];
  /** Abbreviations written with Đ by unmarked form ("HDND" → "HĐND"). */
  abbreviations?: Record<string, string>;
  /** Whether the per-word frequency section is present (version 3). */
  frequencies?: boolean;
  /** Free-form provenance: sources, token count, pruning, build date. */
  meta: Record<string, unknown>;
}

/** The decoded content of a model file. */
export interface ModelData {
  header: ModelHeader;
  vocab: string[];
  /** Per order: packed keys (as in keys.ts), ln p, ln backoff. */
  orders: { keys: Float64Array; logProb: Float32Array; backoff: Float32Array }[];
  capitalRates?: Float32Array;
  capitalPairs?: CapitalPairs;
  /** ln relative frequency per word (version 3 files that carry it). */
  frequencies?: Float32Array;
}

const rateByte = (r: number) => Math.max(1, Math.min(254, Math.round(r * 255)));

function codebook(values: Float32Array, levels = 256): { book: number[]; codes: Uint8Array } {
  const sorted = Float32Array.from(values).sort();
  const book: number[] = [];
  const bounds: number[] = [];
  const n = sorted.length;
  for (let b = 0; b < levels; b++) {
    const lo = Math.floor((b * n) / levels);
    const hi = Math.max(lo + 1, Math.floor(((b + 1) * n) / levels));
    let s = 0;
    let k = 0;
    for (let i = lo; i < hi && i < n; i++, k++) s += sorted[i] as number;
    book.push(k ? s / k : (book[book.length - 1] ?? 0));
  }
  for (let b = 0; b + 1 < levels; b++) bounds.push(((book[b] as number) + (book[b + 1] as number)) / 2);
  const codes = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (v > (bounds[mid] as number)) lo = mid + 1;
      else hi = mid;
    }
    codes[i] = lo;
  }
  return { book, codes };
}

/** Stage 4 (write): serialises a smoothed model. */
/** `level`: gzip level (9 for files; an in-memory model that is decoded at once needs no compression). */
export function encodeModel(m: SmoothedModel, toneStyle: ToneStyle, meta: Record<string, unknown>, level = 9): Buffer {
  const vocabBuf = Buffer.from(m.vocab.join('\n'), 'utf8');
  const parts: Buffer[] = [vocabBuf];
  const uni = m.orders[0];
  if (!uni) throw new VanbanError('MODEL_MISMATCH', 'model has no unigrams');
  parts.push(Buffer.from(uni.logProb.buffer, uni.logProb.byteOffset, uni.logProb.byteLength));
  parts.push(Buffer.from(uni.backoff.buffer, uni.backoff.byteOffset, uni.backoff.byteLength));
  const probCodebooks: number[][] = [];
  const backoffCodebooks: number[][] = [];
  for (let n = 2; n <= m.order; n++) {
    const o = m.orders[n - 1];
    if (!o) throw new VanbanError('MODEL_MISMATCH', `model lacks order ${n}`);
    if (n >= INDEXED_ORDER) {
      // Context-indexed keys: the context index as a delta (sorted, so small and compressible) + last word.
      const deltas = new Uint32Array(o.keys.length);
      const words = new Uint16Array(o.keys.length);
      let last = 0;
      for (let i = 0; i < o.keys.length; i++) {
        const k = o.keys[i] as number;
        const ctx = Math.floor(k / ID_LIMIT);
        deltas[i] = ctx - last;
        last = ctx;
        words[i] = k % ID_LIMIT;
      }
      parts.push(Buffer.from(deltas.buffer), Buffer.from(words.buffer));
    } else {
      const ids = new Uint16Array(o.keys.length * n);
      for (let i = 0; i < o.keys.length; i++) {
        let k = o.keys[i] as number;
        for (let j = n - 1; j >= 0; j--) {
          ids[i * n + j] = k % ID_LIMIT;
          k = Math.floor(k / ID_LIMIT);
        }
      }
      parts.push(Buffer.from(ids.buffer));
    }
    const p = codebook(o.logProb);
    probCodebooks.push(p.book);
    parts.push(Buffer.from(p.codes.buffer));
    if (n < m.order) {
      const b = codebook(o.backoff);
      backoffCodebooks.push(b.book);
      parts.push(Buffer.from(b.codes.buffer));
    }
  }
  if (m.capitalRates) parts.push(Buffer.from(Uint8Array.from(m.capitalRates, rateByte).buffer));
  if (m.capitalPairs) {
    for (const t of [m.capitalPairs.after, m.capitalPairs.before]) {
      const ids = new Uint16Array(t.keys.length * 2);
      t.keys.forEach((k, i) => {
        ids[2 * i] = Math.floor(k / ID_LIMIT);
        ids[2 * i + 1] = k % ID_LIMIT;
      });
      parts.push(Buffer.from(ids.buffer), Buffer.from(Uint8Array.from(t.rates, rateByte).buffer));
    }
  }
  if (m.frequencies) parts.push(Buffer.from(m.frequencies.buffer, m.frequencies.byteOffset, m.frequencies.byteLength));
  const header: ModelHeader = {
    formatVersion: FORMAT_VERSION,
    order: m.order,
    toneStyle,
    vocabSize: m.vocab.length,
    vocabBytes: vocabBuf.length,
    counts: m.orders.map((o) => o.keys.length),
    probCodebooks,
    backoffCodebooks,
    capitals: Boolean(m.capitalRates),
    ...(m.capitalPairs ? { capitalPairs: [m.capitalPairs.after.keys.length, m.capitalPairs.before.keys.length] as [number, number] } : {}),
    abbreviations: m.abbreviations ?? {},
    frequencies: Boolean(m.frequencies),
    meta,
  };
  const headerBuf = Buffer.from(JSON.stringify(header), 'utf8');
  const pre = Buffer.alloc(12);
  pre.write(FORMAT_MAGIC, 0, 'latin1');
  pre.writeUInt32LE(FORMAT_VERSION, 4);
  pre.writeUInt32LE(headerBuf.length, 8);
  return gzipSync(Buffer.concat([pre, headerBuf, ...parts]), { level });
}

/** Parses a model file; MODEL_MISMATCH on anything unexpected. */
export function decodeModel(file: Buffer, source = 'model'): ModelData {
  let raw: Buffer;
  try {
    raw = gunzipSync(file);
  } catch (e) {
    throw new VanbanError('MODEL_MISMATCH', `${source}: not a gzip-compressed vanban language model`, { cause: e });
  }
  if (raw.length < 12 || raw.toString('latin1', 0, 4) !== FORMAT_MAGIC) {
    throw new VanbanError('MODEL_MISMATCH', `${source}: bad magic (expected ${FORMAT_MAGIC})`);
  }
  const version = raw.readUInt32LE(4);
  if (version < MIN_FORMAT_VERSION || version > FORMAT_VERSION) {
    throw new VanbanError('MODEL_MISMATCH', `${source}: format version ${version}, this build reads ${MIN_FORMAT_VERSION}–${FORMAT_VERSION}`, {
      details: { found: version, expected: FORMAT_VERSION },
    });
  }
  const hlen = raw.readUInt32LE(8);
  let header: ModelHeader;
  try {
    header = JSON.parse(raw.toString('utf8', 12, 12 + hlen)) as ModelHeader;
  } catch (e) {
    throw new VanbanError('MODEL_MISMATCH', `${source}: corrupt header`, { cause: e });
  }
  if (!Number.isInteger(header.order) || header.order < 1 || header.order > MAX_ORDER) {
    throw new VanbanError('MODEL_MISMATCH', `${source}: n-gram order ${String(header.order)}, this build reads 1–${MAX_ORDER}`);
  }
  let off = 12 + hlen;
  const need = (bytes: number) => {
    if (off + bytes > raw.length) throw new VanbanError('MODEL_MISMATCH', `${source}: truncated file`);
  };
  const take = (bytes: number): Buffer => {
    need(bytes);
    const b = raw.subarray(off, off + bytes);
    off += bytes;
    return b;
  };
  const copy = (bytes: number): ArrayBuffer => {
    const b = take(bytes);
    return b.buffer.slice(b.byteOffset, b.byteOffset + bytes) as ArrayBuffer;
  };
  const vocab = take(header.vocabBytes).toString('utf8').split('\n');
  const V = header.vocabSize;
  if (vocab.length !== V) throw new VanbanError('MODEL_MISMATCH', `${source}: vocabulary size mismatch`);
  const orders: ModelData['orders'] = [];
  orders.push({
    keys: new Float64Array(V).map((_, i) => i),
    logProb: new Float32Array(copy(V * 4)),
    backoff: new Float32Array(copy(V * 4)),
  });
  for (let n = 2; n <= header.order; n++) {
    const count = header.counts[n - 1] ?? 0;
    const keys = new Float64Array(count);
    if (n >= INDEXED_ORDER) {
      if (version < 3) throw new VanbanError('MODEL_MISMATCH', `${source}: order ${header.order} needs format version 3`);
      const deltas = new Uint32Array(copy(count * 4));
      const words = new Uint16Array(copy(count * 2));
      const contexts = header.counts[n - 2] ?? 0;
      let ctx = 0;
      for (let i = 0; i < count; i++) {
        ctx += deltas[i] as number;
        if (ctx >= contexts) throw new VanbanError('MODEL_MISMATCH', `${source}: ${n}-gram context out of range`);
        keys[i] = ctx * ID_LIMIT + (words[i] as number);
      }
    } else {
      const ids = new Uint16Array(copy(count * n * 2));
      for (let i = 0; i < count; i++) {
        let k = 0;
        for (let j = 0; j < n; j++) k = k * ID_LIMIT + (ids[i * n + j] as number);
        keys[i] = k;
      }
    }
    const pb = header.probCodebooks[n - 2] ?? [];
    const pc = take(count);
    const logProb = new Float32Array(count);
    for (let i = 0; i < count; i++) logProb[i] = pb[pc[i] as number] as number;
    const backoff = new Float32Array(count);
    if (n < header.order) {
      const bb = header.backoffCodebooks[n - 2] ?? [];
      const bc = take(count);
      for (let i = 0; i < count; i++) backoff[i] = bb[bc[i] as number] as number;
    }
    orders.push({ keys, logProb, backoff });
  }
  let capitalRates: Float32Array | undefined;
  if (header.capitals) capitalRates = Float32Array.from(take(V), (b) => b / 255);
  let capitalPairs: CapitalPairs | undefined;
  if (version >= 2 && header.capitalPairs) {
    const table = (count: number): PairRates => {
      const ids = new Uint16Array(copy(count * 4));
      const keys = Float64Array.from({ length: count }, (_, i) => (ids[2 * i] as number) * ID_LIMIT + (ids[2 * i + 1] as number));
      return { keys, rates: Float32Array.from(take(count), (b) => b / 255) };
    };
    const after = table(header.capitalPairs[0]);
    capitalPairs = { after, before: table(header.capitalPairs[1]) };
  }
  const frequencies = version >= 3 && header.frequencies ? new Float32Array(copy(V * 4)) : undefined;
  if (off !== raw.length) throw new VanbanError('MODEL_MISMATCH', `${source}: trailing bytes`);
  return { header, vocab, orders, capitalRates, capitalPairs, frequencies };
}
