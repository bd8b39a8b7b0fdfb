import type { ToneStyle } from '../vietnamese/index.ts';
import { HashIndex } from './hash-index.ts';
import { ID_LIMIT } from './keys.ts';
import { UNK_ID } from './tokens.ts';
import type { LanguageModel } from './language-model.ts';
import type { ModelData } from './format.ts';

/** A backoff n-gram model (interpolated Kneser–Ney probabilities + backoff weights) of order ≤ 4. */
export class NgramModel implements LanguageModel {
  readonly order: number;
  readonly toneStyle: ToneStyle;
  readonly vocab: readonly string[];
  readonly info: LanguageModel['info'];
  private readonly ids: Map<string, number>;
  private readonly uniP: Float32Array;
  private readonly uniB: Float32Array;
  private readonly biIdx: HashIndex | null;
  private readonly freqs: Float32Array | undefined;
  private readonly biP: Float32Array;
  private readonly biB: Float32Array;
  private readonly triIdx: HashIndex | null;
  private readonly triP: Float32Array;
  private readonly triB: Float32Array;
  /** 4-grams, keyed by (trigram entry of the context)·2¹⁶ + word (see keys.ts). */
  private readonly quadIdx: HashIndex | null;
  private readonly quadP: Float32Array;
  private readonly caps: Float32Array | undefined;
  private readonly capAfter: { idx: HashIndex; rates: Float32Array } | null;
  private readonly capBefore: { idx: HashIndex; rates: Float32Array } | null;
  readonly abbreviations: Readonly<Record<string, string>>;

  constructor(data: ModelData, info: LanguageModel['info'] = {}) {
    this.order = data.header.order;
    this.toneStyle = data.header.toneStyle;
    this.vocab = data.vocab;
    this.info = { ...info, meta: data.header.meta };
    this.ids = new Map(data.vocab.map((w, i) => [w, i]));
    const [o1, o2, o3, o4] = data.orders;
    this.uniP = o1?.logProb ?? new Float32Array(0);
    this.uniB = o1?.backoff ?? new Float32Array(0);
    this.biIdx = o2 ? new HashIndex(o2.keys) : null;
    this.freqs = data.frequencies;
    this.biP = o2?.logProb ?? new Float32Array(0);
    this.biB = o2?.backoff ?? new Float32Array(0);
    this.triIdx = o3 ? new HashIndex(o3.keys) : null;
    this.triP = o3?.logProb ?? new Float32Array(0);
    this.triB = o3?.backoff ?? new Float32Array(0);
    this.quadIdx = o4 ? new HashIndex(o4.keys) : null;
    this.quadP = o4?.logProb ?? new Float32Array(0);
    this.caps = data.capitalRates;
    const pairs = data.capitalPairs;
    this.capAfter = pairs ? { idx: new HashIndex(pairs.after.keys), rates: pairs.after.rates } : null;
    this.capBefore = pairs ? { idx: new HashIndex(pairs.before.keys), rates: pairs.before.rates } : null;
    this.abbreviations = data.header.abbreviations ?? {};
  }

  capitalRate(id: number): number | undefined {
    return this.caps?.[id];
  }

  capitalRateAfter(h: number, w: number): number | undefined {
    if (!this.capAfter || h < 0) return undefined;
    const i = this.capAfter.idx.get(h * ID_LIMIT + w);
    return i >= 0 ? this.capAfter.rates[i] : undefined;
  }

  capitalRateBefore(w: number, next: number): number | undefined {
    if (!this.capBefore || next < 0) return undefined;
    const i = this.capBefore.idx.get(w * ID_LIMIT + next);
    return i >= 0 ? this.capBefore.rates[i] : undefined;
  }

  /**
   * ln of a word's share of running text, from the file's raw unigram counts (format 3); older files fall
   * back to the unigram. Kneser–Ney's unigram is a *continuation* probability — "dõi", which nearly
   * always follows "theo", gets e^-11 though it is common — so it is the wrong prior for ranking a
   * word's candidate spellings out of context.
   */
  marginalLogProb(id: number): number {
    if (this.freqs) return (this.freqs[id] ?? this.freqs[UNK_ID]) as number;
    return this.logProb(id, -1, -1);
  }

  idOf(word: string): number {
    return this.ids.get(word) ?? UNK_ID;
  }

  logProb(w: number, h1: number, h2: number, h3 = -1): number {
    let bo = 0;
    if (h1 >= 0 && this.biIdx) {
      if (h2 >= 0 && this.triIdx) {
        if (h3 >= 0 && this.quadIdx) {
          const c3 = this.triIdx.get((h3 * ID_LIMIT + h2) * ID_LIMIT + h1);
          if (c3 >= 0) {
            const q = this.quadIdx.get(c3 * ID_LIMIT + w);
            if (q >= 0) return this.quadP[q] as number;
            bo += this.triB[c3] as number;
          }
        }
        const t = this.triIdx.get((h2 * ID_LIMIT + h1) * ID_LIMIT + w);
        if (t >= 0) return bo + (this.triP[t] as number);
        const c = this.biIdx.get(h2 * ID_LIMIT + h1);
        if (c >= 0) bo += this.biB[c] as number;
      }
      const b = this.biIdx.get(h1 * ID_LIMIT + w);
      if (b >= 0) return bo + (this.biP[b] as number);
      bo += this.uniB[h1] as number;
    }
    return bo + (this.uniP[w] ?? (this.uniP[UNK_ID] as number));
  }
}
