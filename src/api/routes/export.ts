import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { VanbanError } from '../../errors/index.ts';
import { toExportRecord } from '../../model/export-record.ts';
import type { Runtime } from '../../runtime/open-runtime.ts';
import { withCorrections } from '../../store/corrections-apply.ts';
import { requirePermission } from '../auth.ts';

/** GET /api/export: every current result as JSON Lines, streamed from the store in keyset pages. */
export async function exportRoute(app: FastifyInstance, runtime: Runtime): Promise<void> {
  app.get(
    '/export',
    {
      preHandler: requirePermission(runtime.store, 'read'),
      schema: {
        summary: 'Bulk export as JSON Lines: one ExportRecord per line (application/x-ndjson)',
        tags: ['export'],
        querystring: Type.Object({
          since: Type.Optional(Type.String({ format: 'date-time', description: 'Only results updated at or after this time' })),
          token: Type.Optional(Type.String()),
        }),
      },
    },
    async (req, reply) => {
      const { since } = req.query as { since?: string };
      const sinceDate = since ? new Date(since) : undefined;
      if (sinceDate && Number.isNaN(sinceDate.getTime())) throw new VanbanError('CONFIG_INVALID', 'since is not a time');
      const records = runtime.store.exportResults({ since: sinceDate });
      async function* lines() {
        for await (const r of records) {
          const plan = await withCorrections(runtime.store.db, r.documentId, r.runId, r.plan);
          yield `${JSON.stringify(toExportRecord({ ...r, plan }))}\n`;
        }
      }
      return reply.type('application/x-ndjson').send(Readable.from(lines()));
    },
  );
}
