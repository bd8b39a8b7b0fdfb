import { BOS_ID, EOS_ID, type LanguageModel } from '../lm/index.ts';
import type { Candidate } from './candidates.ts';

/** An edge of the lattice: covers `len` units from its start and offers candidates. */
export interface Edge {
  len: number;
  cands: Candidate[];
}

/** A segment (between sentence boundaries): edges starting at each unit. */
export type Lattice = Edge[][];

interface State {
  score: number;
  h1: number;
  h2: number;
  prev: State | null;
  edge: Edge | null;
  cand: Candidate | null;
  /** Position of the edge start (for back-tracking). */
  at: number;
}

/** Chosen path: per edge start position, the edge and candidate. */
export interface PathStep {
  at: number;
  edge: Edge;
  cand: Candidate;
}

/**
 * Beam Viterbi over a lattice with a trigram LM: score = Σ ln p_LM − Σ channel cost. States are the last
 * two words; at most `beam` states survive per position (default 12).
 */
export function decodeLattice(lm: LanguageModel, lattice: Lattice, beam = 12): PathStep[] {
  const n = lattice.length;
  const states: Map<number, State>[] = Array.from({ length: n + 1 }, () => new Map());
  const start: State = { score: 0, h1: BOS_ID, h2: -1, prev: null, edge: null, cand: null, at: -1 };
  states[0]!.set(-1, start);
  for (let i = 0; i < n; i++) {
    const here = [...states[i]!.values()].sort((a, b) => b.score - a.score).slice(0, beam);
    for (const edge of lattice[i]!) {
      const target = states[i + edge.len]!;
      for (const s of here) {
        for (const c of edge.cands) {
          let score = s.score - c.cost;
          let h1 = s.h1;
          let h2 = s.h2;
          for (const id of c.ids) {
            score += lm.logProb(id, h1, h2);
            h2 = h1;
            h1 = id;
          }
          const key = h2 * 1048576 + h1;
          const old = target.get(key);
          if (!old || old.score < score) target.set(key, { score, h1, h2, prev: s, edge, cand: c, at: i });
        }
      }
    }
    states[i] = new Map(); // free memory as we go
  }
  let best: State | null = null;
  let bestScore = -Infinity;
  for (const s of states[n]!.values()) {
    const sc = s.score + lm.logProb(EOS_ID, s.h1, s.h2);
    if (sc > bestScore) {
      bestScore = sc;
      best = s;
    }
  }
  const path: PathStep[] = [];
  for (let s = best; s && s.edge && s.cand; s = s.prev) path.push({ at: s.at, edge: s.edge, cand: s.cand });
  return path.reverse();
}
