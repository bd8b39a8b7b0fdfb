/**
 * Learns OCR confusion costs: `npx tsx scripts/bench/learn-confusions.ts [--lines 160]`.
 * Renders corpus paragraphs (never the seed documents) to pages, reads them with `tesseract -l eng`,
 * aligns OCR words to the truth, and for each rewrite rule counts how often it explains an aligned pair
 * against how often it could have (it turns the OCR word into some known syllable): cost = −ln((uses + 20·p₀) / (occurrences + 20)), p₀ = e^(−prior cost).
 * Writes dictionaries/ocr-confusions.json, which the repairer uses by default.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadLanguageModel } from '../../src/lm/index.ts';
import { isCitationNote } from '../../src/lm/corpus-filters.ts';
import { CandidateGenerator, normalizeWord } from '../../src/repair/candidates.ts';
import { PRIOR_CONFUSIONS as DEFAULT_CONFUSIONS, type RewriteRule } from '../../src/repair/confusions.ts';
import { KeyIndex } from '../../src/repair/key-index.ts';
import { isSyllable, stripMarks } from '../../src/vietnamese/index.ts';
import { engOcr } from '../lib/eng-ocr.ts';
import { wordsOf } from '../lib/metrics.ts';
import { sharedDir } from '../lib/shared-dir.ts';

const PRIOR_WEIGHT = 20;

const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: '160' },
    every: { type: 'string', default: '2500' },
    // Degrade the rendered pages like a scan first (the legacy fixtures are `mild` scans read by `eng`).
    profile: { type: 'string' },
    // Print the commonest unexplained OCR→truth letter runs: candidates for new rules.
    discover: { type: 'boolean', default: false },
    // Print the table instead of writing dictionaries/ocr-confusions.json.
    'dry-run': { type: 'boolean', default: false },
  },
});

/** Mismatched letter runs between an OCR word and the unmarked truth ("bé"/"bo" → é→o). */
function letterRuns(ocr: string, truth: string): string[] {
  const a = [...ocr];
  const b = [...truth];
  const D = Array.from({ length: a.length + 1 }, (_, i) => Int32Array.from({ length: b.length + 1 }, (_, j) => i + j));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) D[i]![j] = Math.min(D[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), D[i - 1]![j]! + 1, D[i]![j - 1]! + 1);
  const runs: string[] = [];
  let i = a.length;
  let j = b.length;
  let ra = '';
  let rb = '';
  const close = () => {
    if (ra || rb) runs.push(`${ra}→${rb}`);
    ra = rb = '';
  };
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && a[i - 1] === b[j - 1] && D[i]![j] === D[i - 1]![j - 1]) {
      close();
      i--;
      j--;
    } else if (i > 0 && j > 0 && D[i]![j] === D[i - 1]![j - 1]! + 1) {
      ra = a[--i]! + ra;
      rb = b[--j]! + rb;
    } else if (i > 0 && D[i]![j] === D[i - 1]![j]! + 1) ra = a[--i]! + ra;
    else rb = b[--j]! + rb;
  }
  close();
  return runs;
}

async function sampleCorpus(n: number, every: number): Promise<string[]> {
  const child = spawn('xz', ['-dc', path.join(sharedDir(), 'corpus/phapdien.txt.xz')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const rl = createInterface({ input: child.stdout });
  const out: string[] = [];
  let i = 0;
  try {
    for await (const line of rl) {
      if (i++ % every !== 0 || isCitationNote(line) || line.length < 80) continue;
      out.push(line.slice(0, 600));
      if (out.length >= n) break;
    }
  } finally {
    rl.close();
    child.kill();
  }
  return out;
}

function align(a: string[], b: string[]): [string, string][] {
  const n = a.length;
  const m = b.length;
  const D = Array.from({ length: n + 1 }, (_, i) => Int32Array.from({ length: m + 1 }, (_, j) => i + j));
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++) D[i]![j] = Math.min(D[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), D[i - 1]![j]! + 1, D[i]![j - 1]! + 1);
  const pairs: [string, string][] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    if (D[i]![j] === D[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)) {
      pairs.push([a[i - 1]!, b[j - 1]!]);
      i--;
      j--;
    } else if (D[i]![j] === D[i - 1]![j]! + 1) i--;
    else j--;
  }
  return pairs;
}

