import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/extract/index.ts';
import { validatePlanDocument } from '../src/model/validate-plan-document.ts';
import type { PlanDocument } from '../src/model/plan-document.ts';
import { prf, scoreDocument, type Expected } from '../scripts/bench/extract-metrics.ts';

// Copies of ../shared/seeds (the user's clean plans), so a clean clone can run the tests.
const SEEDS = new URL('../fixtures/seeds', import.meta.url).pathname;
const expectedDir = new URL('../fixtures/expected/', import.meta.url);
const cases = readdirSync(expectedDir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(new URL(f, expectedDir), 'utf8')) as Expected);

function seedText(seed: string): string {
  try {
    return readFileSync(`${SEEDS}/${seed}.txt`, 'utf8');
  } catch {
    throw new Error(`seed ${seed}.txt not found in ${SEEDS} (the shared seeds folder must be present)`);
  }
}

/** Every item with provenance: its charSpan must lie in its page's text and cover its source text. */
function checkProvenance(doc: PlanDocument): void {
  const items = [...doc.tasks, ...doc.deadlines, ...doc.references, ...doc.shortcomings, ...doc.document.recipients, ...doc.tasks.flatMap((t) => t.responsible)];
  for (const it of items) {
    const page = doc.pages.find((p) => p.number === it.provenance.page);
    expect(page, it.id).toBeDefined();
    const { start, end } = it.provenance.charSpan;
    expect(start).toBeLessThanOrEqual(end);
    expect(end).toBeLessThanOrEqual(page!.text.length);
    const spanned = page!.text.slice(start, end).replace(/[*_#\s]+/g, ' ');
    const head = it.text.replace(/[*_#\s]+/g, ' ').trim().slice(0, 12);
    if (head && end > start) expect(spanned, it.id).toContain(head);
  }
  const ids = [...items.map((i) => i.id), ...Object.values(doc.document.fields).map((f) => f.id)];
  expect(new Set(ids).size).toBe(ids.length);
}

describe('extraction on the seed plans', () => {
  for (const exp of cases) {
    it(`${exp.seed}: F1 ≥ 0.95 on every field against the hand-written facts`, () => {
      const doc = validatePlanDocument(extractPlan({ pages: [{ number: 1, text: seedText(exp.seed), source: 'pdf-text', confidence: 1 }] }));
      const scores = scoreDocument(exp, doc, false);
      for (const [field, c] of Object.entries(scores)) {
        expect(prf(c).f1, `${field}: missed ${c.misses.join(' | ')} extra ${c.extras.join(' | ')}`).toBeGreaterThanOrEqual(0.95);
      }
      checkProvenance(doc);
    });
  }

  it('002: tasks link to the shortcomings of their group and done/ongoing status follows the deadline phrases', () => {
    const doc = extractPlan({ pages: [{ number: 1, text: seedText('002_1391606a0847e6e9'), source: 'pdf-text', confidence: 1 }] });
    const sc = doc.shortcomings.filter((s) => s.text.startsWith('Năng lực lãnh đạo') || s.text.startsWith('Công tác phát triển'));
    expect(sc).toHaveLength(2);
    const t = doc.tasks.find((x) => x.text.startsWith('Ban hành kế hoạch kiểm tra'))!;
    expect(t.shortcomingIds).toEqual(sc.map((s) => s.id));
    expect(t.status).toBe('done');
    expect(t.deadline).toMatchObject({ kind: 'by_month', date: '2026-03-31' });
    expect(doc.tasks.find((x) => x.text.startsWith('Rà soát và thẩm định'))!.status).toBe('ongoing');
    const sections = doc.sections.map((s) => s.number);
    expect(sections).toEqual(['I', 'II', 'III']);
    expect(doc.sections[1]!.children.map((c) => c.number)).toEqual(['1', '2', '3', '4', '5']);
  });
});
