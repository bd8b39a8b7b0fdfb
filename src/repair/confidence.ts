import type { LanguageModel } from '../lm/index.ts';
import type { Candidate } from './candidates.ts';

/**
 * Posterior of each candidate of one edge with the rest of the best path fixed: channel cost, the LM
 * scores of the candidate and of the next two words, normalised (softmax). A cheap, local stand-in for
 * forward–backward that still reflects both the channel and the context.
 * @param path word ids of the whole best path; the edge occupies [at, at + len).
 */
export function localPosteriors(lm: LanguageModel, cands: readonly Candidate[], path: readonly number[], at: number, len: number): number[] {
  if (cands.length <= 1) return [1];
  const h2 = at >= 2 ? (path[at - 2] as number) : at === 1 ? 0 : -1;
  const h1 = at >= 1 ? (path[at - 1] as number) : 0;
  const next1 = path[at + len];
  const next2 = path[at + len + 1];
  const scores: number[] = new Array<number>(cands.length);
  let m = -Infinity;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i] as Candidate;
    let s = -c.cost;
    let a = h1;
    let b = h2;
    for (const id of c.ids) {
      s += lm.logProb(id, a, b);
      b = a;
      a = id;
    }
    if (next1 !== undefined) {
      s += lm.logProb(next1, a, b);
      // The word after next depends on the candidate only through the trigram history; skipped when
      // there is only one candidate text per position downstream (cheap approximation).
      if (next2 !== undefined && cands.length <= 3) s += lm.logProb(next2, next1, a);
    }
    scores[i] = s;
    if (s > m) m = s;
  }
  let z = 0;
  for (let i = 0; i < scores.length; i++) z += scores[i] = Math.exp((scores[i] as number) - m);
  for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] as number) / z;
  return scores;
}
