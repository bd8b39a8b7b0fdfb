/**
 * Error lists of the repair benchmark (same leave-one-out models as bench:repair):
 * `npx tsx scripts/bench/repair-errors.ts [--set all|seeds] [--only h01] [--mode stripped|legacy|ocr]`
 * (`all`, the default: every in-domain plan, each with a plans model of all the others).
 * Prints each wrong syllable/word with its context: truth → input → output.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadLanguageModel } from '../../src/lm/index.ts';
import { corpusOnlyModel, heldOutModel } from '../lib/loo-base.ts';
import { createRepairer } from '../../src/repair/index.ts';
import { normalizeText, stripMarks } from '../../src/vietnamese/index.ts';
import { loadPlans } from '../lib/plans.ts';
import { engOcr, plainFromMarkdown } from '../lib/eng-ocr.ts';
import { syllablesOf, wordsOf } from '../lib/metrics.ts';

const { values } = parseArgs({ options: { only: { type: 'string' }, mode: { type: 'string', default: 'stripped' }, model: { type: 'string' }, set: { type: 'string', default: 'all' } } });
const CACHE = path.resolve('.cache');

/** Word alignment (Levenshtein backtrace): pairs of [ref, hyp] with '' for gaps. */
function align(r: string[], h: string[]): [string, string][] {
  const n = r.length;
  const m = h.length;
  const d = Array.from({ length: n + 1 }, (_, i) => Int32Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (r[i - 1] === h[j - 1] ? 0 : 1));
  const out: [string, string][] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && d[i]![j] === d[i - 1]![j - 1]! + (r[i - 1] === h[j - 1] ? 0 : 1)) {
      out.push([r[i - 1]!, h[j - 1]!]);
      i--;
      j--;
    } else if (i > 0 && d[i]![j] === d[i - 1]![j]! + 1) {
      out.push([r[i - 1]!, '']);
      i--;
    } else {
      out.push(['', h[j - 1]!]);
      j--;
    }
  }
  return out.reverse();
}

const base = values.model ? await loadLanguageModel(values.model) : await corpusOnlyModel(CACHE);
const plans = await loadPlans(values.set === 'seeds' ? ['seeds'] : ['seeds', 'heldout']);
const pool = new Map(plans.map((d) => [d.name, d.text]));
for (const { name, text: truth, legacyFile } of plans) {
  if (values.only && !name.startsWith(values.only)) continue;
  const model = heldOutModel(base, pool, name);
  const repairer = createRepairer({ model });
  console.log(`== ${name}`);
  if (values.mode === 'stripped') {
    const r = syllablesOf(truth);
    const h = syllablesOf(repairer.repair(stripMarks(truth)).text);
    for (let i = 0; i < r.length; i++) {
      if (r[i] !== h[i]) console.log(`${r.slice(Math.max(0, i - 3), i).join(' ')} [${r[i]} → ${h[i]}] ${r.slice(i + 1, i + 4).join(' ')}`);
    }
  } else {
    const pairs: { truth: string; input: string }[] = [];
    if (values.mode === 'legacy') {
      if (!existsSync(legacyFile)) continue;
      const fx = JSON.parse(await readFile(legacyFile, 'utf8')) as { pages: { text: string; legacyText?: string }[] };
      for (const p of fx.pages) if (p.legacyText !== undefined) pairs.push({ truth: normalizeText(p.text, 'old'), input: p.legacyText });
    } else {
      for (const p of await engOcr(plainFromMarkdown(truth), path.join(CACHE, 'ocr'))) pairs.push({ truth: p.truth, input: p.ocr });
    }
    for (const p of pairs) {
      const out = repairer.repair(p.input).text;
      const r = wordsOf(p.truth);
      const a = align(r, wordsOf(out));
      // input words aligned to the output via a second alignment, for display
      const ai = align(wordsOf(out), wordsOf(p.input));
      const inputOf: string[] = [];
      for (const [o, i] of ai) if (o !== '') inputOf.push(i); else if (inputOf.length) inputOf[inputOf.length - 1] += `+${i}`;
      let k = 0;
      const ref: string[] = a.map((x) => x[0]);
      for (let q = 0; q < a.length; q++) {
        const [t, o] = a[q]!;
        const inp = o !== '' ? inputOf[k++] : '';
        if (t !== o) {
          const ctx = ref.slice(Math.max(0, q - 3), q).filter(Boolean).join(' ');
          const after = ref.slice(q + 1, q + 3).filter(Boolean).join(' ');
          console.log(`${ctx} [${t || '∅'} ← ${inp || '∅'} → ${o || '∅'}] ${after}`);
        }
      }
    }
  }
}
