/**
 * Leave-one-out language models for benchmarks: the shipped model contains the seed plans, so a figure on a
 * seed must come from a model that never saw it — the corpus-only base (loo-base.ts) interpolated, as the
 * shipped pair is, with a model of the *other* seeds.
 */
import path from 'node:path';
import { interpolateModels, modelFromLines, PLANS_WEIGHT, type LanguageModel } from '../../src/lm/index.ts';
import { corpusOnlyModel as cachedCorpusOnly } from './loo-base.ts';

/** The corpus-only base model with the shipped order and pruning (cached in .cache/). */
export function corpusOnlyModel(): Promise<LanguageModel> {
  return cachedCorpusOnly(path.resolve('.cache'));
}

/** A model for scoring `leaveOut`: corpus-only + every other seed text (`seeds`: name → text). */
export function heldOutModel(base: LanguageModel, seeds: ReadonlyMap<string, string>, leaveOut: string): LanguageModel {
  const others = [...seeds].filter(([n]) => n !== leaveOut).flatMap(([, text]) => text.split('\n'));
  return interpolateModels(base, modelFromLines(others), PLANS_WEIGHT);
}
