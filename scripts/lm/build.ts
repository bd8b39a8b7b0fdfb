/**
 * Builds the shipped language model: `npm run lm:build [-- --out FILE --no-seeds --exclude-seed h01 --order N --min-counts 1,1,1,2]`.
 * Stages: count (stream the corpus through `xz -dc`) → prune → smooth (modified Kneser–Ney) → write.
 * The plans model is built from every in-domain plan: the seeds and the held-out plans with expected facts
 * (scripts/lib/plans.ts).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildLanguageModel, DEFAULT_MODEL_PATH, PLANS_WEIGHT, SHIPPED_MIN_COUNTS, SHIPPED_ORDER, type CorpusInput } from '../../src/lm/index.ts';
import { sharedDir } from '../lib/shared-dir.ts';
import { heldoutPlanFiles, seedPlanFiles } from '../lib/plans.ts';
import { isCitationNote } from '../../src/lm/corpus-filters.ts';

/** Domain terms shipped with the project (not document text). */
export const DOMAIN_TERMS = path.resolve(import.meta.dirname, '../../dictionaries/party-domain.txt');

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: DEFAULT_MODEL_PATH },
    corpus: { type: 'string', default: path.join(sharedDir(), 'corpus/phapdien.txt.xz') },
    seeds: { type: 'string', default: path.join(sharedDir(), 'seeds') },
    // No plans model at all; --exclude-seed drops plans by name prefix ("000", "h01").
    'no-seeds': { type: 'boolean', default: false },
    'exclude-seed': { type: 'string', multiple: true, default: [] },
    order: { type: 'string', default: String(SHIPPED_ORDER) },
    // Minimum count per order (n ≥ 2 pruned), comma-separated.
    'min-counts': { type: 'string', default: SHIPPED_MIN_COUNTS.join(',') },
  },
});

async function main(): Promise<void> {
  // Generic Party-document terms (committee names, document types, roles from Hướng dẫn 36-HD/VPTW),
  // absent from the legal corpus; repeated so they count like attested text, not like one stray line.
  const domain = (await readFile(DOMAIN_TERMS, 'utf8')).split('\n').filter(Boolean);
  const inputs: CorpusInput[] = [values.corpus, { name: 'party-domain.txt', lines: Array.from({ length: 20 }, () => domain).flat() }];
  const plans: string[] = [];
  if (!values['no-seeds']) {
    const files = [...(await seedPlanFiles(values.seeds)), ...(await heldoutPlanFiles())];
    for (const f of files) if (!values['exclude-seed'].some((x) => path.basename(f).startsWith(x))) plans.push(f);
  }
  const t0 = Date.now();
  // The plans get their own small model, interpolated at load time (λ = PLANS_WEIGHT): counted into the
  // 16.7 M-syllable corpus they would weigh next to nothing (measured: 98.26 % vs 99.11 % on held-out plans).
  let mixWith: { file: string; weight: number } | undefined;
  if (plans.length) {
    const file = path.basename(values.out).replace(/\.vblm$/, '') + '.plans.vblm';
    const own = await buildLanguageModel(plans, { order: 3, minCounts: [1, 1, 1] }, { builtAt: new Date().toISOString(), role: 'in-domain model of Party plans' });
    await mkdir(path.dirname(values.out), { recursive: true });
    await writeFile(path.join(path.dirname(values.out), file), own.bytes);
    console.log(`[write] ${file} (${plans.map((f) => path.basename(f).slice(0, 3)).join(' ')}): ${JSON.stringify(own.summary)}`);
    mixWith = { file, weight: PLANS_WEIGHT };
  }
  console.log(`[count] ${inputs.join(', ')}`);
  const { bytes, summary } = await buildLanguageModel(
    inputs,
    {
      order: Number(values.order),
      minCounts: values['min-counts'].split(',').map(Number),
      formulaic: isCitationNote,
      onProgress: (n) => process.stdout.write(`\r[count] ${n.toLocaleString('en')} lines`),
    },
    { builtAt: new Date().toISOString(), licence: 'statistics of public-domain legal text (see dictionaries/README.md)', ...(mixWith ? { mixWith } : {}) },
  );
  process.stdout.write('\n');
  console.log('[prune+smooth]', JSON.stringify(summary));
  await mkdir(path.dirname(values.out), { recursive: true });
  await writeFile(values.out, bytes);
  console.log(`[write] ${values.out}: ${(bytes.length / 1e6).toFixed(2)} MB in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

await main();
