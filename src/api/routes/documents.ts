import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { VanbanError } from '../../errors/index.ts';
import { DocumentStatus } from '../../model/document-record.ts';
import type { Runtime } from '../../runtime/open-runtime.ts';
import { withCorrections } from '../../store/corrections-apply.ts';
import { toDocumentSummary, toPageRecord } from '../../store/index.ts';
import { requirePermission } from '../auth.ts';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const PageParams = Type.Object({ id: Type.String({ format: 'uuid' }), n: Type.Integer({ minimum: 1 }) });
const ErrorBody = Type.Object({ error: Type.Object({ code: Type.String(), message: Type.String() }) });

/** Document list, one document with its pages and runs, its plan, page images, corrections. */
export async function documentRoutes(app: FastifyInstance, runtime: Runtime): Promise<void> {
  const { store } = runtime;
  const read = requirePermission(store, 'read');

  const docOr404 = async (id: string) => {
    const d = await store.getDocument(id);
    if (!d) throw new VanbanError('NOT_FOUND', `Document ${id} not found`);
    return d;
  };

  app.get(
    '/documents',
    {
      preHandler: read,
      schema: {
        summary: 'Documents with status and progress (newest first)',
        tags: ['documents'],
        querystring: Type.Object({
          status: Type.Optional(DocumentStatus),
          limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
          offset: Type.Integer({ minimum: 0, default: 0 }),
          token: Type.Optional(Type.String()),
        }),
        response: {
          200: Type.Object({
            items: Type.Array(Type.Ref('DocumentSummary')),
            counts: Type.Record(Type.String(), Type.Integer()),
          }),
        },
      },
    },
    async (req) => {
      const q = req.query as { status?: DocumentStatus; limit: number; offset: number };
      const rows = await store.listDocuments({ status: q.status, limit: q.limit, offset: q.offset });
      return { items: rows.map(toDocumentSummary), counts: await store.countByStatus() };
    },
  );

  app.get(
    '/documents/:id',
    {
      preHandler: read,
      schema: {
        summary: 'One document: status, pages (with errors) and runs',
        tags: ['documents'],
        params: IdParams,
        response: {
          200: Type.Object({
            document: Type.Ref('DocumentSummary'),
            pages: Type.Array(Type.Ref('PageRecord')),
            runs: Type.Array(
              Type.Object({ id: Type.String(), status: Type.String(), options: Type.Unknown(), createdAt: Type.String(), finishedAt: Type.Union([Type.String(), Type.Null()]) }),
            ),
          }),
          404: ErrorBody,
        },
      },
    },
    async (req) => {
      const d = await docOr404((req.params as { id: string }).id);
      const pages = d.current_run_id ? await store.listPages(d.current_run_id) : [];
      const runs = await store.listRuns(d.id);
      return {
        document: toDocumentSummary(d),
        pages: pages.map(toPageRecord),
        runs: runs.map((r) => ({
          id: r.id,
          status: r.status,
          options: r.options,
          createdAt: new Date(r.created_at).toISOString(),
          finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
        })),
      };
    },
  );

  app.get(
    '/documents/:id/result',
    {
      preHandler: read,
      schema: {
        summary: 'The extracted plan of the current run (valid against /api/schema/plan-document.json)',
        tags: ['documents'],
        params: IdParams,
        response: { 404: ErrorBody },
      },
    },
    async (req, reply) => {
      const d = await docOr404((req.params as { id: string }).id);
      const plan = await withCorrections(store.db, d.id, d.current_run_id, await store.getCurrentResult(d.id));
      if (plan === undefined) throw new VanbanError('NOT_FOUND', `Document ${d.id} has no result yet (status ${d.status})`);
      return reply.type('application/json').send(plan);
    },
  );

  app.get(
    '/documents/:id/pages/:n/image',
    {
      preHandler: read,
      schema: { summary: 'The page image the OCR read (PNG)', tags: ['documents'], params: PageParams, response: { 404: ErrorBody } },
    },
    async (req, reply) => {
      const { id, n } = req.params as { id: string; n: number };
      const d = await docOr404(id);
      const page = d.current_run_id ? await store.getPage(d.current_run_id, n) : undefined;
      if (!page?.image_path) throw new VanbanError('NOT_FOUND', `No image for page ${n}`);
      // The path comes from the store, never from the request; still refuse anything outside dataDir.
      const root = path.resolve(runtime.config.dataDir);
      const file = path.resolve(root, page.image_path);
      if (!file.startsWith(root + path.sep)) throw new VanbanError('NOT_FOUND', `No image for page ${n}`);
      const stat = await fs.promises.stat(file).catch(() => undefined);
      if (!stat?.isFile()) throw new VanbanError('NOT_FOUND', `Image of page ${n} is missing`);
      return reply.type('image/png').header('content-length', stat.size).send(fs.createReadStream(file));
    },
  );

  app.get(
    '/documents/:id/events',
    {
      preHandler: read,
      schema: { summary: 'Corrections and other events of a document, oldest first', tags: ['review'], params: IdParams, response: { 200: Type.Array(Type.Ref('EventRecord')) } },
    },
    async (req) => {
      const d = await docOr404((req.params as { id: string }).id);
      return store.listEvents(d.id);
    },
  );

  app.post(
    '/documents/:id/corrections',
    {
      preHandler: requirePermission(store, 'correct'),
      schema: {
        summary: 'Record a reviewer correction (who, when, item path, before, after)',
        tags: ['review'],
        params: IdParams,
        body: Type.Object({ itemPath: Type.String({ minLength: 1, maxLength: 500 }), before: Type.Unknown(), after: Type.Unknown() }),
        response: { 201: Type.Ref('EventRecord'), 404: ErrorBody },
      },
    },
    async (req, reply) => {
      const d = await docOr404((req.params as { id: string }).id);
      const body = req.body as { itemPath: string; before: unknown; after: unknown };
      const ev = await store.addEvent({
        documentId: d.id,
        runId: d.current_run_id,
        kind: 'correction',
        actor: req.auth?.name ?? null,
        itemPath: body.itemPath,
        before: body.before,
        after: body.after,
      });
      return reply.code(201).send(ev);
    },
  );
}
