import { VanbanError } from '../errors/index.ts';
import { BOS, BOS_ID, EOS, SPECIAL_TOKENS } from './tokens.ts';
import { HashIndex } from './hash-index.ts';
import { ID_LIMIT, INDEXED_ORDER, KeyBuffer, MAX_ORDER, packKey } from './keys.ts';

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
  /** Capital rates of a word next to a given neighbour, where they differ from its own rate. */
  capitalPairs?: CapitalPairs;
  /** Abbreviations written with Đ, by their unmarked form ("HDND" → "HĐND"). */
  abbreviations: Record<string, string>;
  tokens: number;
  sentences: number;
}

/** Sparse table of capital rates keyed by a packed word pair (keys ascending). */
export interface PairRates {
  keys: Float64Array;
  rates: Float32Array;
}

/**
 * Capitalisation is a property of names and institutions, i.e. of word pairs: "Thị ủy" is capitalised,
 * "thì Ủy ban" is not; "tổ chức đảng" is lower case, "Đảng" alone mostly not. `after` holds the rate of
 * w after h (key h·2¹⁶ + w), `before` the rate of w before n (key w·2¹⁶ + n).
 */
export interface CapitalPairs {
  after: PairRates;
  before: PairRates;
}

/** Observations a pair needs before its own capital rate is kept. */
const PAIR_MIN_SEEN = 3;
/** A pair's rate is kept only when its log-odds differ from the word's own by more than this. */
const PAIR_MIN_LOGIT_GAP = 1;

const logit = (p: number) => Math.log(p / (1 - p));

function pairTable(seen: Map<number, number>, upper: Map<number, number>, wordRate: (key: number) => number): PairRates {
  const keys: number[] = [];
  for (const [k, n] of seen) {
    if (n < PAIR_MIN_SEEN) continue;
    const prior = wordRate(k);
    // Smoothed towards the word's own rate (one pseudo-observation).
    const r = ((upper.get(k) ?? 0) + prior) / (n + 1);
    if (Math.abs(logit(Math.min(0.996, Math.max(0.004, r))) - logit(Math.min(0.996, Math.max(0.004, prior)))) > PAIR_MIN_LOGIT_GAP) keys.push(k);
  }
  keys.sort((a, b) => a - b);
  return {
    keys: Float64Array.from(keys),
    rates: Float32Array.from(keys, (k) => ((upper.get(k) ?? 0) + wordRate(k)) / ((seen.get(k) as number) + 1)),
  };
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
  private readonly pairSeen = { after: new Map<number, number>(), before: new Map<number, number>() };
  private readonly pairUpper = { after: new Map<number, number>(), before: new Map<number, number>() };
  private readonly abbr = new Map<string, Map<string, number>>();
  /** Order 4: every sentence's ids with boundaries, since 4-gram keys need the final trigram table. */
  private stream = new Uint16Array(0);
  private streamLength = 0;

  /** @param initialKeys starting capacity of each order's key buffer (it grows): small for in-memory models. */
  constructor(order = 3, initialKeys = 1 << 20) {
    if (order < 1 || order > MAX_ORDER) throw new VanbanError('CONFIG_INVALID', `n-gram order must be 1..${MAX_ORDER}`);
    this.order = order;
    this.buffers = Array.from({ length: Math.min(order, INDEXED_ORDER - 1) }, () => new KeyBuffer(initialKeys));
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
    if (caps) {
      const bump = (m: Map<number, number>, k: number) => m.set(k, (m.get(k) ?? 0) + 1);
      for (let i = 0; i < sentence.length; i++) {
        const c = caps[i] ?? -1;
        if (c < 0) continue;
        const w = s[i + 1] as number;
        const after = (s[i] as number) * ID_LIMIT + w;
        const before = w * ID_LIMIT + (s[i + 2] as number);
        bump(this.pairSeen.after, after);
        bump(this.pairSeen.before, before);
        if (c === 1) {
          bump(this.pairUpper.after, after);
          bump(this.pairUpper.before, before);
        }
      }
    }
    this.sentences++;
    this.tokens += sentence.length;
    if (this.order >= INDEXED_ORDER) {
      if (this.streamLength + s.length > this.stream.length) {
        const next = new Uint16Array(Math.max(1 << 20, 2 * (this.streamLength + s.length)));
        next.set(this.stream.subarray(0, this.streamLength));
        this.stream = next;
      }
      this.stream.set(s, this.streamLength);
      this.streamLength += s.length;
    }
    for (let n = 1; n <= this.buffers.length; n++) {
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

  /** 4-gram occurrences as context-indexed keys (see keys.ts), from the id stream and the trigram keys. */
  private indexedOrder(trigrams: Float64Array): OrderCounts {
    const idx = new HashIndex(trigrams);
    const buf = new KeyBuffer();
    const s = this.stream;
    for (let end = 3; end < this.streamLength; end++) {
      const a = s[end - 3] as number;
      const b = s[end - 2] as number;
      const c = s[end - 1] as number;
      // A window crossing a sentence boundary holds <s> after its first word.
      if (b === BOS_ID || c === BOS_ID || s[end] === BOS_ID) continue;
      const ctx = idx.get((a * ID_LIMIT + b) * ID_LIMIT + c);
      if (ctx < 0) throw new VanbanError('MODEL_MISMATCH', '4-gram context missing from the trigram counts');
      buf.push(ctx * ID_LIMIT + (s[end] as number));
    }
    this.stream = new Uint16Array(0);
    this.streamLength = 0;
    return buf.finish();
  }

  finish(minAbbreviation = 5): NgramCounts {
    const orders = this.buffers.map((b) => b.finish());
    if (this.order >= INDEXED_ORDER) orders.push(this.indexedOrder((orders[2] as OrderCounts).keys));
    // Prior: one capitalised occurrence in 50 (most syllables are mostly lower case).
    const capitalRates = Float32Array.from(this.vocab, (_, id) => ((this.capUpper[id] ?? 0) + 0.02) / ((this.capSeen[id] ?? 0) + 1));
    const capitalPairs: CapitalPairs = {
      after: pairTable(this.pairSeen.after, this.pairUpper.after, (k) => capitalRates[k % ID_LIMIT] as number),
      before: pairTable(this.pairSeen.before, this.pairUpper.before, (k) => capitalRates[Math.floor(k / ID_LIMIT)] as number),
    };
    const abbreviations: Record<string, string> = {};
    for (const [plain, forms] of this.abbr) {
      const best = [...forms].sort((a, b) => b[1] - a[1])[0];
      const total = [...forms.values()].reduce((a, b) => a + b, 0);
      if (best && best[1] >= minAbbreviation && best[1] / total >= 0.8 && best[0] !== plain) abbreviations[plain] = best[0];
    }
    return { order: this.order, vocab: [...this.vocab], orders, tokens: this.tokens, sentences: this.sentences, capitalRates, capitalPairs, abbreviations };
  }
}
