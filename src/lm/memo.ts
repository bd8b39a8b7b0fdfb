import type { LanguageModel } from './language-model.ts';

/**
 * Slots of the memo (a power of two), 1 MB: a few sentences' worth of lookups. Misses on the stripped plans:
 * 30 % with 2¹⁴ slots, 25 % with 2¹⁶ (phrases recur within a document).
 */
const SLOTS = 1 << 16;

/**
 * A language model whose trigram log-probabilities are memoised in a small direct-mapped table. The decoder
 * asks for the same (w | h1 h2) again when it scores the candidates of the chosen path (confidences) after
 * the search; a mixed model computes each of them from two or three hash lookups per component. Order-4
 * queries (h3 ≥ 0) pass through.
 */
export function memoizedModel(lm: LanguageModel): LanguageModel {
  const V = lm.vocab.length + 1;
  const keys = new Float64Array(SLOTS).fill(-1);
  const vals = new Float64Array(SLOTS);
  const logProb = (w: number, h1: number, h2: number, h3 = -1): number => {
    if (h3 >= 0) return lm.logProb(w, h1, h2, h3);
    const key = ((h2 + 1) * V + (h1 + 1)) * V + w;
    const slot = (Math.imul(w, 0x9e3779b1) ^ Math.imul(h1 + 1, 0x85ebca6b) ^ Math.imul(h2 + 1, 0xc2b2ae35)) >>> 16;
    if (keys[slot] === key) return vals[slot] as number;
    const p = lm.logProb(w, h1, h2);
    keys[slot] = key;
    vals[slot] = p;
    return p;
  };
  return { order: lm.order, toneStyle: lm.toneStyle, vocab: lm.vocab, info: lm.info, idOf: (w) => lm.idOf(w), logProb };
}
