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
 * Beam Viterbi over a lattice with a trigram LM: score = Σ ln p_LM − Σ channel cost. States are the last
 * two words; at most `beam` states survive per position (default 6), none more than `margin` nats below
 * the best (default 10). States live in flat arrays (an arena) to keep the inner loop allocation-free.
 */
export function decodeLattice(lm: LanguageModel, lattice: Lattice, beam = 6, margin = 10): PathStep[] {
  const n = lattice.length;
  const V = lm.vocab.length + 1;
  const score: number[] = [0];
  const h1s: number[] = [BOS_ID];
  const h2s: number[] = [-1];
  const prev: number[] = [-1];
  const edges: (Edge | null)[] = [null];
  const cands: (Candidate | null)[] = [null];
  const ats: number[] = [-1];
  const at: Map<number, number>[] = Array.from({ length: n + 1 }, () => new Map());
  at[0]!.set(-1, 0);
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
        for (const c of edge.cands) {
          let sc = base - c.cost;
          let h1 = h1s[s]!;
          let h2 = h2s[s]!;
          for (const id of c.ids) {
            sc += lm.logProb(id, h1, h2);
            h2 = h1;
            h1 = id;
          }
          const key = (h2 + 1) * V + h1; // small integer (Smi) keys hash fast
          const old = target.get(key);
          if (old === undefined) {
            target.set(key, score.length);
            score.push(sc);
            h1s.push(h1);
            h2s.push(h2);
            prev.push(s);
            edges.push(edge);
            cands.push(c);
            ats.push(i);
          } else if (score[old]! < sc) {
            score[old] = sc;
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
    const sc = score[s]! + lm.logProb(EOS_ID, h1s[s]!, h2s[s]!);
    if (sc > bestScore) {
      bestScore = sc;
      best = s;
    }
  }
  const path: PathStep[] = [];
  for (let s = best; s > 0; s = prev[s]!) path.push({ at: ats[s]!, edge: edges[s]!, cand: cands[s]! });
  return path.reverse();
}
