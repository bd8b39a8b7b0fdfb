import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { buildReviewView } from '../../review/review-view.ts';
import { listCorrections } from '../../store/corrections-store.ts';
import type { Store } from '../../store/store.ts';
import { requireActor, type Actor, type ReviewRoutesOptions } from './review-context.ts';
import { reviewExportRoutes } from './review-export-routes.ts';
import { reviewRoutes } from './review-routes.ts';
import { loadReviewSource, type RepairTokensFn } from './review-source.ts';

/** The built review page (npm `prepare` runs `vite build`). */
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

export interface ReviewPluginOptions {
  store: Store;
  /** Where page images live (paths in the pages table are relative to it). */
  dataDir: string;
  /** config.reviewThreshold */
  threshold: number;
  /** Resolves the caller; default: the API token (Bearer header or `?token=`) looked up in the store. */
  actor?: (req: FastifyRequest) => Promise<Actor | undefined>;
  /** Serve the web page at `/`. Default true. */
  web?: boolean;
  /**
   * Repair tokens (with the model's alternatives) for a page's OCR text, when the repair stage is available
   * to the server; without it, alternatives come from what the OCR kept on each word.
   */
  repairTokens?: RepairTokensFn;
}

/** API token from `Authorization: Bearer …` or, for <img>/EventSource which cannot send headers, `?token=`. */
export function tokenOf(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  if (h?.startsWith('Bearer ')) return h.slice(7).trim();
  const q = (req.query as Record<string, unknown> | undefined)?.token;
  return typeof q === 'string' && q ? q : undefined;
}

export function storeActor(store: Store): (req: FastifyRequest) => Promise<Actor | undefined> {
  return async (req) => {
    const secret = tokenOf(req);
    if (!secret) return undefined;
    const t = await store.findToken(secret);
    return t ? { name: t.name, role: t.role } : undefined;
  };
}

const ImageParams = Type.Object({ id: Type.String({ minLength: 1 }), n: Type.Integer({ minimum: 1 }) });
const CountsQuery = Type.Object({ ids: Type.String({ maxLength: 20_000 }) });

/** Mounts review on a Fastify server: review API, corrections export, page images and the web page. */
export async function reviewPlugin(app: FastifyInstance, opts: ReviewPluginOptions): Promise<void> {
  const routeOpts: ReviewRoutesOptions = {
    db: opts.store.db,
    threshold: opts.threshold,
    loadDocument: (id) => loadReviewSource(opts.store, id, opts.repairTokens),
    actor: opts.actor ?? storeActor(opts.store),
    // Every correction also lands in the document's event log (GET /api/documents/:id/events).
    async onCorrection(c) {
      await opts.store.addEvent({
        documentId: c.documentId, runId: c.runId ?? null, kind: c.action === 'undo' ? 'correction-undo' : 'correction', actor: c.author,
        itemPath: c.target.kind === 'word' ? `word:${c.target.wordId}` : `${c.target.itemId}${c.target.pointer}`, before: c.before, after: c.after,
      });
    },
  };
  await app.register(reviewRoutes, routeOpts);
  await app.register(reviewExportRoutes, routeOpts);

  app.get<{ Params: Static<typeof ImageParams> }>('/api/review/:id/pages/:n/image', { schema: { params: ImageParams } }, async (req, reply) => {
    if (!(await requireActor(routeOpts, req, reply, false))) return reply;
    const doc = await opts.store.getDocument(req.params.id);
    const page = doc?.current_run_id ? await opts.store.getPage(doc.current_run_id, req.params.n) : undefined;
    if (!page?.image_path) return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'No page image' } });
    const file = path.resolve(opts.dataDir, page.image_path);
    // Paths come from our own store, but never serve outside dataDir.
    if (!file.startsWith(path.resolve(opts.dataDir) + path.sep)) return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'No page image' } });
    return reply.type('image/png').header('cache-control', 'private, max-age=3600').send(fs.createReadStream(file));
  });

  /** Number of low-confidence items not yet reviewed, per document (for the list). */
  app.get<{ Querystring: Static<typeof CountsQuery> }>('/api/review/counts', { schema: { querystring: CountsQuery } }, async (req, reply) => {
    if (!(await requireActor(routeOpts, req, reply, false))) return reply;
    const out: Record<string, { lowConfidence: number; reviewed: number }> = {};
    for (const id of req.query.ids.split(',').filter(Boolean).slice(0, 200)) {
      // Yield between documents: a long list must not hold up progress events and other requests.
      await new Promise((r) => setImmediate(r));
      const src = await loadReviewSource(opts.store, id, opts.repairTokens);
      if (!src) continue;
      const view = buildReviewView(src, await listCorrections(opts.store.db, id, src.runId), opts.threshold);
      out[id] = { lowConfidence: view.queue.filter((q) => !q.reviewed).length, reviewed: view.queue.filter((q) => q.reviewed).length };
    }
    return out;
  });

  if (opts.web !== false) {
    if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) {
      throw new Error(`The review page is not built (${WEB_DIST}): run \`npm run build:web\` (npm install does it)`);
    }
    await app.register(fastifyStatic, { root: WEB_DIST, prefix: '/', index: 'index.html', wildcard: false });
  }
}
