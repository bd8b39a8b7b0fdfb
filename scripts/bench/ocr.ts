/**
 * `npm run bench:ocr` — OCR accuracy, speed and memory on the committed scan fixtures.
 *
 *   npm run bench:ocr -- [--profiles clean,mild,hard] [--limit 4] [--workers N] [--engines tesseract.js,native]
 *                        [--dir fixtures/scans] [--json out.json] [--verbose]
 *
 * Per profile: CER, WER, diacritic-blind CER (pooled over pages), seconds/page and pages/min with 1 and
 * N workers (N = cores), peak RSS; the same for the native `tesseract` when installed, with the speed
 * ratio. Each (engine, workers) configuration runs in its own child process so its peak memory is its
 * own: the child's maxRSS (tesseract.js workers are threads of that process) and a /proc sample of the
 * whole process tree (native workers are child processes).
 */
import { execFileSync, fork } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { errorRates, poolScores, scoreText, type TextScore } from '../../src/eval/index.ts';
import { benchPages, type BenchPage } from './bench-pages.ts';
import { sampleTreeRss } from './rss-sampler.ts';

type EngineName = 'tesseract.js' | 'native';

interface ChildJob {
  engine: EngineName;
  workers: number;
  pages: [string, BenchPage[]][];
}

interface PageResult {
  label: string;
  text: string;
  seconds: number;
  confidence: number;
  cleanup: string[];
  error?: string;
}

interface ChildResult {
  startupSeconds: number;
  /** cpuSeconds: this process (worker threads included) + its reaped children (native tesseract). */
  profiles: { profile: string; wallSeconds: number; cpuSeconds: number; pages: PageResult[] }[];
  maxRssMb: number;
  /** 1-minute load average before and after: wall-time figures mean little on a busy machine. */
  load: [number, number];
}

interface RunResult extends ChildResult {
  engine: EngineName;
  workers: number;
  treePeakMb: number;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TARGETS = { cleanMildCer: 0.005, hardCer: 0.03, speedup2: 1.8, rssPerWorkerMb: 400 };

// Loaded lazily: only the measuring child processes need the OCR front.
const loadOcrFront = () => import('../../src/ocr/index.ts');

/** CPU seconds of this process and its waited-for children, from /proc/self/stat (clock ticks of 10 ms). */
function cpuSeconds(): number {
  try {
    const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // fields 14–17 of stat(5) (utime stime cutime cstime) are 11–14 after the comm field
    return [11, 12, 13, 14].reduce((s, i) => s + Number(f[i]), 0) / 100;
  } catch {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  }
}

// ---- child: one engine configuration over all pages ----------------------------------------------
async function runChild(job: ChildJob): Promise<ChildResult> {
  const { createOcrEngine, recognizePage, DEFAULT_LIMITS } = await loadOcrFront();
  const t0 = performance.now();
  const engine = await createOcrEngine({ engine: job.engine, workers: job.workers });
  const startupSeconds = (performance.now() - t0) / 1000;
  const load0 = loadavg()[0]!;
  try {
    const profiles: ChildResult['profiles'] = [];
    for (const [profile, pages] of job.pages) {
      const results: PageResult[] = new Array(pages.length);
      let next = 0;
      const lane = async (): Promise<void> => {
        while (next < pages.length) {
          const i = next++;
          const p = pages[i]!;
          const s = performance.now();
          try {
            const r = await recognizePage(p.pdf, p.page, { engine, limits: DEFAULT_LIMITS });
            results[i] = { label: p.label, text: r.text, seconds: (performance.now() - s) / 1000, confidence: r.confidence, cleanup: r.cleanup ?? [] };
          } catch (e) {
            results[i] = { label: p.label, text: '', seconds: (performance.now() - s) / 1000, confidence: 0, cleanup: [], error: String(e) };
          }
        }
      };
      const w0 = performance.now();
      const c0 = cpuSeconds();
      await Promise.all(Array.from({ length: Math.min(job.workers, pages.length) }, lane));
      profiles.push({ profile, wallSeconds: (performance.now() - w0) / 1000, cpuSeconds: cpuSeconds() - c0, pages: results });
    }
    return { startupSeconds, profiles, maxRssMb: process.resourceUsage().maxRSS / 1024, load: [load0, loadavg()[0]!] };
  } finally {
    await engine.terminate();
  }
}

// ---- parent ---------------------------------------------------------------------------------------
function runConfig(job: ChildJob): Promise<RunResult> {
  return new Promise((res, rej) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child'], {
      execArgv: process.execArgv, // the tsx loader
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    });
    const sampler = sampleTreeRss(child.pid!);
    let result: ChildResult | undefined;
    child.on('message', (m) => {
      const msg = m as { ready?: true } & Partial<ChildResult>;
      if (msg.ready) child.send(job);
      else result = msg as ChildResult;
    });
    child.on('error', rej);
    child.on('exit', (code) => {
      const treePeakMb = sampler.stop();
      if (result) res({ ...result, engine: job.engine, workers: job.workers, treePeakMb });
      else rej(new Error(`bench child (${job.engine}, ${job.workers} workers) exited with ${code}`));
    });
  });
}

