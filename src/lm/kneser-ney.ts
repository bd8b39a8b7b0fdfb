import { BOS_ID } from './tokens.ts';
import { contextOf, findKey, ID_LIMIT, INDEXED_ORDER, indexedSuffixOf, lastOf, suffixOf } from './keys.ts';
import type { CapitalPairs, NgramCounts } from './count.ts';

/** One order of a smoothed model: keys ascending, ln p(w | context), ln backoff weight of the n-gram as a context. */
export interface SmoothedOrder {
  keys: Float64Array;
  logProb: Float32Array;
  backoff: Float32Array;
}

/** Stage 3 (smooth) output, ready to write. Unigram keys are the word ids 0..V-1. */
export interface SmoothedModel {
  order: number;
  vocab: string[];
  orders: SmoothedOrder[];
  discounts: number[][];
  capitalRates?: Float32Array;
  /** ln relative frequency of each word in running text (raw unigram counts, ⟨s⟩ excluded). */
  frequencies?: Float32Array;
  capitalPairs?: CapitalPairs;
  abbreviations?: Record<string, string>;
}

/** Pruning (stage 2): minimum raw count for an n-gram of order n ≥ 2 to be stored. Default [1, 1, 2]. */
export interface PruneOptions {
  minCounts?: number[];
}

/** Modified Kneser–Ney discounts D1, D2, D3+ from counts of counts (Chen & Goodman 1998). */
function discounts(adj: Float64Array): number[] {
  const n = [0, 0, 0, 0, 0];
  for (const c of adj) if (c >= 1 && c <= 4) n[c] = (n[c] as number) + 1;
  const [, n1 = 0, n2 = 0, n3 = 0, n4 = 0] = n;
  if (n1 === 0 || n2 === 0 || n3 === 0 || n4 === 0) return [0.5, 1, 1.5];
  const y = n1 / (n1 + 2 * n2);
  const clamp = (d: number, hi: number) => Math.min(Math.max(d, 0.05), hi);
  return [clamp(1 - (2 * y * n2) / n1, 1), clamp(2 - (3 * y * n3) / n2, 2), clamp(3 - (4 * y * n4) / n3, 3)];
}

/** Packed suffix (drops the first word) of a key of order n; `keysBy` resolves context-indexed keys. */
function suffixAt(key: number, n: number, keysBy: Float64Array[]): number {
  return n >= INDEXED_ORDER ? indexedSuffixOf(key, keysBy[n - 2] as Float64Array) : suffixOf(key, n);
}

/** Continuation counts N1+(• g) for every key g of order n, from the unique keys of order n+1. */
function continuation(lowerKeys: Float64Array, higherKeys: Float64Array, n: number, keysBy: Float64Array[]): Float64Array {
  const suf = new Float64Array(higherKeys.length);
  for (let i = 0; i < higherKeys.length; i++) suf[i] = suffixAt(higherKeys[i] as number, n + 1, keysBy);
  suf.sort();
  const out = new Float64Array(lowerKeys.length);
  let j = 0;
  for (let i = 0; i < suf.length; ) {
    const k = suf[i] as number;
    let c = 0;
    while (i < suf.length && suf[i] === k) {
      c++;
      i++;
    }
    while (j < lowerKeys.length && (lowerKeys[j] as number) < k) j++;
    if (j < lowerKeys.length && lowerKeys[j] === k) out[j] = c;
  }
  return out;
}

function firstOf(key: number, n: number): number {
  return Math.floor(key / ID_LIMIT ** (n - 1));
}

/** ln p(w | context) of a packed n-gram key (n ≤ 3) in a backoff model (pruned orders included). */
function backoffLogProb(orders: SmoothedOrder[], key: number, n: number): number {
  const uni = orders[0] as SmoothedOrder;
  if (n === 1) return uni.logProb[key] as number;
  const o = orders[n - 1] as SmoothedOrder;
  const i = findKey(o.keys, key);
  if (i >= 0) return o.logProb[i] as number;
  const ctx = contextOf(key);
  const lower = orders[n - 2] as SmoothedOrder;
  const ci = n === 2 ? ctx : findKey(lower.keys, ctx);
  return (ci >= 0 ? (lower.backoff[ci] as number) : 0) + backoffLogProb(orders, suffixOf(key, n), n - 1);
}

