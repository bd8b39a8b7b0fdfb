import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { labelledExamples } from '../../review/labelled-examples.ts';
import { listFieldCorrections, loadLexicon } from '../../store/corrections-store.ts';
import type { Correction } from '../../review/review-types.ts';
import { requireActor, type ReviewRoutesOptions } from './review-context.ts';

const Query = Type.Object({ since: Type.Optional(Type.String({ format: 'date-time' })) });

/** Exports what reviewers taught the system: labelled field examples (JSONL) and the word lexicon. */
export async function reviewExportRoutes(app: FastifyInstance, opts: ReviewRoutesOptions): Promise<void> {
  app.get<{ Querystring: Static<typeof Query> }>('/api/corrections/export', { schema: { querystring: Query } }, async (req, reply) => {
    if (!(await requireActor(opts, req, reply, false))) return reply;
    const rows = await listFieldCorrections(opts.db, req.query.since ? { since: req.query.since } : {});
    const byDoc = new Map<string, Correction[]>();
    for (const c of rows) byDoc.set(c.documentId, [...(byDoc.get(c.documentId) ?? []), c]);
    const lines: string[] = [];
    for (const [documentId, list] of byDoc) {
      const src = await opts.loadDocument(documentId);
      for (const ex of labelledExamples(documentId, src?.plan, list)) lines.push(JSON.stringify(ex));
    }
    return reply.type('application/x-ndjson; charset=utf-8').send(lines.map((l) => l + '\n').join(''));
  });

  app.get('/api/lexicon', async (req, reply) => {
    if (!(await requireActor(opts, req, reply, false))) return reply;
    return loadLexicon(opts.db);
  });
}
