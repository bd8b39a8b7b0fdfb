import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { toVanbanError } from '../../errors/index.ts';
import type { IntakeOutcome } from '../../model/document-record.ts';
import type { Runtime } from '../../runtime/open-runtime.ts';
import { storeOriginalStream } from '../../store/index.ts';
import { requirePermission } from '../auth.ts';
import { sanitizeFileName } from '../sanitize-file-name.ts';

const UploadQuery = Type.Object({
  reprocess: Type.Optional(Type.Boolean({ description: 'New run even for content ingested before' })),
  ocrEngine: Type.Optional(Type.Union([Type.Literal('tesseract.js'), Type.Literal('native')])),
  toneStyle: Type.Optional(Type.Union([Type.Literal('old'), Type.Literal('new')])),
  token: Type.Optional(Type.String()),
});

/**
 * POST /api/documents: any number of files (multipart), each streamed to disk and hashed, then taken in.
 * Every file gets an outcome; a bad file fails alone with its code while the others go on.
 */
export async function uploadRoute(app: FastifyInstance, runtime: Runtime): Promise<void> {
  app.post(
    '/documents',
    {
      preHandler: requirePermission(runtime.store, 'upload'),
      schema: {
        summary: 'Upload scanned plans (multipart/form-data, any number of files)',
        tags: ['documents'],
        consumes: ['multipart/form-data'],
        querystring: UploadQuery,
        response: {
          202: Type.Object({ items: Type.Array(Type.Ref('IntakeOutcome')) }),
        },
      },
    },
    async (req, reply) => {
      const q = req.query as { reprocess?: boolean; ocrEngine?: 'tesseract.js' | 'native'; toneStyle?: 'old' | 'new' };
      const items: IntakeOutcome[] = [];
      for await (const part of req.files()) {
        const fileName = sanitizeFileName(part.filename);
        try {
          const stored = await storeOriginalStream(runtime.config.dataDir, part.file, fileName, {
            maxBytes: runtime.config.maxFileBytes,
            truncated: () => part.file.truncated,
          });
          const { outcome } = await runtime.submit({
            fileName,
            stored,
            reprocess: q.reprocess ?? false,
            options: { ...(q.ocrEngine ? { ocrEngine: q.ocrEngine } : {}), ...(q.toneStyle ? { toneStyle: q.toneStyle } : {}) },
          });
          items.push(outcome);
        } catch (e) {
          const err = toVanbanError(e, 'STORAGE_FAILED');
          items.push({ fileName, documentId: null, runId: null, duplicate: false, status: 'failed', error: { code: err.code, message: err.message } });
        }
      }
      return reply.code(202).send({ items });
    },
  );
}