/**
 * After pruning order n, each affected context's backoff weight is recomputed so its distribution sums
 * to one again: (1 − Σ kept p(w | ctx)) / (1 − Σ kept p_lower(w | ctx′)). Without this, a pruned n-gram
 * falls to γ·p_lower, far below the interpolated mass it had (SRILM does the same).
 * @param old the order before pruning; `kept[i]` its new index or -1; `ctxRemap` old → new context
 * index (context-indexed orders whose contexts were pruned).
 */
function renormalize(orders: SmoothedOrder[], n: number, old: SmoothedOrder, kept: Int32Array, ctxRemap: Int32Array | null, keysBy: Float64Array[]): void {
  const lower = orders[n - 2] as SmoothedOrder;
  const indexed = n >= INDEXED_ORDER;
  for (let i = 0; i < old.keys.length; ) {
    const ctx = contextOf(old.keys[i] as number);
    let j = i;
    let pruned = false;
    while (j < old.keys.length && contextOf(old.keys[j] as number) === ctx) {
      if ((kept[j] as number) < 0) pruned = true;
      j++;
    }
    const ci = n === 2 ? ctx : indexed ? (ctxRemap ? (ctxRemap[ctx] as number) : ctx) : findKey(lower.keys, ctx);
    if (pruned && ci >= 0) {
      let sp = 0;
      let sl = 0;
      for (let k = i; k < j; k++) {
        if ((kept[k] as number) < 0) continue;
        const key = old.keys[k] as number;
        sp += Math.exp(old.logProb[k] as number);
        const low = n === 2 ? lastOf(key) : suffixAt(key, n, keysBy);
        sl += Math.exp(backoffLogProb(orders, low, n - 1));
      }
      lower.backoff[ci] = Math.log(Math.max(1 - sp, 1e-9) / Math.max(1 - sl, 1e-9));
    }
    i = j;
  }
}

/**
 * Stage 2 + 3: interpolated modified Kneser–Ney over raw counts, then count pruning. Lower orders use
 * continuation counts except n-grams starting with <s>, which keep raw counts (no left context exists).
 */
