import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewPlugin } from '../src/api/routes/review-plugin.ts';
import { validatePlanDocument } from '../src/model/validate-plan-document.ts';
import { loadRepairLexicon } from '../src/store/corrections-store.ts';
import { Store } from '../src/store/store.ts';
import { seedReviewDocument } from './helpers/review-fixture.ts';
import { tempDir } from './helpers/services.ts';

describe('review API (PGlite store)', () => {
  let app: FastifyInstance;
  let store: Store;
  let docId: string;
  const tok: Record<string, string> = {};
  const auth = (role: string) => ({ authorization: `Bearer ${tok[role]}` });

  beforeAll(async () => {
    const dataDir = await tempDir('vanban-review-');
    store = await Store.open({ dataDir });
    docId = await seedReviewDocument(store, dataDir);
    for (const role of ['reviewer', 'reader', 'archivist'] as const) tok[role] = (await store.createToken(`${role}-1`, role)).token;
    app = Fastify();
    await app.register(reviewPlugin, { store, dataDir, threshold: 0.8 });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('serves the review page and refuses anonymous calls', async () => {
    const page = await app.inject({ url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<div id="app">');
    expect((await app.inject({ url: `/api/documents/${docId}/review` })).statusCode).toBe(401);
  });

  it('builds the queue of low-confidence words and fields in reading order', async () => {
    const res = await app.inject({ url: `/api/documents/${docId}/review`, headers: auth('reader') });
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view.queue.map((q: { id: string }) => q.id)).toEqual(['field-title', 'p1-l3-w7', 'p1-l4-w7', 'deadline-1']);
    const word = view.pages[0].lines[3].words[7];
    expect(word).toMatchObject({ text: 'Mjnh', confidence: 0.41, bbox: { x0: expect.any(Number) } });
    expect(view.pages[0].imageUrl).toMatch(/\/pages\/1\/image$/);
    const img = await app.inject({ url: `${view.pages[0].imageUrl}?token=${tok.reader}` });
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/png');
  });

  it('lets a reviewer correct, but not a reader or an archivist', async () => {
    const body = { target: { kind: 'word', wordId: 'p1-l3-w7' }, after: 'Minh', action: 'alternative' };
    for (const role of ['reader', 'archivist']) {
      const res = await app.inject({ method: 'POST', url: `/api/documents/${docId}/review/corrections`, headers: auth(role), payload: body });
      expect(res.statusCode).toBe(403);
    }
    const me = (await app.inject({ url: '/api/review/me', headers: auth('reader') })).json();
    expect(me).toMatchObject({ role: 'reader', canCorrect: false, threshold: 0.8 });
  });

  it('saves word and field corrections with who, when, before and after; export reflects them', async () => {
    const w = await app.inject({
      method: 'POST', url: `/api/documents/${docId}/review/corrections`, headers: auth('reviewer'),
      payload: { target: { kind: 'word', wordId: 'p1-l3-w7' }, after: 'Minh', action: 'alternative' },
    });
    expect(w.statusCode).toBe(201);
    expect(w.json()).toMatchObject({ before: 'Mjnh', after: 'Minh', author: 'reviewer-1', role: 'reviewer', action: 'alternative' });
    expect(Date.parse(w.json().at)).toBeGreaterThan(Date.now() - 60_000);

    const f = await app.inject({
      method: 'POST', url: `/api/documents/${docId}/review/corrections`, headers: auth('reviewer'),
      payload: { target: { kind: 'field', itemId: 'deadline-1', pointer: '/deadlines/0/date' }, after: '2026-05-15' },
    });
    expect(f.statusCode).toBe(201);
    expect(f.json()).toMatchObject({ before: '2026-04-30', after: '2026-05-15', action: 'edit' });

    const plan = (await app.inject({ url: `/api/documents/${docId}/reviewed`, headers: auth('reader') })).json();
    validatePlanDocument(plan);
    expect(plan.pages[0].text).toContain('tại xã Cao Minh');
    expect(plan.pages[0].review).toMatchObject({ reviewed: true, by: 'reviewer-1', previous: expect.stringContaining('Cao Mjnh') });
    expect(plan.deadlines[0]).toMatchObject({ date: '2026-05-15', review: { reviewed: true, by: 'reviewer-1', previous: '2026-04-30' } });
    // The task's copy of its deadline follows.
    expect(plan.tasks[0].deadline.date).toBe('2026-05-15');
    // Provenance after the corrected word still points at the same text.
    const t = plan.tasks[0];
    expect(plan.pages[0].text.slice(t.provenance.charSpan.start, t.provenance.charSpan.start + 2)).toBe('1.');

    const view = (await app.inject({ url: `/api/documents/${docId}/review`, headers: auth('reader') })).json();
    expect(view.pages[0].lines[3].text).toBe('khắc phục hạn chế tại xã Cao Minh');
    expect(view.queue.find((q: { id: string }) => q.id === 'p1-l3-w7').reviewed).toBe(true);
    const hist = (await app.inject({ url: `/api/documents/${docId}/review/corrections`, headers: auth('reader') })).json();
    expect(hist).toHaveLength(2);
  });

  it('undo restores the machine value and is itself recorded', async () => {
    const hist = (await app.inject({ url: `/api/documents/${docId}/review/corrections`, headers: auth('reader') })).json();
    const fieldFix = hist.find((c: { target: { kind: string } }) => c.target.kind === 'field');
    expect((await app.inject({ method: 'POST', url: `/api/documents/${docId}/review/corrections/${fieldFix.id}/undo`, headers: auth('reader') })).statusCode).toBe(403);
    const u = await app.inject({ method: 'POST', url: `/api/documents/${docId}/review/corrections/${fieldFix.id}/undo`, headers: auth('reviewer') });
    expect(u.statusCode).toBe(201);
    expect(u.json()).toMatchObject({ action: 'undo', before: '2026-05-15', after: '2026-04-30', revertsId: fieldFix.id });
    const plan = (await app.inject({ url: `/api/documents/${docId}/reviewed`, headers: auth('reader') })).json();
    expect(plan.deadlines[0].date).toBe('2026-04-30');
    expect(plan.deadlines[0].review).toBeUndefined();
    expect((await app.inject({ method: 'POST', url: `/api/documents/${docId}/review/corrections/${fieldFix.id}/undo`, headers: auth('reviewer') })).statusCode).toBe(409);
  });

  it('rejects bad targets and unknown documents', async () => {
    const post = (payload: unknown, id = docId) => app.inject({ method: 'POST', url: `/api/documents/${id}/review/corrections`, headers: auth('reviewer'), payload: payload as object });
    expect((await post({ target: { kind: 'word', wordId: 'p9-l0-w0' }, after: 'x' })).statusCode).toBe(404);
    expect((await post({ target: { kind: 'word', wordId: 'p1-l3-w7' }, after: 'two words' })).statusCode).toBe(400);
    expect((await post({ target: { kind: 'field', itemId: 'deadline-1', pointer: '/deadlines/0/taskId' }, after: 'x' })).statusCode).toBe(404);
    expect((await post({ target: { kind: 'word', wordId: 'p1-l0-w0' }, after: 'x' }, 'nope')).statusCode).toBe(404);
  });

  it('keeps field corrections as labelled examples (JSONL) and word corrections in the lexicon', async () => {
    await app.inject({
      method: 'POST', url: `/api/documents/${docId}/review/corrections`, headers: auth('reviewer'),
      payload: { target: { kind: 'field', itemId: 'field-title', pointer: '/document/title' }, after: 'khắc phục hạn chế tại xã Cao Minh' },
    });
    const res = await app.inject({ url: '/api/corrections/export', headers: auth('reader') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/x-ndjson');
    const rows = res.body.trim().split('\n').map((l) => JSON.parse(l));
    // The undone deadline fix is not an example; the title fix is.
    expect(rows).toEqual([expect.objectContaining({
      documentId: docId, itemId: 'field-title', kind: 'document', field: 'title',
      machine: 'khắc phục hạn chế tại xã Cao Mjnh', label: 'khắc phục hạn chế tại xã Cao Minh', reviewer: 'reviewer-1', page: 1,
    })]);
    const lex = await loadRepairLexicon(store.db);
    expect(lex.confusions).toEqual([{ from: 'Mjnh', to: 'Minh', count: 1 }]);
    expect(lex.phrases).toEqual(['khắc phục hạn chế tại xã Cao Minh']);
  });
});
