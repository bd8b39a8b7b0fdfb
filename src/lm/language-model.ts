import type { ToneStyle } from '../vietnamese/index.ts';

/** What the decoder needs from a language model. Word ids index `vocab`; ids 0..4 are the special tokens. */
export interface LanguageModel {
  readonly order: number;
  readonly toneStyle: ToneStyle;
  readonly vocab: readonly string[];
  /** Id of a word, or UNK_ID. */
  idOf(word: string): number;
  /** ln p(w | h3 h2 h1); pass -1 for a missing history word (h3 is used by order-4 models only). */
  logProb(w: number, h1: number, h2: number, h3?: number): number;
  /** ln of the word's share of running text (not the Kneser–Ney continuation unigram); for out-of-context priors. */
  marginalLogProb?(id: number): number;
  /** Share of a word's occurrences after another word that are capitalised (undefined: unknown). */
  capitalRate?(id: number): number | undefined;
  /** Capital rate of `w` right after `h`, where the pair is known to differ from `w`'s own rate. */
  capitalRateAfter?(h: number, w: number): number | undefined;
  /** Capital rate of `w` right before `next` ("Thị ủy" vs "thì Ủy ban"), likewise. */
  capitalRateBefore?(w: number, next: number): number | undefined;
  /** Abbreviations written with Đ, by unmarked form ("HDND" → "HĐND"). */
  readonly abbreviations?: Readonly<Record<string, string>>;
  /** Provenance: file, size on disk, load time, build metadata. */
  readonly info: { path?: string; bytes?: number; loadMs?: number; meta?: Record<string, unknown> };
}
