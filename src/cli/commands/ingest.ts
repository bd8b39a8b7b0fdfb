import fs from 'node:fs/promises';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { loadConfig } from '../../config/index.ts';
import type { IntakeOutcome } from '../../model/document-record.ts';
import type { RunRow } from '../../store/schema.ts';
import { collectFiles } from '../collect-files.ts';
import { formatTable } from '../summary-table.ts';

interface IngestOptions {
  out: string;
  reprocess?: boolean;
  ocrEngine?: 'tesseract.js' | 'native';
  toneStyle?: 'old' | 'new';
  progress: boolean;
}

interface Row {
  file: string;
  outcome: IntakeOutcome;
  pages: number | null;
  output: string | null;
}

/** `vanban ingest FILES|DIRS --out DIR`: the whole batch through the pipeline, one JSON per document. */
export function register(program: Command): void {
  program
    .command('ingest')
    .description('Read scanned plans (PDF, images, text) into JSON: one file per document in --out')
    .argument('<paths...>', 'files or directories (recursive)')
    .requiredOption('-o, --out <dir>', 'directory for the JSON of each document')
    .option('--reprocess', 'process files again (a new run) even when their content was ingested before')
    .addOption(new Option('--ocr-engine <engine>', 'OCR engine for this run').choices(['tesseract.js', 'native']))
    .addOption(new Option('--tone-style <style>', 'tone mark placement').choices(['old', 'new']))
    .option('--no-progress', 'no progress bars')
    .action(async (paths: string[], opts: IngestOptions) => {
      process.exitCode = await ingest(paths, opts);
    });
}

async function ingest(paths: string[], opts: IngestOptions): Promise<number> {
  const config = loadConfig();
  const files = await collectFiles(paths);
  await fs.mkdir(opts.out, { recursive: true });
  // Loaded here, not at the top: every CLI start would otherwise pay for the whole runtime.
  const { openRuntime } = await import('../../runtime/open-runtime.ts');
  const { waitForRuns } = await import('../../runtime/wait-for-runs.ts');
  const { ProgressView } = await import('../progress-view.ts');
  const runtime = await openRuntime(config, { log: (m) => process.stderr.write(`${m}\n`) });
  const rows: Row[] = [];
  try {
    const options = { ...(opts.ocrEngine ? { ocrEngine: opts.ocrEngine } : {}), ...(opts.toneStyle ? { toneStyle: opts.toneStyle } : {}) };
    for (const file of files) {
      const { outcome, pageCount } = await runtime.submit({ file, fileName: path.basename(file), reprocess: opts.reprocess ?? false, options });
      rows.push({ file, outcome, pages: pageCount, output: null });
    }
    const byRun = new Map(rows.filter((r) => r.outcome.runId && r.outcome.status !== 'failed').map((r) => [r.outcome.runId as string, r]));
    const names = new Map([...byRun].map(([id, r]) => [id, path.basename(r.file)]));
    if (runtime.mode === 'queue' && byRun.size > 0) {
      process.stderr.write(`${byRun.size} document(s) queued; waiting for \`vanban worker\` processes to read them\n`);
    }
    const view = opts.progress ? new ProgressView(names, byRun.size) : undefined;
    try {
      // In queue mode, unfinished runs are checked for their flow in Redis now and then, so an enqueue lost
      // in a Redis outage (or a Redis that lost its data) is added again instead of waiting forever.
      const onCheck = runtime.mode === 'queue' ? (unfinished: RunRow[]) => runtime.ensureQueued(unfinished) : undefined;
      const runs = await waitForRuns(runtime.store, [...byRun.keys()], { onUpdate: (r) => view?.update(r), ...(onCheck ? { onCheck } : {}) });
      for (const run of runs) {
        const row = byRun.get(run.id);
        if (!row) continue;
        row.pages = run.page_count;
        row.outcome = {
          ...row.outcome,
          status: run.status,
          error: run.error_code ? { code: run.error_code, message: run.error_message ?? '' } : null,
        };
      }
    } finally {
      view?.stop();
    }
    await writeOutputs(runtime.store, rows, opts.out);
  } finally {
    await runtime.close();
  }
  process.stdout.write(
    `${formatTable(
      ['file', 'status', 'pages', 'error', 'document'],
      rows.map((r) => [
        path.relative(process.cwd(), r.file) || r.file,
        r.outcome.status + (r.outcome.duplicate ? ' (same as before)' : ''),
        r.pages === null ? '' : String(r.pages),
        r.outcome.error ? `${r.outcome.error.code}: ${r.outcome.error.message}`.slice(0, 100) : '',
        r.outcome.documentId ?? '',
      ]),
    )}\n`,
  );
  const failed = rows.filter((r) => r.outcome.status === 'failed').length;
  process.stdout.write(`${rows.length} files: ${rows.length - failed} read, ${failed} failed; JSON in ${opts.out}\n`);
  return failed > 0 ? 1 : 0;
}

/** `<name>.json` per read document (the stored, schema-valid plan); a name clash gets the sha256 prefix. */
async function writeOutputs(store: import('../../store/index.ts').Store, rows: Row[], out: string): Promise<void> {
  const used = new Set<string>();
  for (const r of rows) {
    if (!r.outcome.documentId || (r.outcome.status !== 'done' && r.outcome.status !== 'partial')) continue;
    const plan = await store.getCurrentResult(r.outcome.documentId);
    if (plan === undefined) continue;
    const doc = await store.getDocument(r.outcome.documentId);
    let name = `${path.basename(r.file, path.extname(r.file))}.json`;
    if (used.has(name)) name = `${path.basename(r.file, path.extname(r.file))}-${doc?.sha256.slice(0, 8) ?? r.outcome.documentId}.json`;
    used.add(name);
    r.output = path.join(out, name);
    await fs.writeFile(r.output, `${JSON.stringify(plan, null, 2)}\n`);
  }
  const summary = rows.map((r) => ({ file: r.file, ...r.outcome, pages: r.pages, output: r.output }));
  await fs.writeFile(path.join(out, 'ingest-summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
}
