import fs from 'node:fs';
import { once } from 'node:events';
import { Option, type Command } from 'commander';
import { loadConfig } from '../../config/index.ts';
import { VanbanError } from '../../errors/index.ts';
import { toExportRecord } from '../../model/export-record.ts';
import { withCorrections } from '../../store/corrections-apply.ts';
import { exportLabelledExamples } from '../../store/corrections-examples.ts';
import { Store } from '../../store/index.ts';

/** `vanban export --format json|jsonl [--since T]`: current results, streamed (bounded memory). */
export function register(program: Command): void {
  program
    .command('export')
    .description('Export the current result of every document (one record per document)')
    .addOption(new Option('--format <format>', 'json (one array) or jsonl (one record per line)').choices(['json', 'jsonl']).default('jsonl'))
    .option('--since <time>', 'only results updated at or after this ISO 8601 time')
    .option('-o, --out <file>', 'write here instead of stdout')
    .option('--labelled-examples', 'export reviewers\' field corrections as labelled examples (JSONL) instead of plans')
    .action(async (opts: { format: 'json' | 'jsonl'; since?: string; out?: string; labelledExamples?: boolean }) => {
      const since = opts.since === undefined ? undefined : new Date(opts.since);
      if (since && Number.isNaN(since.getTime())) throw new VanbanError('CONFIG_INVALID', `--since is not a time: ${opts.since}`);
      const config = loadConfig();
      const store = await Store.open({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      const out = opts.out ? fs.createWriteStream(opts.out) : process.stdout;
      const write = async (s: string) => {
        if (!out.write(s)) await once(out, 'drain');
      };
      try {
        if (opts.labelledExamples) {
          const examples = exportLabelledExamples(store.db, (id) => store.getCurrentResult(id), since ? { since: since.toISOString() } : {});
          for await (const ex of examples) await write(`${JSON.stringify(ex)}\n`);
          return;
        }
        let first = true;
        if (opts.format === 'json') await write('[');
        for await (const r of store.exportResults({ since })) {
          // Reviewers' corrections are part of the export, marked review.reviewed.
          const json = JSON.stringify(toExportRecord({ ...r, plan: await withCorrections(store.db, r.documentId, r.runId, r.plan) }));
          if (opts.format === 'json') await write(`${first ? '\n' : ',\n'}${json}`);
          else await write(`${json}\n`);
          first = false;
        }
        if (opts.format === 'json') await write(first ? ']\n' : '\n]\n');
      } finally {
        await store.close();
        if (out !== process.stdout) await new Promise((r) => (out as fs.WriteStream).end(r));
      }
    });
}
