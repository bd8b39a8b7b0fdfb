import { readFileSync } from 'node:fs';
import { extractPlan } from './src/extract/index.ts';
const text = readFileSync('fixtures/heldout/h03_hai_chau.txt', 'utf8');
const doc = extractPlan({ pages: [{ number: 1, text, source: 'pdf-text', confidence: 1 }] });
for (const t of doc.tasks) console.log(t.id, t.sectionId, JSON.stringify(t.text.slice(0, 70)), t.responsible.map((r) => `${r.unit}:${r.role}`).join(' | '), t.deadline);
console.log(doc.sections.map(function walk(s: any): string { return `${s.number ?? ''} ${String(s.heading ?? '').slice(0, 30)} [${(s.children ?? []).map(walk).join('; ')}]`; }).join('\n'));
