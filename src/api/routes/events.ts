import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Runtime } from '../../runtime/open-runtime.ts';
import { toDocumentSummary } from '../../store/index.ts';
import { requirePermission } from '../auth.ts';

/**
 * GET /api/progress: live progress as Server-Sent Events (`event: document`, data = DocumentSummary) for
 * every document that changed. It polls the store, so it sees work done by any worker on any machine.
 */
export async function eventsRoute(app: FastifyInstance, runtime: Runtime, opts: { pollMs: number }): Promise<void> {
  app.get(
    '/progress',
    {
      preHandler: requirePermission(runtime.store, 'read'),
      schema: {
        summary: 'Live document status and progress (text/event-stream)',
        tags: ['documents'],
        querystring: Type.Object({
          ids: Type.Optional(Type.String({ description: 'Comma-separated document ids (default: all recent)' })),
          token: Type.Optional(Type.String()),
        }),
      },
    },
    async (req, reply) => {
      const ids = (req.query as { ids?: string }).ids?.split(',').filter(Boolean);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
      const seen = new Map<string, string>();
      let closed = false;
      let timer: NodeJS.Timeout | undefined;
      const tick = async () => {
        try {
          const rows = await runtime.store.listDocuments({ limit: 500, ...(ids ? { ids } : {}) });
          for (const d of rows.map(toDocumentSummary)) {
            const key = `${d.status}|${d.progress}|${d.updatedAt}`;
            if (seen.get(d.id) === key) continue;
            seen.set(d.id, key);
            res.write(`event: document\nid: ${d.id}\ndata: ${JSON.stringify(d)}\n\n`);
          }
          res.write(': keep-alive\n\n');
        } catch (e) {
          res.write(`event: error\ndata: ${JSON.stringify({ message: (e as Error).message })}\n\n`);
        }
        if (!closed) timer = setTimeout(() => void tick(), opts.pollMs);
      };
      req.raw.on('close', () => {
        closed = true;
        if (timer) clearTimeout(timer);
      });
      await tick();
    },
  );
}