export function smoothKneserNey(counts: NgramCounts, opts: PruneOptions = {}): SmoothedModel {
  const N = counts.order;
  const V = counts.vocab.length;
  const minCounts = opts.minCounts ?? [1, 1, 2];
  // Unigram raw counts indexed by id.
  const uniKeys = new Float64Array(V).map((_, i) => i);
  const rawUni = new Float64Array(V);
  const o1 = counts.orders[0];
  if (o1) for (let i = 0; i < o1.keys.length; i++) rawUni[o1.keys[i] as number] = o1.counts[i] as number;
  const keysBy: Float64Array[] = [uniKeys, ...counts.orders.slice(1).map((o) => o.keys)];
  const rawBy: Float64Array[] = [rawUni, ...counts.orders.slice(1).map((o) => o.counts)];

  // Adjusted counts.
  const adjBy: Float64Array[] = [];
  for (let n = 1; n <= N; n++) {
    const keys = keysBy[n - 1] as Float64Array;
    const raw = rawBy[n - 1] as Float64Array;
    if (n === N) {
      adjBy.push(raw);
      continue;
    }
    const cont = continuation(keys, keysBy[n] as Float64Array, n, keysBy);
    if (n > 1) for (let i = 0; i < keys.length; i++) if (firstOf(keys[i] as number, n) === BOS_ID) cont[i] = raw[i] as number;
    adjBy.push(cont);
  }

  const orders: SmoothedOrder[] = [];
  const discountsBy: number[][] = [];
  // Unigrams: interpolate with the uniform distribution.
  {
    const adj = adjBy[0] as Float64Array;
    const d = discounts(adj);
    discountsBy.push(d);
    let total = 0;
    const nk = [0, 0, 0];
    for (let w = 0; w < V; w++) {
      const c = adj[w] as number;
      if (w === BOS_ID || c <= 0) continue;
      total += c;
      nk[Math.min(c, 3) - 1]! += 1;
    }
    const gamma = (d[0]! * nk[0]! + d[1]! * nk[1]! + d[2]! * nk[2]!) / Math.max(total, 1);
    const logProb = new Float32Array(V);
    for (let w = 0; w < V; w++) {
      const c = adj[w] as number;
      const p = c > 0 ? (c - d[Math.min(c, 3) - 1]!) / total + gamma / (V - 1) : gamma / (V - 1);
      logProb[w] = w === BOS_ID ? -99 : Math.log(p);
    }
    orders.push({ keys: uniKeys, logProb, backoff: new Float32Array(V) });
  }
  for (let n = 2; n <= N; n++) {
    const keys = keysBy[n - 1] as Float64Array;
    const adj = adjBy[n - 1] as Float64Array;
    const d = discounts(adj);
    discountsBy.push(d);
    const lower = orders[n - 2] as SmoothedOrder;
    const logProb = new Float32Array(keys.length);
    for (let i = 0; i < keys.length; ) {
      const ctx = contextOf(keys[i] as number);
      let j = i;
      let total = 0;
      const nk = [0, 0, 0];
      while (j < keys.length && contextOf(keys[j] as number) === ctx) {
        const c = adj[j] as number;
        if (c > 0) {
          total += c;
          nk[Math.min(c, 3) - 1]! += 1;
        }
        j++;
      }
      const gamma = total > 0 ? (d[0]! * nk[0]! + d[1]! * nk[1]! + d[2]! * nk[2]!) / total : 1;
      for (let k = i; k < j; k++) {
        const key = keys[k] as number;
        const lowKey = n === 2 ? lastOf(key) : suffixAt(key, n, keysBy);
        const li = n === 2 ? lowKey : findKey(lower.keys, lowKey);
        const pl = li >= 0 ? Math.exp(lower.logProb[li] as number) : 0;
        const c = adj[k] as number;
        const p = (c > 0 ? (c - d[Math.min(c, 3) - 1]!) / total : 0) + gamma * pl;
        logProb[k] = Math.log(Math.max(p, 1e-30));
      }
      // Backoff weight lives on the context n-gram (order n-1).
      const ci = n === 2 || n >= INDEXED_ORDER ? ctx : findKey(lower.keys, ctx);
      if (ci >= 0) lower.backoff[ci] = Math.log(gamma);
      i = j;
    }
    orders.push({ keys, logProb, backoff: new Float32Array(keys.length) });
  }

  // Stage 2 (prune): drop rare n-grams of order ≥ 2 after smoothing so continuation counts stay exact.
  // Context-indexed keys follow their context's new index; an n-gram whose context was pruned goes too.
  let remap: Int32Array | null = null;
  for (let n = 2; n <= N; n++) {
    const min = minCounts[n - 1] ?? 1;
    const indexed = n >= INDEXED_ORDER && remap !== null;
    if (min <= 1 && !indexed) {
      remap = null;
      continue;
    }
    const o = orders[n - 1] as SmoothedOrder;
    const raw = rawBy[n - 1] as Float64Array;
    const newKey = (i: number): number => {
      const k = o.keys[i] as number;
      if ((raw[i] as number) < min) return -1;
      if (!indexed) return k;
      const c = (remap as Int32Array)[Math.floor(k / ID_LIMIT)] as number;
      return c < 0 ? -1 : c * ID_LIMIT + (k % ID_LIMIT);
    };
    const next = new Int32Array(o.keys.length).fill(-1);
    let m = 0;
    for (let i = 0; i < o.keys.length; i++) if (newKey(i) >= 0) next[i] = m++;
    const keys = new Float64Array(m);
    const lp = new Float32Array(m);
    const bo = new Float32Array(m);
    for (let i = 0; i < o.keys.length; i++) {
      const j = next[i] as number;
      if (j < 0) continue;
      keys[j] = newKey(i);
      lp[j] = o.logProb[i] as number;
      bo[j] = o.backoff[i] as number;
    }
    orders[n - 1] = { keys, logProb: lp, backoff: bo };
    if (m < o.keys.length) renormalize(orders, n, o, next, indexed ? remap : null, keysBy);
    remap = next;
  }
  let tokens = 0;
  for (let w = 0; w < V; w++) if (w !== BOS_ID) tokens += rawUni[w] as number;
  // Add-half smoothing so a word of the vocabulary never has frequency zero.
  const frequencies = Float32Array.from(rawUni, (c, w) => (w === BOS_ID ? -99 : Math.log((c + 0.5) / (tokens + 0.5 * V))));
  return {
    order: N,
    vocab: counts.vocab,
    orders,
    discounts: discountsBy,
    capitalRates: counts.capitalRates,
    capitalPairs: counts.capitalPairs,
    abbreviations: counts.abbreviations,
    frequencies,
  };
}
