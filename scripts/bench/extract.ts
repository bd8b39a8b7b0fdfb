/**
 * npm run bench:extract [-- --mode clean|layout|legacy|scans|all] [--verbose]
 *
 * P/R/F1 per field against the hand-written facts in fixtures/expected/ on:
 *  - clean:  the seed texts (../shared/seeds)
 *  - layout: the ground-truth page text of the generated scans (fixtures/scans/*.clean.gt.json): OCR-like
 *            layout (wrapped lines, plain footnote digits, two columns interleaved), perfect characters
 *  - legacy: the English-model OCR text layer of the legacy scans after repair
 *  - scans:  the scanned PDFs end to end through processDocument (OCR + repair + extraction)
 * Repair in legacy and scans modes uses a leave-one-out model (scripts/lib/loo-base.ts): the shipped
 * model contains the seeds.
 *            Add `--profiles clean,mild,hard` to choose scans (default: all committed profiles),
 *            `--engine native` for the Debian `tesseract` (≈2× faster; default tesseract.js) and
 *            `--ocr-cache DIR` to keep each page's OCR output (keyed by file hash, page and engine) so
 *            later runs re-do only repair + extraction.
 * `--set heldout` scores the held-out plans (fixtures/heldout: texts, expected facts and ground truth, written
 * after the extractor and repair were built and never used to tune them) instead of the seeds; their scan
 * PDFs are not committed but generated on first use into .cache/heldout-scans by the fixture generator.
 * `--only PREFIX[,PREFIX…]` scores only the documents whose name starts with one of them (e.g. `--only h02,h1`); with
 * `--verbose` each document also gets its own ALL (micro) line.
 * Modes whose inputs or stages are missing print why they were skipped.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPlan, type ExtractPage } from '../../src/extract/index.ts';
import { validatePlanDocument } from '../../src/model/validate-plan-document.ts';
import type { PlanDocument } from '../../src/model/plan-document.ts';
import type { OcrPage } from '../../src/model/page.ts';
import { createStageFactory, type StageFactory } from '../../src/pipeline/default-stages.ts';
import type { PipelineStages } from '../../src/pipeline/stages.ts';
import { createRepairer } from '../../src/repair/index.ts';
import type { LanguageModel } from '../../src/lm/index.ts';
import { repairPages, type TextRepairer } from '../../src/pipeline/repair-pages.ts';
import { normalizeText } from '../../src/vietnamese/index.ts';
import { corpusOnlyModel, heldOutModel } from '../lib/loo-base.ts';
import { add, prf, scoreDocument, type Counts, type Expected } from './extract-metrics.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const modeArg = args[args.indexOf('--mode') + 1];
const mode = args.includes('--mode') && modeArg ? modeArg : 'clean';
const verbose = args.includes('--verbose');
const setName = args.includes('--set') ? (args[args.indexOf('--set') + 1] ?? 'seeds') : 'seeds';
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

/** Where a document set keeps its texts, expected facts, scan ground truth and scan PDFs. */
interface DocumentSet {
  textDirs: string[];
  expectedDir: string;
  gtDir: string;
  pdfDir: string;
  /** Generate missing PDFs from textDirs[0] into pdfDir (uncommitted scans). */
  generate: boolean;
}
const SETS: Record<string, DocumentSet> = {
  seeds: {
    textDirs: [join(root, 'fixtures/seeds'), resolve(root, '../shared/seeds')],
    expectedDir: join(root, 'fixtures/expected'),
    gtDir: join(root, 'fixtures/scans'),
    pdfDir: join(root, 'fixtures/scans'),
    generate: false,
  },
  heldout: {
    textDirs: [join(root, 'fixtures/heldout')],
    expectedDir: join(root, 'fixtures/heldout/expected'),
    gtDir: join(root, 'fixtures/heldout/scans'),
    pdfDir: join(root, '.cache/heldout-scans'),
    generate: true,
  },
};
const set = SETS[setName];
if (!set) throw new Error(`unknown --set ${setName} (use ${Object.keys(SETS).join(', ')})`);
const gtDir = set.gtDir;

const expected: Expected[] = readdirSync(set.expectedDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(set.expectedDir, f), 'utf8')) as Expected)
  .filter((e) => !only || only.split(',').some((prefix) => e.seed.startsWith(prefix)));
if (expected.length === 0) throw new Error(`no expected facts in ${set.expectedDir}${only ? ` for --only ${only}` : ''}`);

type Runner = (exp: Expected) => Promise<{ doc: PlanDocument; label: string }[] | string>;

const seedPath = (seed: string) => set.textDirs.map((d) => join(d, `${seed}.txt`)).find((p) => existsSync(p));
const seedId = (seed: string) => seed.split('_')[0] ?? seed;

