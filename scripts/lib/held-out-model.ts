/**
 * Leave-one-out language models for benchmarks: the shipped model contains the seed plans, so a figure on a
 * seed must come from a model that never saw it — the corpus-only model (legal corpus + Party-domain terms,
 * built once into .cache/) interpolated with a model of the *other* seeds.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildLanguageModel, FORMAT_VERSION, interpolateModels, loadLanguageModel, modelFromLines, type LanguageModel } from '../../src/lm/index.ts';
import { isCitationNote } from '../../src/lm/corpus-filters.ts';
import { sharedDir } from './shared-dir.ts';

const CACHE = path.resolve('.cache');

/** Weight of the other-seeds model against the corpus-only one. */
export const SEED_MODEL_WEIGHT = 0.2;

/** The corpus-only model, built on first use (~1 min) and cached by format version. */
export async function corpusOnlyModel(): Promise<LanguageModel> {
  const file = path.join(CACHE, `lm-corpus-domain.v${FORMAT_VERSION}.vblm`);
  if (!existsSync(file)) {
    console.log('building corpus-only model for leave-one-out (once, ~1 min)…');
    const domain = (await readFile(path.resolve('dictionaries/party-domain.txt'), 'utf8')).split('\n').filter(Boolean);
    const { bytes } = await buildLanguageModel(
      [path.join(sharedDir(), 'corpus/phapdien.txt.xz'), { name: 'party-domain.txt', lines: Array.from({ length: 20 }, () => domain).flat() }],
      { formulaic: isCitationNote, minCounts: [1, 1, 1] },
    );
    await mkdir(CACHE, { recursive: true });
    await writeFile(file, bytes);
  }
  return loadLanguageModel(file);
}

/** A model for scoring `leaveOut`: corpus-only + every other seed text (`seeds`: name → text). */
export function heldOutModel(base: LanguageModel, seeds: ReadonlyMap<string, string>, leaveOut: string): LanguageModel {
  const others = [...seeds].filter(([n]) => n !== leaveOut).flatMap(([, text]) => text.split('\n'));
  return interpolateModels(base, modelFromLines(others), SEED_MODEL_WEIGHT);
}
