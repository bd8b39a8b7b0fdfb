/**
 * The in-domain plans: the three clean seed plans (shared/seeds) and every held-out plan in
 * fixtures/heldout that has its expected facts (`expected/<name>.json`), so a new plan joins the plans model
 * (`npm run lm:build`) and the leave-one-out benchmarks as soon as its text and facts are committed.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { normalizeText } from '../../src/vietnamese/index.ts';
import { sharedDir } from './shared-dir.ts';

export const HELDOUT_DIR = path.resolve(import.meta.dirname, '../../fixtures/heldout');
const SEED_SCANS = path.resolve(import.meta.dirname, '../../fixtures/scans');

export interface PlanDoc {
  /** File name ("000_….txt", "h01_….txt"); its first three characters tag it ("000", "h01"). */
  name: string;
  file: string;
  group: 'seeds' | 'heldout';
  /** Text in the one tone style repair writes (002 mixes uỷ and ủy). */
  text: string;
  /** Ground truth of the English-model legacy scan (may not exist). */
  legacyFile: string;
}

export async function seedPlanFiles(dir = path.join(sharedDir(), 'seeds')): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
}

/** Held-out plan texts with expected facts (a text still being written, without facts, is left out). */
export async function heldoutPlanFiles(dir = HELDOUT_DIR): Promise<string[]> {
  return (await readdir(dir))
    .filter((f) => f.endsWith('.txt') && existsSync(path.join(dir, 'expected', f.replace(/\.txt$/, '.json'))))
    .sort()
    .map((f) => path.join(dir, f));
}

export async function loadPlans(groups: readonly PlanDoc['group'][] = ['seeds', 'heldout']): Promise<PlanDoc[]> {
  const out: PlanDoc[] = [];
  for (const group of groups) {
    const files = group === 'seeds' ? await seedPlanFiles() : await heldoutPlanFiles();
    const scans = group === 'seeds' ? SEED_SCANS : path.join(HELDOUT_DIR, 'scans');
    for (const file of files) {
      const name = path.basename(file);
      const text = normalizeText(await readFile(file, 'utf8'), 'old');
      out.push({ name, file, group, text, legacyFile: path.join(scans, `plan-${name.split('_')[0] ?? name}.legacy.gt.json`) });
    }
  }
  return out;
}
