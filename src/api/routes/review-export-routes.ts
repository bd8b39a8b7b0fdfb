import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { exportLabelledExamples } from '../../store/corrections-examples.ts';
import { loadLexicon } from '../../store/corrections-store.ts';
import { requireActor, type ReviewRoutesOptions } from './review-context.ts';

const Query = Type.Object({ since: Type.Optional(Type.String({ format: 'date-time' })) });

/** Exports what reviewers taught the system: labelled field examples (JSONL) and the word lexicon. */
export async function reviewExportRoutes(app: FastifyInstance, opts: ReviewRoutesOptions): Promise<void> {
  app.get<{ Querystring: Static<typeof Query> }>('/api/corrections/export', { schema: { querystring: Query } }, async (req, reply) => {
    if (!(await requireActor(opts, req, reply, false))) return reply;
    const lines: string[] = [];
    const examples = exportLabelledExamples(opts.db, async (id) => (await opts.loadDocument(id))?.plan, req.query.since ? { since: req.query.since } : {});
    for await (const ex of examples) lines.push(JSON.stringify(ex));
    return reply.type('application/x-ndjson; charset=utf-8').send(lines.map((l) => l + '\n').join(''));
  });

  app.get('/api/lexicon', async (req, reply) => {
    if (!(await requireActor(opts, req, reply, false))) return reply;
    return loadLexicon(opts.db);
  });
}