function gtPages(file: string, field: 'text' | 'legacyText'): ExtractPage[] {
  const gt = JSON.parse(readFileSync(file, 'utf8')) as { pages: { number: number; text: string; legacyText?: string }[] };
  return gt.pages.map((p) => ({ number: p.number, text: (field === 'legacyText' ? p.legacyText : p.text) ?? '', source: 'ocr', confidence: 1 }));
}

const runners: Record<string, { scan: boolean; run: Runner }> = {
  clean: {
    scan: false,
    run: async (exp) => {
      const p = seedPath(exp.seed);
      if (!p) return `seed ${exp.seed}.txt not found`;
      return [{ label: exp.seed, doc: validatePlanDocument(extractPlan({ pages: [{ number: 1, text: readFileSync(p, 'utf8'), source: 'pdf-text', confidence: 1 }] })) }];
    },
  },
  layout: {
    scan: true,
    run: async (exp) => {
      const f = join(gtDir, `plan-${seedId(exp.seed)}.clean.gt.json`);
      if (!existsSync(f)) return `no ${f} (fixtures not on this branch yet)`;
      return [{ label: `plan-${seedId(exp.seed)}.clean.gt`, doc: validatePlanDocument(extractPlan({ pages: gtPages(f, 'text') })) }];
    },
  },
  legacy: {
    scan: true,
    run: async (exp) => {
      const f = join(gtDir, `plan-${seedId(exp.seed)}.legacy.gt.json`);
      if (!existsSync(f)) return `no legacy fixture for ${seedId(exp.seed)}`;
      const repairer = await heldOutRepairer(exp.seed);
      const pages = gtPages(f, 'legacyText').map((p) => ({ ...p, text: repairer.repair(p.text).text, source: 'repaired' as const }));
      return [{ label: `plan-${seedId(exp.seed)}.legacy (repaired)`, doc: validatePlanDocument(extractPlan({ pages })) }];
    },
  },
  scans: {
    scan: true,
    run: async (exp) => {
      const profArg = args.includes('--profiles') ? args[args.indexOf('--profiles') + 1] : undefined;
      const wanted = profArg ? new Set(profArg.split(',')) : undefined;
      if (set.generate) generateScans(seedId(exp.seed), profArg ?? 'clean,hard,legacy');
      const scansDir = set.pdfDir;
      if (!existsSync(scansDir)) return `no ${scansDir}`;
      const pdfs = readdirSync(scansDir).filter(
        (f) => f.startsWith(`plan-${seedId(exp.seed)}.`) && f.endsWith('.pdf') && (!wanted || wanted.has(f.split('.')[1] ?? '')),
      );
      const { processDocument } = await import('../../src/pipeline/process-document.ts');
      const engineArg = args.includes('--engine') ? args[args.indexOf('--engine') + 1] : undefined;
      const ocrEngine = engineArg === 'native' ? 'native' : 'tesseract.js';
      const out: { doc: PlanDocument; label: string }[] = [];
      const repairer = await heldOutRepairer(exp.seed);
      for (const pdf of pdfs) {
        try {
          const stages = { ...(await cachedRecognizer(join(scansDir, pdf), ocrEngine)), repairPages: async (pages: OcrPage[]) => repairPages(repairer, pages) };
          out.push({ label: pdf, doc: await processDocument(join(scansDir, pdf), stages, { runOptions: { ocrEngine, toneStyle: 'old' } }) });
        } catch (e) {
          return `processDocument(${pdf}): ${(e as Error).message}`;
        }
      }
      return out.length ? out : `no scans for ${seedId(exp.seed)}`;
    },
  },
};

/**
 * Scans of an uncommitted set: runs the deterministic fixture generator for the profiles whose PDF is missing
 * from set.pdfDir (≈ 10 s a plan; `legacy` also runs `tesseract -l eng`).
 */
function generateScans(id: string, profiles: string): void {
  const missing = profiles.split(',').filter((p) => !existsSync(join(set!.pdfDir, `plan-${id}.${p}.pdf`)));
  if (!missing.length) return;
  console.log(`generating plan-${id} scans (${missing.join(',')}) into ${set!.pdfDir}`);
  const script = join(root, 'scripts/fixtures/generate.ts');
  const gen = ['--import', join(root, 'bin/register.mjs'), script, '--seeds', set!.textDirs[0]!, '--only', id, '--out', set!.pdfDir, '--profiles', missing.join(',')];
  const r = spawnSync(process.execPath, gen, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) throw new Error(`fixture generator failed for plan-${id}`);
}

/**
 * With `--ocr-cache DIR`: a recognizePage stage that serves a page from DIR when that file (by hash), page
 * and engine were read before, else runs the production OCR and stores its output. Empty object otherwise.
 */
