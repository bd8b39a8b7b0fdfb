import { BOS_ID, EOS_ID, type LanguageModel } from '../lm/index.ts';
import type { Candidate } from './candidates.ts';

/** An edge of the lattice: covers `len` units from its start and offers candidates. */
export interface Edge {
  len: number;
  cands: Candidate[];
}

/** A segment (between sentence boundaries): edges starting at each unit. */
export type Lattice = Edge[][];

/** Chosen path: per edge start position, the edge and candidate. */
export interface PathStep {
  at: number;
  edge: Edge;
  cand: Candidate;
}

/**
 * A cost of the word at one position that depends on its neighbours too (capitalisation of a pair),
 * charged once the next word is known. `flags[pos] < 0`: nothing to charge at pos; else `cost` gets it.
 */
export interface ContextCost {
  flags: Int8Array;
  cost(flag: number, prev: number, id: number, next: number): number;
}

/**
 * Beam Viterbi over a lattice with an n-gram LM: score = Σ ln p_LM − Σ channel cost. States are the last
 * two words (three for a 4-gram model); at most `beam` states survive per position (default 6), none more than `margin` nats below
 * the best (default 7). States live in flat arrays (an arena) to keep the inner loop allocation-free.
 */
export function decodeLattice(lm: LanguageModel, lattice: Lattice, beam = 6, margin = 7, ctx?: ContextCost): PathStep[] {
  const n = lattice.length;
  const V = lm.vocab.length + 1;
  const score: number[] = [0];
  const h1s: number[] = [BOS_ID];
  const h2s: number[] = [-1];
  const h3s: number[] = [-1];
  const wide = lm.order >= 4;
  const prev: number[] = [-1];
  const edges: (Edge | null)[] = [null];
  const cands: (Candidate | null)[] = [null];
  const ats: number[] = [-1];
  const at: Map<number, number>[] = Array.from({ length: n + 1 }, () => new Map());
  at[0]!.set(-1, 0);
  /** Flag of a state's last word when a context cost is due there (one-word reading of one unit), else -1. */
  function contextFlag(s: number): number {
    const pos = ats[s]!;
    return pos >= 0 && ctx!.flags[pos]! >= 0 && edges[s]!.len === 1 && cands[s]!.ids.length === 1 ? ctx!.flags[pos]! : -1;
  }
  for (let i = 0; i < n; i++) {
    const here = [...at[i]!.values()].sort((a, b) => score[b]! - score[a]!);
    at[i] = new Map();
    const floor = score[here[0]!]! - margin;
    const k = Math.min(beam, here.length);
    for (const edge of lattice[i]!) {
      const target = at[i + edge.len]!;
      for (let si = 0; si < k; si++) {
        const s = here[si]!;
        const base = score[s]!;
        if (base < floor) break;
        const s1 = h1s[s]!;
        const s2 = h2s[s]!;
        const s3 = h3s[s]!;
        const cflag = ctx ? contextFlag(s) : -1;
        for (const c of edge.cands) {
          let sc = base - c.cost;
          if (cflag >= 0) sc -= ctx!.cost(cflag, s2, s1, c.ids[0]!);
          let h1 = s1;
          let h2 = s2;
          let h3 = s3;
          const ids = c.ids;
          if (ids.length === 1) {
            const id = ids[0]!;
            sc += lm.logProb(id, h1, h2, h3);
            h3 = h2;
            h2 = h1;
            h1 = id;
          } else {
            for (const id of ids) {
              sc += lm.logProb(id, h1, h2, h3);
              h3 = h2;
              h2 = h1;
              h1 = id;
            }
          }
          // Small integer (Smi) keys hash fast; a 4-gram model needs the third word in the state too.
          const key = wide ? ((h3 + 1) * V + h2 + 1) * V + h1 : (h2 + 1) * V + h1;
          const old = target.get(key);
          if (old === undefined) {
            target.set(key, score.length);
            score.push(sc);
            h1s.push(h1);
            h2s.push(h2);
            h3s.push(h3);
            prev.push(s);
            edges.push(edge);
            cands.push(c);
            ats.push(i);
          } else if (score[old]! < sc) {
            score[old] = sc;
            h3s[old] = h3;
            prev[old] = s;
            edges[old] = edge;
            cands[old] = c;
            ats[old] = i;
          }
        }
      }
    }
  }
  let best = -1;
  let bestScore = -Infinity;
  for (const s of at[n]!.values()) {
    const cflag = ctx ? contextFlag(s) : -1;
    const sc = score[s]! + lm.logProb(EOS_ID, h1s[s]!, h2s[s]!, h3s[s]!) - (cflag >= 0 ? ctx!.cost(cflag, h2s[s]!, h1s[s]!, EOS_ID) : 0);
    if (sc > bestScore) {
      bestScore = sc;
      best = s;
    }
  }
  const path: PathStep[] = [];
  for (let s = best; s > 0; s = prev[s]!) path.push({ at: ats[s]!, edge: edges[s]!, cand: cands[s]! });
  return path.reverse();
}
