import type { LanguageModel } from './language-model.ts';
import { SPECIAL_TOKENS } from './tokens.ts';

/** ln of the number of unseen words an <unk> probability is shared among. */
const OOV_SHARE = 8;

/**
 * Linear interpolation of a deployment model with the shipped one: p = λ·p_own + (1−λ)·p_base.
 * The vocabulary is the union (base ids first), so a deployment can add syllables or names.
 * @param weight λ, the deployment model's share. Default 0.3.
 */
export function interpolateModels(base: LanguageModel, own: LanguageModel, weight = 0.3): LanguageModel {
  const vocab: string[] = [...base.vocab];
  const ids = new Map(vocab.map((w, i) => [w, i]));
  for (const w of own.vocab) {
    if (!ids.has(w)) {
      ids.set(w, vocab.length);
      vocab.push(w);
    }
  }
  const unkBase = base.idOf(SPECIAL_TOKENS[2]);
  const unkOwn = own.idOf(SPECIAL_TOKENS[2]);
  const toBase = Int32Array.from(vocab, (w) => (base.idOf(w) === unkBase && w !== SPECIAL_TOKENS[2] ? -2 : base.idOf(w)));
  const toOwn = Int32Array.from(vocab, (w) => (own.idOf(w) === unkOwn && w !== SPECIAL_TOKENS[2] ? -2 : own.idOf(w)));
  const lw = Math.log(weight);
  const lb = Math.log(1 - weight);
  const map = (t: Int32Array, id: number, unk: number): number => {
    if (id < 0) return -1;
    const m = t[id] as number;
    return m === -2 ? unk : m;
  };
  // A word one component has never seen gets that component's <unk> mass shared among many unseen
  // words, not all of it (else a small model would favour every word it does not know).
  const oov = (t: Int32Array, w: number) => (w >= 0 && t[w] === -2 ? OOV_SHARE : 0);
  /** A rate of a word pair from the base model when it knows both words and has one, else from the deployment model. */
  const pairRate = (a: number, b: number, rate: (m: LanguageModel, x: number, y: number) => number | undefined): number | undefined => {
    const [ba, bb] = [toBase[a] ?? -2, toBase[b] ?? -2];
    const r = ba >= 0 && bb >= 0 ? rate(base, ba, bb) : undefined;
    if (r !== undefined) return r;
    const [oa, ob] = [toOwn[a] ?? -2, toOwn[b] ?? -2];
    return oa >= 0 && ob >= 0 ? rate(own, oa, ob) : undefined;
  };
  return {
    order: Math.max(base.order, own.order),
    toneStyle: base.toneStyle,
    vocab,
    info: { meta: { interpolated: { weight, base: base.info, own: own.info } } },
    idOf: (w) => ids.get(w) ?? unkBase,
    abbreviations: { ...own.abbreviations, ...base.abbreviations },
    capitalRate(id) {
      const b = toBase[id];
      if (b !== undefined && b >= 0) return base.capitalRate?.(b);
      const o = toOwn[id];
      return o !== undefined && o >= 0 ? own.capitalRate?.(o) : undefined;
    },
    // Pair rates of the base model (a broad corpus), else of the deployment model.
    capitalRateAfter: (h, w) => pairRate(h, w, (m, x, y) => m.capitalRateAfter?.(x, y)),
    capitalRateBefore: (w, next) => pairRate(w, next, (m, x, y) => m.capitalRateBefore?.(x, y)),
    marginalLogProb(w) {
      const lm = (m: LanguageModel, t: Int32Array, unk: number) => {
        const id = map(t, w, unk);
        return m.marginalLogProb ? m.marginalLogProb(id) : m.logProb(id, -1, -1);
      };
      const a = lb - oov(toBase, w) + lm(base, toBase, unkBase);
      const b = lw - oov(toOwn, w) + lm(own, toOwn, unkOwn);
      const m = Math.max(a, b);
      return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
    },
    logProb(w, h1, h2, h3 = -1) {
      // A history word the deployment model has never seen tells it nothing: its <unk>-history guess
      // ("<unk> ," is common where names are <unk>) would otherwise take a λ share ("Minh Tuân ," over
      // "Minh Tuấn ,"). Such a prediction is the base model's alone (still a distribution over w).
      if (h1 >= 0 && toOwn[h1] === -2) return base.logProb(map(toBase, w, unkBase), map(toBase, h1, unkBase), map(toBase, h2, unkBase), map(toBase, h3, unkBase)) - oov(toBase, w);
      const a = lb - oov(toBase, w) + base.logProb(map(toBase, w, unkBase), map(toBase, h1, unkBase), map(toBase, h2, unkBase), map(toBase, h3, unkBase));
      const b = lw - oov(toOwn, w) + own.logProb(map(toOwn, w, unkOwn), map(toOwn, h1, unkOwn), map(toOwn, h2, unkOwn), map(toOwn, h3, unkOwn));
      const m = Math.max(a, b);
      return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
    },
  };
}
