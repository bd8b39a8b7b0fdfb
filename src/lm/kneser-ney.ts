import { BOS_ID } from './tokens.ts';
import { contextOf, findKey, ID_LIMIT, lastOf, suffixOf } from './keys.ts';
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

/** Continuation counts N1+(• g) for every key g of order n, from the unique keys of order n+1. */
function continuation(lowerKeys: Float64Array, higherKeys: Float64Array, n: number): Float64Array {
  const suf = new Float64Array(higherKeys.length);
  for (let i = 0; i < higherKeys.length; i++) suf[i] = suffixOf(higherKeys[i] as number, n + 1);
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
    const cont = continuation(keys, keysBy[n] as Float64Array, n);
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
        const lowKey = n === 2 ? lastOf(key) : suffixOf(key, n);
        const li = n === 2 ? lowKey : findKey(lower.keys, lowKey);
        const pl = li >= 0 ? Math.exp(lower.logProb[li] as number) : 0;
        const c = adj[k] as number;
        const p = (c > 0 ? (c - d[Math.min(c, 3) - 1]!) / total : 0) + gamma * pl;
        logProb[k] = Math.log(Math.max(p, 1e-30));
      }
      // Backoff weight lives on the context n-gram (order n-1).
      const ci = n === 2 ? ctx : findKey(lower.keys, ctx);
      if (ci >= 0) lower.backoff[ci] = Math.log(gamma);
      i = j;
    }
    orders.push({ keys, logProb, backoff: new Float32Array(keys.length) });
  }

  // Stage 2 (prune): drop rare n-grams of order ≥ 2 after smoothing so continuation counts stay exact.
  for (let n = 2; n <= N; n++) {
    const min = minCounts[n - 1] ?? 1;
    if (min <= 1) continue;
    const o = orders[n - 1] as SmoothedOrder;
    const raw = rawBy[n - 1] as Float64Array;
    let m = 0;
    for (let i = 0; i < o.keys.length; i++) if ((raw[i] as number) >= min) m++;
    const keys = new Float64Array(m);
    const lp = new Float32Array(m);
    const bo = new Float32Array(m);
    let j = 0;
    for (let i = 0; i < o.keys.length; i++) {
      if ((raw[i] as number) < min) continue;
      keys[j] = o.keys[i] as number;
      lp[j] = o.logProb[i] as number;
      bo[j] = o.backoff[i] as number;
      j++;
    }
    orders[n - 1] = { keys, logProb: lp, backoff: bo };
  }
  return { order: N, vocab: counts.vocab, orders, discounts: discountsBy, capitalRates: counts.capitalRates, capitalPairs: counts.capitalPairs, abbreviations: counts.abbreviations };
}
