import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { VanbanError } from '../../errors/index.ts';
import { buildLanguageModel } from '../../lm/index.ts';

/** `vanban lm build --corpus FILES… --out FILE [--order 3] [--min-trigram 1] [--min-fourgram 2] [--tone-style old]` */
export function register(program: Command): void {
  const lm = program.command('lm').description('Language models for repair');
  lm.command('build')
    .description('Build a syllable n-gram model (modified Kneser–Ney) from clean Vietnamese text files (.txt or .xz)')
    .requiredOption('--corpus <files...>', 'clean, correctly marked text files, one paragraph per line')
    .requiredOption('--out <file>', 'output model file (.vblm)')
    .option('--order <n>', 'n-gram order (1–4)', '3')
    .option('--min-trigram <n>', 'minimum count to keep a trigram', '1')
    .option('--min-fourgram <n>', 'minimum count to keep a 4-gram (order 4)', '2')
    .option('--tone-style <style>', 'tone placement to normalise to: old or new', 'old')
    .action(async (opts: { corpus: string[]; out: string; order: string; minTrigram: string; minFourgram: string; toneStyle: string }) => {
      if (opts.toneStyle !== 'old' && opts.toneStyle !== 'new') throw new VanbanError('CONFIG_INVALID', '--tone-style must be old or new');
      const { bytes, summary } = await buildLanguageModel(opts.corpus, {
        order: Number(opts.order),
        minCounts: [1, 1, Number(opts.minTrigram), Number(opts.minFourgram)],
        toneStyle: opts.toneStyle,
      });
      await mkdir(path.dirname(path.resolve(opts.out)), { recursive: true });
      await writeFile(opts.out, bytes);
      process.stderr.write(`${JSON.stringify(summary)}\nwrote ${opts.out} (${bytes.length} bytes)\n`);
    });
}
