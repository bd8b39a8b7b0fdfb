/**
 * The leave-one-out base model of the repair benchmarks: legal corpus + Party-domain terms, never a seed.
 * Built once per (format, order, pruning) into .cache/ (~1 min); delete it after changing the builder.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildLanguageModel, FORMAT_VERSION, interpolateModels, loadLanguageModel, modelFromLines, PLANS_WEIGHT, SHIPPED_MIN_COUNTS, SHIPPED_ORDER, type LanguageModel } from '../../src/lm/index.ts';
import { isCitationNote } from '../../src/lm/corpus-filters.ts';
import { sharedDir } from './shared-dir.ts';

/**
 * The model a document is scored with: the corpus-only base mixed, as the shipped pair is, with a model of
 * every seed text but `leaveOut` (`seeds`: name → text; a held-out plan is none of them).
 */
export function heldOutModel(base: LanguageModel, seeds: ReadonlyMap<string, string>, leaveOut: string, seedOrder = 3, weight = PLANS_WEIGHT): LanguageModel {
  const others = [...seeds].filter(([n]) => n !== leaveOut).flatMap(([, text]) => text.split('\n'));
  return interpolateModels(base, modelFromLines(others, { order: seedOrder }), weight);
}

export async function corpusOnlyModel(cacheDir: string, order = SHIPPED_ORDER, minCounts: readonly number[] = SHIPPED_MIN_COUNTS): Promise<LanguageModel> {
  return cachedModel(cacheDir, 'corpus-domain', [], order, minCounts);
}

/**
 * Corpus + domain terms + the seed files given, counted together into one model (the seeds weigh what
 * their counts weigh), as the shipped model was built before it got a separate plans model.
 */
export async function shippedLikeModel(cacheDir: string, seedFiles: string[], tag: string, order = SHIPPED_ORDER, minCounts: readonly number[] = SHIPPED_MIN_COUNTS): Promise<LanguageModel> {
  return cachedModel(cacheDir, `shipped-without-${tag}`, seedFiles, order, minCounts);
}

async function cachedModel(cacheDir: string, name: string, extra: string[], order: number, minCounts: readonly number[]): Promise<LanguageModel> {
  // (Named by the domain terms' hash too: editing them rebuilds the base.)
  const domainText = await readFile(path.resolve('dictionaries/party-domain.txt'), 'utf8');
  const tag = createHash('sha1').update(domainText).digest('hex').slice(0, 8);
  const file = path.join(cacheDir, `lm-${name}.v${FORMAT_VERSION}.o${order}.m${minCounts.join('-')}.d${tag}.vblm`);
  if (!existsSync(file)) {
    console.log(`building ${name} model for leave-one-out (once, ~1 min)…`);
    const domain = domainText.split('\n').filter(Boolean);
    const { bytes } = await buildLanguageModel(
      [path.join(sharedDir(), 'corpus/phapdien.txt.xz'), { name: 'party-domain.txt', lines: Array.from({ length: 20 }, () => domain).flat() }, ...extra],
      { formulaic: isCitationNote, order, minCounts: [...minCounts] },
    );
    await mkdir(cacheDir, { recursive: true });
    await writeFile(file, bytes);
  }
  return loadLanguageModel(file);
}
