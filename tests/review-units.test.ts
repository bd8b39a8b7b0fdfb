/* eslint-disable @typescript-eslint/no-explicit-any -- the assertions walk plan JSON by path */
import { describe, expect, it } from 'vitest';
import { applyCorrections, correctPageText } from '../src/review/apply-corrections.ts';
import { buildQueue, collectItems } from '../src/review/review-items.ts';
import { buildReviewPage } from '../src/review/review-pages.ts';
import type { Correction, JsonObject } from '../src/review/review-types.ts';
import { planDocument } from './helpers/review-fixture.ts';

const correction = (id: number, over: Partial<Correction>): Correction => ({
  id, documentId: 'd', target: { kind: 'field', itemId: 'deadline-1', pointer: '/deadlines/0/date' }, before: null, after: null,
  author: 'an', role: 'reviewer', at: `2026-01-0${id}T00:00:00.000Z`, action: 'edit', ...over,
});

describe('review pages', () => {
  it('maps repair tokens onto words by position, with their alternatives and the OCR reading', () => {
    const page = buildReviewPage({
      number: 2, text: 'Đảng ủy xã\nNậm Pồ', confidence: 0.9,
      tokens: [
        { original: 'Pang', text: 'Đảng', confidence: 0.7, alternatives: ['Đăng', 'Đảng'] },
        { original: 'uy', text: 'ủy', confidence: 0.95, alternatives: [] },
        { original: 'xa', text: 'xã', confidence: 0.9, alternatives: ['xa'] },
        { original: 'Nam', text: 'Nậm', confidence: 0.3, alternatives: ['Năm', 'Nam'] },
        { original: 'Po', text: 'Pồ', confidence: 0.4, alternatives: ['Pô'] },
      ],
    });
    const [l0, l1] = page.lines;
    expect(l0?.words.map((w) => w.id)).toEqual(['p2-l0-w0', 'p2-l0-w1', 'p2-l0-w2']);
    expect(l0?.words[0]).toMatchObject({ text: 'Đảng', original: 'Pang', confidence: 0.7, alternatives: ['Đăng'] });
    expect(l1?.words[0]).toMatchObject({ text: 'Nậm', start: 11, confidence: 0.3, alternatives: ['Năm', 'Nam'] });
    expect(l1?.start).toBe(11);
  });

  it('queues words and items below the threshold in reading order', () => {
    const plan = planDocument() as unknown as JsonObject;
    const items = collectItems(plan);
    const page = buildReviewPage({ number: 1, text: 'a b\nc d', confidence: 1, tokens: [
      { text: 'a', confidence: 0.99 }, { text: 'b', confidence: 0.2 }, { text: 'c', confidence: 0.9 }, { text: 'd', confidence: 0.5 },
    ] });
    const q = buildQueue([page], items, 0.8, new Set(['p1-l1-w1']));
    expect(q.map((e) => [e.id, e.reviewed])).toEqual([['p1-l0-w1', false], ['p1-l1-w1', true], ['field-title', false], ['deadline-1', false]]);
    // Metadata fields are items keyed by document.fields; responsible units are their own items.
    expect(items.find((i) => i.id === 'field-issuer-name')?.fields.map((f) => f.pointer)).toEqual(['/document/issuer/name']);
    expect(items.find((i) => i.id === 'resp-1')?.fields.map((f) => f.name)).toEqual(['unit', 'role', 'text']);
  });
});

describe('applying corrections', () => {
  it('replaces words by their index and keeps provenance spans on the same text', () => {
    const { text, edits } = correctPageText('Ha Noi, ngay 1', 1, new Map([['p1-l0-w0', 'Hà'], ['p1-l0-w1', 'Nội,']]));
    expect(text).toBe('Hà Nội, ngay 1');
    expect(edits.map((e) => [e.start, e.end, e.text])).toEqual([[0, 2, 'Hà'], [3, 7, 'Nội,']]);
    // A longer word shifts the spans of everything after it on that page.
    const plan = planDocument() as unknown as JsonObject;
    const out = applyCorrections(plan, [correction(1, { target: { kind: 'word', wordId: 'p1-l3-w7', page: 1 }, before: 'Mjnh', after: 'Minh(Cao)' })]) as any;
    const task = out.tasks[0];
    expect(out.pages[0].text.slice(task.provenance.charSpan.start, task.provenance.charSpan.end)).toBe((plan as any).tasks[0].text + '\nHoàn thành trước ngày 30/4/2026.');
    const title = out.document.fields.title!.provenance.charSpan;
    expect(out.pages[0].text.slice(title.start, title.end)).toBe('khắc phục hạn chế tại xã Cao Minh(Cao)');
  });

  it('marks items reviewed, syncs copies, and an undo back to the machine value clears the mark', () => {
    const plan = planDocument() as unknown as JsonObject;
    const fixed = applyCorrections(plan, [correction(1, { before: '2026-04-30', after: '2026-06-30' })]) as any;
    expect(fixed.deadlines[0]).toMatchObject({ date: '2026-06-30', review: { reviewed: true, by: 'an', previous: '2026-04-30' } });
    expect(fixed.tasks[0].deadline.date).toBe('2026-06-30');
    expect((plan as any).deadlines[0].date).toBe('2026-04-30'); // the stored plan is not mutated
    const undone = applyCorrections(plan, [
      correction(1, { before: '2026-04-30', after: '2026-06-30' }),
      correction(2, { before: '2026-06-30', after: '2026-04-30', action: 'undo', revertsId: 1 }),
    ]) as any;
    expect(undone.deadlines[0].date).toBe('2026-04-30');
    expect(undone.deadlines[0].review).toBeUndefined();
    // A confirmation marks the item reviewed without changing it.
    const confirmed = applyCorrections(plan, [correction(1, { before: '2026-04-30', after: '2026-04-30', action: 'confirm' })]) as any;
    expect(confirmed.deadlines[0].review).toMatchObject({ reviewed: true, by: 'an' });
    expect(confirmed.deadlines[0]?.review?.previous).toBeUndefined();
  });
});