async function main(): Promise<void> {
  const model = await loadLanguageModel();
  const keys = new KeyIndex(model);
  const gen = new CandidateGenerator(model, keys, DEFAULT_CONFUSIONS);
  const lines = await sampleCorpus(Number(values.lines), Number(values.every));
  // Comma-separated; "clean" = the rendered page as it is. Pages of all profiles are pooled.
  const profiles = (values.profile ?? 'clean').split(',');
  const pages = [];
  for (const pr of profiles) {
    pages.push(...(await engOcr(lines.join('\n'), path.resolve('.cache/ocr'), pr === 'clean' ? {} : { profile: pr as 'mild' | 'hard' })));
  }
  const profile = profiles.join(' + ');
  const runs = new Map<string, number>();
  const examples = new Map<string, string[]>();
  const uses = new Map<RewriteRule, number>();
  const opps = new Map<RewriteRule, number>();
  let pairsN = 0;
  for (const p of pages) {
    for (const [truth, ocr] of align(wordsOf(p.truth), wordsOf(p.ocr))) {
      const t = normalizeWord(truth, 'old');
      const o = ocr.toLowerCase();
      if (!isSyllable(t)) continue;
      pairsN++;
      // An occurrence is a word where the rule could have turned what was read into some real syllable
      // (P → Đ counts in "Pang", not in "phan"): the cost is −ln P(rule was used | it could have been).
      const variants = gen.rewrites(o);
      const could = new Set<RewriteRule>();
      for (const v of variants) if (keys.has(stripMarks(v.text))) for (const r of v.rules) could.add(r);
      const key = stripMarks(t);
      const best = stripMarks(o) === key ? undefined : variants.find((v) => stripMarks(v.text) === key);
      for (const r of best?.rules ?? []) {
        uses.set(r, (uses.get(r) ?? 0) + 1);
        could.add(r);
      }
      for (const r of could) opps.set(r, (opps.get(r) ?? 0) + 1);
      if (stripMarks(o) === key) continue;
      if (!best && values.discover) {
        for (const run of letterRuns(o, key)) {
          runs.set(run, (runs.get(run) ?? 0) + 1);
          const ex = examples.get(run) ?? [];
          if (ex.length < 4) examples.set(run, [...ex, `${ocr}/${truth}`]);
        }
      }
    }
  }
  const rules = DEFAULT_CONFUSIONS.rules.map((r) => {
    const u = uses.get(r) ?? 0;
    const n = opps.get(r) ?? 0;
    // Too little evidence: keep the measured default.
    // Identity-letter rules (d → đ) are invisible in unmarked keys: keep their prior.
    // Bayesian estimate with the prior weight as 20 pseudo-observations: one font's OCR is not every
    // scanner's, so a confusion never seen here keeps some probability.
    const prior = Math.exp(-r.cost);
    const cost = r.from !== r.to ? Math.min(4, Math.max(0.2, -Math.log((u + PRIOR_WEIGHT * prior) / (n + PRIOR_WEIGHT)))) : r.cost;
    return { ...r, cost: Math.round(cost * 100) / 100, uses: u, occurrences: n };
  });
  const out = {
    version: 1,
    source: `tesseract -l eng on ${pages.length} rendered pages of ${lines.length} corpus paragraphs (Liberation Serif 300 dpi; ${profile}), ${pairsN} aligned syllables`,
    rules,
  };
  if (values.discover) {
    console.log('unexplained letter runs (OCR→truth, unmarked):');
    for (const [r, c] of [...runs].sort((x, y) => y[1] - x[1]).slice(0, 60)) console.log(`  ${c}\t${r}\t${(examples.get(r) ?? []).join(' ')}`);
  }
  if (!values['dry-run']) await writeFile(path.resolve('dictionaries/ocr-confusions.json'), `${JSON.stringify(out, null, 1)}\n`);
  for (const r of rules) console.log(`${JSON.stringify(r.from)}→${JSON.stringify(r.to)}${r.start ? ' (start)' : ''}: ${r.uses}/${r.occurrences} → cost ${r.cost}`);
}

await main();