function nativeAvailable(): boolean {
  try {
    execFileSync('tesseract', ['--version'], { stdio: 'ignore' });
    const langs = execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
    return /^vie$/m.test(langs);
  } catch {
    return false;
  }
}

const pct = (x: number): string => `${(x * 100).toFixed(2)} %`;
const num = (x: number, d = 1): string => x.toFixed(d);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]): string => r.map((v, c) => (c === 0 || c === 1 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

async function main(): Promise<void> {
  const cores = availableParallelism();
  const { values } = parseArgs({
    options: {
      profiles: { type: 'string', default: 'clean,mild,hard' },
      // 4 pages: an even count, so 2 workers are not left with one straggler page (3 pages cap 2 workers at 1.5×).
      limit: { type: 'string', default: '4' },
      workers: { type: 'string', default: String(cores) },
      engines: { type: 'string' },
      dir: { type: 'string', default: join(repoRoot, 'fixtures/scans') },
      json: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      child: { type: 'boolean', default: false },
    },
  });
  if (values.child) {
    process.once('message', (job) => {
      runChild(job as ChildJob).then(
        (r) => process.send!(r, () => process.exit(0)),
        (e: unknown) => {
          process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
          process.exit(1);
        },
      );
    });
    process.send!({ ready: true });
    return;
  }

  const profiles = values.profiles.split(',').map((s) => s.trim()).filter(Boolean);
  const limit = Number(values.limit);
  const n = Number(values.workers);
  if (!Number.isInteger(limit) || limit < 1) throw new Error('--limit must be a positive integer');
  if (!Number.isInteger(n) || n < 1) throw new Error('--workers must be a positive integer');
  const hasNative = nativeAvailable();
  const engines: EngineName[] = values.engines
    ? (values.engines.split(',').map((s) => s.trim()) as EngineName[])
    : hasNative
      ? ['tesseract.js', 'native']
      : ['tesseract.js'];
  if (engines.includes('native') && !hasNative) throw new Error('native engine requested but `tesseract` with the vie model is not installed');
  const pages = benchPages(values.dir, profiles, limit);
  const workerCounts = [...new Set([1, n])];
  process.stdout.write(
    `OCR bench: ${profiles.map((p) => `${p} ${pages.get(p)!.length}p`).join(', ')}; engines ${engines.join(', ')}; workers ${workerCounts.join(' and ')} (${cores} cores)\n`,
  );

  const runs: RunResult[] = [];
  for (const engine of engines) {
    for (const workers of workerCounts) {
      const t0 = performance.now();
      const r = await runConfig({ engine, workers, pages: [...pages.entries()] });
      runs.push(r);
      process.stdout.write(`  ran ${engine} × ${workers} worker(s) in ${num((performance.now() - t0) / 1000)} s\n`);
    }
  }

  // ---- figures -------------------------------------------------------------------------------------
  interface Row {
    engine: EngineName;
    profile: string;
    pages: number;
    score: TextScore;
    secPerPage1: number;
    cpuPerPage1: number;
    cpuPerPageN: number;
    ppm1: number;
    ppmN: number;
    rss1: number;
    rssN: number;
  }
  const rows: Row[] = [];
  const perPage: string[] = [];
  for (const engine of engines) {
    const one = runs.find((r) => r.engine === engine && r.workers === 1)!;
    const many = runs.find((r) => r.engine === engine && r.workers === n)!;
    for (const profile of profiles) {
      const gt = pages.get(profile)!;
      const p1 = one.profiles.find((p) => p.profile === profile)!;
      const pN = many.profiles.find((p) => p.profile === profile)!;
      const scores = p1.pages.map((r, i) => scoreText(gt[i]!.text, r.text));
      scores.forEach((s, i) => {
        const r = p1.pages[i]!;
        const e = errorRates(s);
        perPage.push(
          `  ${engine.padEnd(12)} ${r.label.padEnd(26)} CER ${pct(e.cer).padStart(8)}  WER ${pct(e.wer).padStart(8)}  ${num(r.seconds)} s  conf ${num(r.confidence, 2)}  ${r.cleanup.join(',')}${r.error ? `  ERROR ${r.error}` : ''}`,
        );
      });
      rows.push({
        engine,
        profile,
        pages: gt.length,
        score: poolScores(scores),
        secPerPage1: p1.wallSeconds / gt.length,
        cpuPerPage1: p1.cpuSeconds / gt.length,
        cpuPerPageN: pN.cpuSeconds / gt.length,
        ppm1: (60 * gt.length) / p1.wallSeconds,
        ppmN: (60 * gt.length) / pN.wallSeconds,
        rss1: Math.max(one.maxRssMb, one.treePeakMb),
        rssN: Math.max(many.maxRssMb, many.treePeakMb),
      });
    }
  }

  const multi = n > 1;
  const header = [
    'engine', 'profile', 'pages', 'CER', 'WER', 'CER no-marks', 's/page', 'CPU s/page', 'pages/min 1w',
    ...(multi ? [`pages/min ${n}w`, 'speed-up'] : []),
    'peak RSS 1w',
    ...(multi ? [`peak RSS ${n}w`, 'RSS/worker', 'marginal/worker'] : []),
  ];
  const body = rows.map((r) => {
    const e = errorRates(r.score);
    return [
      r.engine,
      r.profile,
      String(r.pages),
      pct(e.cer),
      pct(e.wer),
      pct(e.cerNoDiacritics),
      num(r.secPerPage1, 2),
      multi ? `${num(r.cpuPerPage1, 2)}/${num(r.cpuPerPageN, 2)}` : num(r.cpuPerPage1, 2),
      num(r.ppm1),
      ...(multi ? [num(r.ppmN), `${num(r.ppmN / r.ppm1, 2)}×`] : []),
      `${num(r.rss1, 0)} MB`,
      // Per worker: the whole process peak shared out (an upper bound), and what each extra worker adds.
      ...(multi ? [`${num(r.rssN, 0)} MB`, `${num(r.rssN / n, 0)} MB`, `${num((r.rssN - r.rss1) / (n - 1), 0)} MB`] : []),
    ];
  });
  process.stdout.write(`\n${table([header, ...body])}\n`);
  const empty = runs.flatMap((r) => r.profiles.flatMap((p) => p.pages.filter((pg) => !pg.text.trim()).map((pg) => `${r.engine}×${r.workers} ${pg.label}${pg.error ? `: ${pg.error}` : ''}`)));
  if (empty.length) process.stdout.write(`  WARNING: no text from ${empty.length} page run(s): ${empty.slice(0, 4).join('; ')}\n`);
  for (const r of runs) {
    process.stdout.write(
      `  ${r.engine} × ${r.workers}: start-up ${num(r.startupSeconds, 2)} s, child maxRSS ${num(r.maxRssMb, 0)} MB, process-tree peak ${num(r.treePeakMb, 0)} MB, load average ${num(r.load[0])} → ${num(r.load[1])} on ${cores} cores\n`,
    );
  }

  if (engines.length === 2) {
    process.stdout.write('\nnative vs tesseract.js (pages/min ratio):\n');
    for (const profile of profiles) {
      const js = rows.find((r) => r.engine === 'tesseract.js' && r.profile === profile)!;
      const nat = rows.find((r) => r.engine === 'native' && r.profile === profile)!;
      process.stdout.write(`  ${profile.padEnd(7)} 1 worker ${num(nat.ppm1 / js.ppm1, 2)}×${multi ? `   ${n} workers ${num(nat.ppmN / js.ppmN, 2)}×` : ''}\n`);
    }
  }

  if (values.verbose) process.stdout.write(`\nper page (1 worker):\n${perPage.join('\n')}\n`);

  // ---- targets (tesseract.js, the default engine) --------------------------------------------------
  const js = rows.filter((r) => r.engine === 'tesseract.js');
  const checks: [string, boolean][] = [];
  for (const r of js) {
    const c = errorRates(r.score).cer;
    if (r.profile === 'clean' || r.profile === 'mild') checks.push([`${r.profile} CER ${pct(c)} ≤ ${pct(TARGETS.cleanMildCer)}`, c <= TARGETS.cleanMildCer]);
    if (r.profile === 'hard') checks.push([`hard CER ${pct(c)} ≤ ${pct(TARGETS.hardCer)}`, c <= TARGETS.hardCer]);
  }
  if (n >= 2 && js.length) {
    const total1 = js.reduce((s, r) => s + r.pages / r.ppm1, 0);
    const totalN = js.reduce((s, r) => s + r.pages / r.ppmN, 0);
    const busiest = Math.max(...runs.flatMap((r) => r.load));
    const busy = busiest > cores + 0.5 ? ` (machine busy: load average up to ${num(busiest)} on ${cores} cores, wall-time scaling not meaningful)` : '';
    checks.push([`${n} workers ${num(total1 / totalN, 2)}× one worker ≥ ${TARGETS.speedup2}×${busy}`, total1 / totalN >= TARGETS.speedup2]);
  }
  const jsN = runs.find((r) => r.engine === 'tesseract.js' && r.workers === n);
  if (jsN) {
    const per = Math.max(jsN.maxRssMb, jsN.treePeakMb) / n;
    checks.push([`peak RSS per worker ${num(per, 0)} MB ≤ ${TARGETS.rssPerWorkerMb} MB`, per <= TARGETS.rssPerWorkerMb]);
  }
  process.stdout.write(`\ntargets (tesseract.js):\n${checks.map(([t, ok]) => `  ${ok ? 'PASS' : 'MISS'}  ${t}`).join('\n')}\n`);

  if (values.json) writeFileSync(values.json, `${JSON.stringify({ rows, runs }, null, 1)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
