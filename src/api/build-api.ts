import Fastify, { type FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { isVanbanError } from '../errors/index.ts';
import { DocumentSummary, EventRecord, IntakeOutcome, PageRecord } from '../model/document-record.ts';
import { ExportRecord } from '../model/export-record.ts';
import type { Runtime } from '../runtime/open-runtime.ts';
import { httpStatusOf } from './error-status.ts';
import { documentRoutes } from './routes/documents.ts';
import { eventsRoute } from './routes/events.ts';
import { exportRoute } from './routes/export.ts';
import { schemaRoutes } from './routes/schema.ts';
import { reviewPlugin } from './routes/review-plugin.ts';
import { createRepairTokens } from './routes/review-repair-tokens.ts';
import { uploadRoute } from './routes/upload.ts';

export interface ApiOptions {
  /** Fastify logger. Default false. */
  logger?: boolean;
  /** SSE poll interval in ms. Default 1000. */
  ssePollMs?: number;
  /** Most files in one upload request. Default 1000. */
  maxFilesPerRequest?: number;
}

/** The HTTP API over a runtime (store + runner). Routes only wire; the pipeline does the work. */
export async function buildApi(runtime: Runtime, opts: ApiOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: 1024 * 1024 });
  for (const s of [DocumentSummary, PageRecord, EventRecord, IntakeOutcome, ExportRecord]) app.addSchema(s);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'vanban API', version: '0.1.0', description: 'Scanned Vietnamese plans → structured JSON' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    refResolver: { buildLocalReference: (json, _base, _frag, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  // Served from the package itself: works offline.
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await app.register(multipart, {
    throwFileSizeLimit: false,
    limits: { fileSize: runtime.config.maxFileBytes, files: opts.maxFilesPerRequest ?? 1000, fields: 20, fieldSize: 1024 },
  });

  app.setErrorHandler((err, _req, reply) => {
    if (isVanbanError(err)) return reply.code(httpStatusOf(err.code)).send({ error: { code: err.code, message: err.message } });
    const e = err as { statusCode?: number; code?: string; message: string; validation?: unknown };
    const status = e.statusCode && e.statusCode >= 400 ? e.statusCode : 500;
    if (status >= 500) reply.log.error(err);
    return reply.code(status).send({ error: { code: e.validation ? 'BAD_REQUEST' : (e.code ?? 'INTERNAL'), message: e.message } });
  });

  app.get('/healthz', { schema: { hide: true } }, async () => ({ ok: true, mode: runtime.mode }));
  await app.register(async (api) => {
    await uploadRoute(api, runtime);
    await documentRoutes(api, runtime);
    await exportRoute(api, runtime);
    await eventsRoute(api, runtime, { pollMs: opts.ssePollMs ?? 1000 });
    await schemaRoutes(api);
  }, { prefix: '/api' });
  // Review API (corrections, lexicon, labelled examples) and the web page at `/`.
  await app.register(reviewPlugin, {
    store: runtime.store,
    dataDir: runtime.config.dataDir,
    threshold: runtime.config.reviewThreshold,
    repairTokens: createRepairTokens({ lmPath: runtime.config.lmPath, toneStyle: runtime.config.toneStyle, log: (m) => app.log.warn(m) }),
  });
  return app;
}