let ocrFactory: StageFactory | undefined;
async function cachedRecognizer(file: string, engine: 'native' | 'tesseract.js'): Promise<Partial<PipelineStages>> {
  const dir = args.includes('--ocr-cache') ? args[args.indexOf('--ocr-cache') + 1] : undefined;
  if (!dir) return {};
  mkdirSync(dir, { recursive: true });
  const hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
  return {
    async recognizePage(path, n, opts) {
      const f = join(dir, `${hash}.${engine}.p${n}.json`);
      if (existsSync(f)) return JSON.parse(readFileSync(f, 'utf8')) as OcrPage;
      ocrFactory ??= createStageFactory({ ocrWorkers: 1 });
      const stages = await ocrFactory.stagesFor({ ocrEngine: engine, toneStyle: 'old' });
      const page = await stages.recognizePage(path, n, opts);
      writeFileSync(f, JSON.stringify(page));
      return page;
    },
  };
}

/**
 * Repair for a seed's OCR text with a model that never saw that seed (the shipped model contains all three:
 * using it here would score repair on text it has memorised).
 */
let baseModel: Promise<LanguageModel> | undefined;
const repairers = new Map<string, TextRepairer>();
async function heldOutRepairer(seed: string): Promise<TextRepairer> {
  let r = repairers.get(seed);
  if (!r) {
    baseModel ??= corpusOnlyModel(resolve(root, '.cache'));
    // The seed texts (a held-out plan is none of them, so it leaves nothing out).
    const dir = SETS.seeds!.textDirs.find((d) => existsSync(d)) ?? '';
    const seeds = new Map(
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => [f.replace(/\.txt$/, ''), normalizeText(readFileSync(join(dir, f), 'utf8'), 'old')] as const),
    );
    r = createRepairer({ model: heldOutModel(await baseModel, seeds, seed), toneStyle: 'old' });
    repairers.set(seed, r);
  }
  return r;
}

const FIELDS = ['references', 'deadlines', 'responsible', 'shortcomings', 'tasks', 'signer', 'recipients', 'number/date/place'];
const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
/** tp, fp, fn in columns of four, each column at least one space apart (large sets print five digits). */
const counts = (c: { tp: number; fp: number; fn: number }) => [c.tp, c.fp, c.fn].map((n) => ` ${String(n).padStart(3)}`).join('');

async function runMode(name: string): Promise<void> {
  const r = runners[name];
  if (!r) throw new Error(`unknown mode ${name}`);
  const totals: Record<string, Counts> = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0, misses: [], extras: [] }]));
  const labels: string[] = [];
  const t0 = performance.now();
  for (const exp of expected) {
    const res = await r.run(exp);
    if (typeof res === 'string') {
      console.log(`[${name}] skipped ${exp.seed}: ${res}`);
      continue;
    }
    for (const { doc, label } of res) {
      labels.push(label);
      const s = scoreDocument(exp, doc, r.scan);
      for (const f of FIELDS) totals[f] = add(totals[f]!, s[f]!);
      if (verbose) {
        const doc = prf(FIELDS.reduce<Counts>((a, f) => add(a, s[f]!), { tp: 0, fp: 0, fn: 0, misses: [], extras: [] }));
        console.log(`  [${label}] ALL (micro) P ${pct(doc.p)} R ${pct(doc.r)} F1 ${pct(doc.f1)}`);
        for (const f of FIELDS) {
          for (const m of s[f]!.misses) console.log(`  [${label}] ${f} missed: ${m}`);
          for (const m of s[f]!.extras) console.log(`  [${label}] ${f} extra:  ${m}`);
        }
      }
    }
  }
  if (labels.length === 0) return;
  console.log(`\nmode ${name}${setName === 'seeds' ? '' : ` (set ${setName})`}: ${labels.length} document(s) in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  console.log(`${'field'.padEnd(20)} ${'P %'.padStart(6)} ${'R %'.padStart(6)} ${'F1 %'.padStart(6)}   tp  fp  fn`);
  let all: Counts = { tp: 0, fp: 0, fn: 0, misses: [], extras: [] };
  for (const f of FIELDS) {
    const c = totals[f]!;
    all = add(all, c);
    const m = prf(c);
    console.log(`${f.padEnd(20)} ${pct(m.p)} ${pct(m.r)} ${pct(m.f1)} ${counts(c)}`);
  }
  const m = prf(all);
  console.log(`${'ALL (micro)'.padEnd(20)} ${pct(m.p)} ${pct(m.r)} ${pct(m.f1)} ${counts(all)}`);
}

for (const m of mode === 'all' ? Object.keys(runners) : [mode]) await runMode(m);
await ocrFactory?.close();
