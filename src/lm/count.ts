import { VanbanError } from '../errors/index.ts';
import { BOS, EOS, SPECIAL_TOKENS } from './tokens.ts';
import { ID_LIMIT, KeyBuffer, MAX_ORDER, packKey } from './keys.ts';

/** Raw counts of one order: unique keys ascending and their counts. */
export interface OrderCounts {
  keys: Float64Array;
  counts: Float64Array;
}

/** Stage 1 (count): vocabulary + raw n-gram counts of every order up to `order`. */
export interface NgramCounts {
  order: number;
  vocab: string[];
  orders: OrderCounts[]; // index n-1
  /** Per word id: share of its non-initial occurrences written with a capital (smoothed). */
  capitalRates: Float32Array;
  /** Abbreviations written with Đ, by their unmarked form ("HDND" → "HĐND"). */
  abbreviations: Record<string, string>;
  tokens: number;
  sentences: number;
}

/** Counts sentences of LM tokens. Memory: one 8-byte key per token per order until `finish()`. */
export class NgramCounter {
  readonly order: number;
  private readonly ids = new Map<string, number>();
  private readonly vocab: string[] = [];
  private readonly buffers: KeyBuffer[];
  private tokens = 0;
  private sentences = 0;
  private readonly seq: number[] = [];
  private capSeen: number[] = [];
  private capUpper: number[] = [];
  private readonly abbr = new Map<string, Map<string, number>>();

  constructor(order = 3) {
    if (order < 1 || order > MAX_ORDER) throw new VanbanError('CONFIG_INVALID', `n-gram order must be 1..${MAX_ORDER}`);
    this.order = order;
    this.buffers = Array.from({ length: order }, () => new KeyBuffer());
    for (const t of SPECIAL_TOKENS) this.idOf(t);
  }

  private idOf(w: string): number {
    let id = this.ids.get(w);
    if (id === undefined) {
      id = this.vocab.length;
      if (id >= ID_LIMIT - 1) throw new VanbanError('CONFIG_INVALID', 'vocabulary exceeds 65,535 words');
      this.ids.set(w, id);
      this.vocab.push(w);
    }
    return id;
  }

  /** Adds one sentence (without boundary markers; they are added here). */
  add(sentence: readonly string[], caps?: readonly number[]): void {
    if (sentence.length === 0) return;
    const s = this.seq;
    s.length = 0;
    s.push(this.idOf(BOS));
    sentence.forEach((w, i) => {
      const id = this.idOf(w);
      s.push(id);
      const c = caps?.[i] ?? -1;
      if (c >= 0) {
        this.capSeen[id] = (this.capSeen[id] ?? 0) + 1;
        if (c === 1) this.capUpper[id] = (this.capUpper[id] ?? 0) + 1;
      }
    });
    s.push(this.idOf(EOS));
    this.sentences++;
    this.tokens += sentence.length;
    for (let n = 1; n <= this.order; n++) {
      const buf = this.buffers[n - 1] as KeyBuffer;
      // n-grams ending at positions 1.. (never predicting <s>); orders > 1 may start at <s>.
      for (let end = 1; end < s.length; end++) {
        const from = end - n + 1;
        if (from < 0) continue;
        buf.push(packKey(s, from, n));
      }
    }
  }

  /** Records one abbreviation as written (e.g. "HĐND"), for the unmarked-form table. */
  addAbbreviation(written: string, plain: string): void {
    let m = this.abbr.get(plain);
    if (!m) this.abbr.set(plain, (m = new Map()));
    m.set(written, (m.get(written) ?? 0) + 1);
  }

  finish(minAbbreviation = 5): NgramCounts {
    const orders = this.buffers.map((b) => b.finish());
    // Prior: one capitalised occurrence in 50 (most syllables are mostly lower case).
    const capitalRates = Float32Array.from(this.vocab, (_, id) => ((this.capUpper[id] ?? 0) + 0.02) / ((this.capSeen[id] ?? 0) + 1));
    const abbreviations: Record<string, string> = {};
    for (const [plain, forms] of this.abbr) {
      const best = [...forms].sort((a, b) => b[1] - a[1])[0];
      const total = [...forms.values()].reduce((a, b) => a + b, 0);
      if (best && best[1] >= minAbbreviation && best[1] / total >= 0.8 && best[0] !== plain) abbreviations[plain] = best[0];
    }
    return { order: this.order, vocab: [...this.vocab], orders, tokens: this.tokens, sentences: this.sentences, capitalRates, abbreviations };
  }
}
