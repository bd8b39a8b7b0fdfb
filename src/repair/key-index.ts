import { isSyllable, stripMarks } from '../vietnamese/index.ts';
import { SPECIAL_TOKENS, type LanguageModel } from '../lm/index.ts';

/** A vocabulary syllable reachable from an unmarked key. */
export interface KeyEntry {
  id: number;
  text: string;
}

/**
 * Index of the model's syllables by unmarked key ("cua" → của, cua, cửa, …), most frequent first, plus a
 * delete-one index for keys one letter away.
 */
export class KeyIndex {
  private readonly byKey = new Map<string, KeyEntry[]>();
  private readonly deletes = new Map<string, string[]>();

  /**
   * @param maxPerKey most frequent forms kept per key (default 10).
   * @param maxRatio forms whose log-frequency (marginal, else unigram) is more than this below the key's commonest
   *   form are dropped (default 7 nats, ≈ 1/1100).
   */
  constructor(model: LanguageModel, maxPerKey = 10, maxRatio = 7) {
    const scored: { key: string; e: KeyEntry; lp: number }[] = [];
    model.vocab.forEach((w, id) => {
      if (id < SPECIAL_TOKENS.length || !isSyllable(w)) return;
      scored.push({ key: stripMarks(w), e: { id, text: w }, lp: model.marginalLogProb?.(id) ?? model.logProb(id, -1, -1) });
    });
    scored.sort((a, b) => b.lp - a.lp);
    const top = new Map<string, number>();
    for (const s of scored) {
      let list = this.byKey.get(s.key);
      if (!list) {
        this.byKey.set(s.key, (list = []));
        top.set(s.key, s.lp);
      }
      // Forms thousands of times rarer than the key's commonest form almost never win; dropping them
      // keeps the lattice small (speed) at a negligible cost in accuracy.
      if (list.length < maxPerKey && s.lp >= (top.get(s.key) as number) - maxRatio) list.push(s.e);
    }
    for (const key of this.byKey.keys()) {
      for (let i = 0; i < key.length; i++) {
        const d = key.slice(0, i) + key.slice(i + 1);
        let l = this.deletes.get(d);
        if (!l) this.deletes.set(d, (l = []));
        if (!l.includes(key)) l.push(key);
      }
    }
  }

  get(key: string): readonly KeyEntry[] | undefined {
    return this.byKey.get(key);
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  /** Keys one insertion, deletion or substitution away from `key` (not `key` itself). */
  neighbours(key: string): string[] {
    const out = new Set<string>();
    for (const k of this.deletes.get(key) ?? []) out.add(k); // key + one letter
    for (let i = 0; i < key.length; i++) {
      const d = key.slice(0, i) + key.slice(i + 1);
      if (this.byKey.has(d)) out.add(d); // key − one letter
      for (const k of this.deletes.get(d) ?? []) if (k.length === key.length) out.add(k); // substitution
    }
    out.delete(key);
    return [...out];
  }
}
