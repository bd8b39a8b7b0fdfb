import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { getAt } from '../../review/review-items.ts';
import { parseWordId } from '../../review/review-pages.ts';
import type { CorrectionTarget, Json } from '../../review/review-types.ts';
import { buildReviewView } from '../../review/review-view.ts';
import { addCorrection, getCorrection, listCorrections } from '../../store/corrections-store.ts';
import { canCorrect, requireActor, type ReviewRoutesOptions } from './review-context.ts';

const Params = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });
const UndoParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }), cid: Type.Integer({ minimum: 1 }) });
const Body = Type.Object({
  target: Type.Union([
    Type.Object({ kind: Type.Literal('word'), wordId: Type.String({ pattern: '^p\\d+-l\\d+-w\\d+$' }) }),
    Type.Object({ kind: Type.Literal('field'), itemId: Type.String({ minLength: 1 }), pointer: Type.String({ pattern: '^/' }) }),
  ]),
  after: Type.Union([Type.String({ maxLength: 2000 }), Type.Number(), Type.Boolean(), Type.Null()]),
  action: Type.Optional(Type.Union([Type.Literal('edit'), Type.Literal('alternative'), Type.Literal('confirm')])),
});
type Body = Static<typeof Body>;
const Query = Type.Object({ threshold: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })) });

/**
 * Review API: the review view of a document, corrections (every change saved at once with who, when,
 * before and after), undo, and the corrected plan. Reviewers write; readers and archivists only read.
 */
export async function reviewRoutes(app: FastifyInstance, opts: ReviewRoutesOptions): Promise<void> {
  app.get('/api/review/me', async (req, reply) => {
    const actor = await requireActor(opts, req, reply, false);
    if (!actor) return reply;
    return { name: actor.name, role: actor.role, canCorrect: canCorrect(actor.role), threshold: opts.threshold };
  });

  app.get<{ Params: Static<typeof Params>; Querystring: Static<typeof Query> }>('/api/documents/:id/review',
    { schema: { params: Params, querystring: Query } }, async (req, reply) => {
      if (!(await requireActor(opts, req, reply, false))) return reply;
      const src = await opts.loadDocument(req.params.id);
      if (!src) return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'Document not found or not processed yet' } });
      return buildReviewView(src, await listCorrections(opts.db, src.id, src.runId), req.query.threshold ?? opts.threshold);
    });

  app.get<{ Params: Static<typeof Params> }>('/api/documents/:id/review/corrections', { schema: { params: Params } }, async (req, reply) => {
    if (!(await requireActor(opts, req, reply, false))) return reply;
    return listCorrections(opts.db, req.params.id);
  });

  app.post<{ Params: Static<typeof Params>; Body: Body }>('/api/documents/:id/review/corrections',
    { schema: { params: Params, body: Body } }, async (req, reply) => {
      const actor = await requireActor(opts, req, reply, true);
      if (!actor) return reply;
      const src = await opts.loadDocument(req.params.id);
      if (!src) return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'Document not found or not processed yet' } });
      // `before` is what the document shows now (machine value or the last correction), read on the server.
      const view = buildReviewView(src, await listCorrections(opts.db, src.id, src.runId), opts.threshold);
      const t = req.body.target;
      let target: CorrectionTarget;
      let before: Json | undefined;
      let phrase: string | undefined;
      let previousPhrase: string | undefined;
      let source: string | undefined;
      if (t.kind === 'word') {
        const id = parseWordId(t.wordId);
        const word = view.pages.find((p) => p.number === id?.page)?.lines[id?.line ?? -1]?.words[id?.word ?? -1];
        if (!id || !word) return reply.code(404).send({ error: { code: 'NOT_FOUND', message: `Word ${t.wordId} not found` } });
        if (typeof req.body.after !== 'string' || !/^\S+$/u.test(req.body.after)) {
          return reply.code(400).send({ error: { code: 'BAD_REQUEST', message: 'A word correction is one word without spaces' } });
        }
        target = { kind: 'word', wordId: t.wordId, page: id.page };
        before = word.text;
        // What OCR read, so that the lexicon maps the OCR reading (not the repair's guess) to the fix.
        source = word.original ?? word.machineText ?? word.text;
        const line = view.pages.find((p) => p.number === id.page)?.lines[id.line];
        if (line) {
          phrase = line.words.map((w) => (w.id === t.wordId ? String(req.body.after) : w.text)).join(' ');
          previousPhrase = line.words.map((w) => w.text).join(' ');
        }
      } else {
        const item = view.items.find((i) => i.id === t.itemId);
        if (!item || !item.fields.some((f) => f.pointer === t.pointer)) {
          return reply.code(404).send({ error: { code: 'NOT_FOUND', message: `Field ${t.pointer} of ${t.itemId} not found` } });
        }
        target = { kind: 'field', itemId: t.itemId, pointer: t.pointer };
        before = getAt(view.plan, t.pointer) ?? null;
      }
      const action = req.body.action ?? 'edit';
      const saved = await addCorrection(opts.db, {
        documentId: src.id, runId: src.runId ?? null, target, before: before ?? null, after: action === 'confirm' ? before ?? null : req.body.after,
        author: actor.name, role: actor.role, action, ...(phrase ? { phrase, previousPhrase } : {}), ...(source ? { source } : {}),
      });
      // The correction is saved; a failing audit hook must not report it as lost.
      await opts.onCorrection?.(saved).catch((e: unknown) => req.log.error({ err: e }, 'correction event not logged'));
      return reply.code(201).send(saved);
    });

  app.post<{ Params: Static<typeof UndoParams> }>('/api/documents/:id/review/corrections/:cid/undo',
    { schema: { params: UndoParams } }, async (req, reply) => {
      const actor = await requireActor(opts, req, reply, true);
      if (!actor) return reply;
      const c = await getCorrection(opts.db, req.params.cid).catch(() => undefined);
      if (!c || c.documentId !== req.params.id) return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'Correction not found' } });
      if (c.undone || c.action === 'undo') return reply.code(409).send({ error: { code: 'CONFLICT', message: 'Already undone' } });
      const saved = await addCorrection(opts.db, {
        documentId: c.documentId, runId: c.runId ?? null, target: c.target, before: c.after, after: c.before,
        author: actor.name, role: actor.role, action: 'undo', revertsId: c.id, ...(c.source ? { source: c.source } : {}),
      });
      // The correction is saved; a failing audit hook must not report it as lost.
      await opts.onCorrection?.(saved).catch((e: unknown) => req.log.error({ err: e }, 'correction event not logged'));
      return reply.code(201).send(saved);
    });

  app.get<{ Params: Static<typeof Params> }>('/api/documents/:id/reviewed', { schema: { params: Params } }, async (req, reply) => {
    if (!(await requireActor(opts, req, reply, false))) return reply;
    const src = await opts.loadDocument(req.params.id);
    if (!src) return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'Document not found or not processed yet' } });
    return buildReviewView(src, await listCorrections(opts.db, src.id, src.runId), opts.threshold).plan;
  });
}
