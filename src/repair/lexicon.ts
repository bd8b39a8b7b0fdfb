/**
 * A deployment lexicon: corrections confirmed by reviewers, fed back so the same word comes out right
 * next time.
 *
 * - `phrases`: correct text as reviewers confirmed it ("Phường Tân Định", "Đảng ủy Khối"). Their
 *   syllable n-grams are boosted (a small model built from them is interpolated with the main model) and
 *   syllables new to the model become candidates.
 * - `confusions`: token rewrites seen in review, `from` as OCR read it (one token, case-insensitive),
 *   `to` the confirmed syllable(s), `count` how often it was confirmed (more → cheaper).
 * - `weight`: share of the phrase model in the interpolation. Default 0.15.
 */
export interface RepairLexicon {
  phrases?: string[];
  confusions?: { from: string; to: string; count: number }[];
  weight?: number;
}

/** Channel cost of a confirmed confusion seen `count` times (nats). */
export function confusionCost(count: number): number {
  return Math.max(0.2, 2.5 - Math.log1p(Math.max(0, count)));
}
