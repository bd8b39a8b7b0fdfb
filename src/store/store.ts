import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { VanbanError } from '../errors/index.ts';
import type { DocumentSummary, EventRecord, PageRecord, Role } from '../model/document-record.ts';
import { openDatabase, type DatabaseOptions } from './open-database.ts';
import type { Database, DocumentRow, DocumentStatus, PageRow, PageStatus, RunRow, TokenRow } from './schema.ts';

export interface IntakeInput {
  sha256: string;
  fileName: string;
  sizeBytes: number;
  /** Relative to dataDir. */
  originalPath: string;
  /** Options of the run (recorded with it). */
  options: Record<string, unknown>;
  /** Start another run even when the document exists. Default false. */
  reprocess?: boolean;
}

export interface IntakeResult {
  document: DocumentRow;
  run: RunRow;
  /** True when no new run was started (same content, no reprocess). */
  duplicate: boolean;
}

export interface PageUpdate {
  status: Exclude<PageStatus, 'pending'>;
  ocr?: unknown;
  imagePath?: string | null;
  errorCode?: string | null;
  errorMessage?: string | null;
}

export interface ResultRecord {
  documentId: string;
  runId: string;
  fileName: string;
  sha256: string;
  status: DocumentStatus;
  updatedAt: Date;
  plan: unknown;
}

const iso = (d: Date | string): string => (d instanceof Date ? d : new Date(d)).toISOString();
const hashToken = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** Maps a row to the API record. */
export function toDocumentSummary(d: DocumentRow): DocumentSummary {
  return {
    id: d.id,
    sha256: d.sha256,
    fileName: d.file_name,
    sizeBytes: Number(d.size_bytes),
    kind: d.kind,
    pageCount: d.page_count,
    status: d.status,
    progress: Math.min(1, Math.max(0, d.progress)),
    runId: d.current_run_id,
    error: d.error_code ? { code: d.error_code, message: d.error_message ?? '' } : null,
    createdAt: iso(d.created_at),
    updatedAt: iso(d.updated_at),
  };
}

export function toPageRecord(p: PageRow): PageRecord {
  return {
    number: p.number,
    status: p.status,
    hasImage: p.image_path !== null,
    error: p.error_code ? { code: p.error_code, message: p.error_message ?? '' } : null,
  };
}

/**
 * All persistence of vanban, one code path over PostgreSQL or PGlite. Every write that the queue may repeat
 * (a retried page, a re-run parent job) is an upsert, so a job processed twice still leaves one record.
 */
export class Store {
  constructor(readonly db: Kysely<Database>) {}

  static async open(opts: DatabaseOptions): Promise<Store> {
    return new Store(await openDatabase(opts));
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  private async wrap<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof VanbanError) throw e;
      throw new VanbanError('STORAGE_FAILED', `${what}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
  }

  // ---- documents and runs --------------------------------------------------------------------------------

  /** Records a submitted file: one document per sha256; a new run for a new document or on reprocess. */
  intake(input: IntakeInput): Promise<IntakeResult> {
    return this.wrap('intake', () =>
      this.db.transaction().execute(async (tx) => {
        const id = randomUUID();
        // ON CONFLICT makes two simultaneous uploads of the same file land on one document.
        await tx
          .insertInto('documents')
          .values({
            id,
            sha256: input.sha256,
            file_name: input.fileName,
            size_bytes: input.sizeBytes,
            original_path: input.originalPath,
            status: 'queued',
            progress: 0,
          })
          .onConflict((oc) => oc.column('sha256').doNothing())
          .execute();
        const doc = await tx.selectFrom('documents').selectAll().where('sha256', '=', input.sha256).forUpdate().executeTakeFirstOrThrow();
        const isNew = doc.id === id;
        if (!isNew && !input.reprocess && doc.current_run_id) {
          const run = await tx.selectFrom('runs').selectAll().where('id', '=', doc.current_run_id).executeTakeFirstOrThrow();
          return { document: doc, run, duplicate: true };
        }
        const run = await tx
          .insertInto('runs')
          .values({ id: randomUUID(), document_id: doc.id, options: JSON.stringify(input.options), status: 'queued', pages_done: 0 })
          .returningAll()
          .executeTakeFirstOrThrow();
        const document = await tx
          .updateTable('documents')
          .set({ current_run_id: run.id, status: 'queued', progress: 0, error_code: null, error_message: null, updated_at: new Date() })
          .where('id', '=', doc.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        return { document, run, duplicate: false };
      }),
    );
  }

  /** Marks a run as started with its page count and creates its pending page rows (idempotent). */
  startRun(runId: string, info: { kind: string; pageCount: number }): Promise<void> {
    return this.wrap('startRun', () =>
      this.db.transaction().execute(async (tx) => {
        const run = await tx
          .updateTable('runs')
          // Stays `queued` until a page is worked on (savePage moves it to `processing`).
          .set({ page_count: info.pageCount })
          .where('id', '=', runId)
          .returningAll()
          .executeTakeFirst();
        if (!run) throw new VanbanError('NOT_FOUND', `Run ${runId} not found`);
        if (info.pageCount > 0) {
          const rows = Array.from({ length: info.pageCount }, (_, i) => ({ run_id: runId, number: i + 1, status: 'pending' as const }));
          for (let i = 0; i < rows.length; i += 500) {
            await tx.insertInto('pages').values(rows.slice(i, i + 500)).onConflict((oc) => oc.columns(['run_id', 'number']).doNothing()).execute();
          }
        }
        await this.touchDocument(tx, run, { kind: info.kind, page_count: info.pageCount });
      }),
    );
  }

  /** Ends a run without a result (bad input or given up). */
  failRun(runId: string, code: string, message: string): Promise<void> {
    return this.wrap('failRun', () =>
      this.db.transaction().execute(async (tx) => {
        const run = await tx
          .updateTable('runs')
          .set({ status: 'failed', error_code: code, error_message: message, finished_at: new Date() })
          .where('id', '=', runId)
          .returningAll()
          .executeTakeFirst();
        if (run) await this.touchDocument(tx, run, { error_code: code, error_message: message });
      }),
    );
  }

  /** Stores one page's outcome (upsert: a retried page overwrites) and updates the run's progress. */
  savePage(runId: string, number: number, page: PageUpdate): Promise<void> {
    return this.wrap('savePage', () =>
      this.db.transaction().execute(async (tx) => {
        const values = {
          status: page.status,
          ocr: page.ocr === undefined ? null : JSON.stringify(page.ocr),
          image_path: page.imagePath ?? null,
          error_code: page.errorCode ?? null,
          error_message: page.errorMessage ?? null,
        };
        await tx
          .insertInto('pages')
          .values({ run_id: runId, number, ...values, attempts: 1 })
          .onConflict((oc) =>
            oc.columns(['run_id', 'number']).doUpdateSet({ ...values, attempts: sql`pages.attempts + 1`, updated_at: new Date() }),
          )
          .execute();
        const run = await tx
          .updateTable('runs')
          .set({
            pages_done: sql<number>`(select count(*)::int from pages where run_id = ${runId} and status <> 'pending')`,
            status: sql<DocumentStatus>`case when status = 'queued' then 'processing' else status end`,
          })
          .where('id', '=', runId)
          .returningAll()
          .executeTakeFirst();
        if (run) await this.touchDocument(tx, run, {});
      }),
    );
  }

  /** Stores the extracted plan of a run (upsert) and closes the run as done or partial. */
  saveResult(runId: string, plan: unknown, opts: { status: 'done' | 'partial'; schemaVersion?: string | null }): Promise<void> {
    return this.wrap('saveResult', () =>
      this.db.transaction().execute(async (tx) => {
        const run = await tx
          .updateTable('runs')
          .set({ status: opts.status, finished_at: new Date(), error_code: null, error_message: null })
          .where('id', '=', runId)
          .returningAll()
          .executeTakeFirst();
        if (!run) throw new VanbanError('NOT_FOUND', `Run ${runId} not found`);
        const json = JSON.stringify(plan);
        await tx
          .insertInto('results')
          .values({ run_id: runId, document_id: run.document_id, plan: json, schema_version: opts.schemaVersion ?? null })
          .onConflict((oc) => oc.column('run_id').doUpdateSet({ plan: json, schema_version: opts.schemaVersion ?? null, updated_at: new Date() }))
          .execute();
        await this.touchDocument(tx, run, {});
      }),
    );
  }

  /** Mirrors a run's state onto its document when it is the document's current run. */
  private async touchDocument(tx: Transaction<Database>, run: RunRow, extra: { kind?: string; page_count?: number; error_code?: string; error_message?: string }) {
    const terminal = run.status === 'done' || run.status === 'partial' || run.status === 'failed';
    // +1 step for repair/extraction after the pages, so 100 % means stored.
    const progress = terminal ? 1 : run.page_count ? run.pages_done / (run.page_count + 1) : 0;
    await tx
      .updateTable('documents')
      .set({
        status: run.status,
        progress,
        updated_at: new Date(),
        ...(run.status !== 'failed' ? { error_code: null, error_message: null } : {}),
        ...extra,
      })
      .where('id', '=', run.document_id)
      .where('current_run_id', '=', run.id)
      .execute();
  }

  getDocument(id: string): Promise<DocumentRow | undefined> {
    return this.wrap('getDocument', () => this.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst());
  }

  getDocumentBySha(sha256: string): Promise<DocumentRow | undefined> {
    return this.wrap('getDocumentBySha', () => this.db.selectFrom('documents').selectAll().where('sha256', '=', sha256).executeTakeFirst());
  }

  getRun(id: string): Promise<RunRow | undefined> {
    return this.wrap('getRun', () => this.db.selectFrom('runs').selectAll().where('id', '=', id).executeTakeFirst());
  }

  /** A run with its document (what a job needs to find the original). */
  async getRunContext(runId: string): Promise<{ run: RunRow; document: DocumentRow }> {
    const run = await this.getRun(runId);
    if (!run) throw new VanbanError('NOT_FOUND', `Run ${runId} not found`);
    const document = await this.getDocument(run.document_id);
    if (!document) throw new VanbanError('NOT_FOUND', `Document ${run.document_id} not found`);
    return { run, document };
  }

  /** Runs that were started but not finished (to resume after a restart of the in-process runner). */
  listUnfinishedRuns(): Promise<RunRow[]> {
    return this.wrap('listUnfinishedRuns', () =>
      this.db
        .selectFrom('runs')
        .innerJoin('documents', 'documents.current_run_id', 'runs.id')
        .selectAll('runs')
        .where('runs.status', 'in', ['queued', 'processing'])
        .where('runs.page_count', 'is not', null)
        .orderBy('runs.created_at')
        .execute(),
    );
  }

  /** Runs by id (for waiting on a batch). */
  getRuns(ids: string[]): Promise<RunRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.wrap('getRuns', () => this.db.selectFrom('runs').selectAll().where('id', 'in', ids).execute());
  }

  listRuns(documentId: string): Promise<RunRow[]> {
    return this.wrap('listRuns', () => this.db.selectFrom('runs').selectAll().where('document_id', '=', documentId).orderBy('created_at').execute());
  }

  listPages(runId: string): Promise<PageRow[]> {
    return this.wrap('listPages', () => this.db.selectFrom('pages').selectAll().where('run_id', '=', runId).orderBy('number').execute());
  }

  getPage(runId: string, number: number): Promise<PageRow | undefined> {
    return this.wrap('getPage', () =>
      this.db.selectFrom('pages').selectAll().where('run_id', '=', runId).where('number', '=', number).executeTakeFirst(),
    );
  }

  listDocuments(opts: { status?: DocumentStatus | undefined; limit?: number; offset?: number; ids?: string[] } = {}): Promise<DocumentRow[]> {
    return this.wrap('listDocuments', () => {
      let q = this.db.selectFrom('documents').selectAll().orderBy('created_at', 'desc').orderBy('id');
      if (opts.status) q = q.where('status', '=', opts.status);
      if (opts.ids) q = opts.ids.length ? q.where('id', 'in', opts.ids) : q.where(sql<boolean>`false`);
      return q.limit(opts.limit ?? 100).offset(opts.offset ?? 0).execute();
    });
  }

  /** Documents per status. */
  async countByStatus(): Promise<Record<DocumentStatus, number>> {
    const rows = await this.wrap('countByStatus', () =>
      this.db.selectFrom('documents').select(['status', sql<number>`count(*)::int`.as('n')]).groupBy('status').execute(),
    );
    const out: Record<DocumentStatus, number> = { queued: 0, processing: 0, done: 0, partial: 0, failed: 0 };
    for (const r of rows) out[r.status] = Number(r.n);
    return out;
  }

  /** The stored plan of a document's current run. */
  async getCurrentResult(documentId: string): Promise<unknown> {
    const row = await this.wrap('getCurrentResult', () =>
      this.db
        .selectFrom('results')
        .innerJoin('documents', 'documents.current_run_id', 'results.run_id')
        .select('results.plan')
        .where('documents.id', '=', documentId)
        .executeTakeFirst(),
    );
    return row?.plan;
  }

  /**
   * Current results updated at or after `since`, oldest first, in keyset pages of `batch` (bounded memory for
   * bulk export).
   */
  async *exportResults(opts: { since?: Date | undefined; batch?: number } = {}): AsyncGenerator<ResultRecord> {
    const batch = opts.batch ?? 200;
    let after: { at: Date; runId: string } | undefined;
    for (;;) {
      let q = this.db
        .selectFrom('results')
        .innerJoin('documents', 'documents.current_run_id', 'results.run_id')
        .select([
          'results.run_id',
          'results.document_id',
          'results.plan',
          'results.updated_at',
          'documents.file_name',
          'documents.sha256',
          'documents.status',
        ])
        .orderBy('results.updated_at')
        .orderBy('results.run_id')
        .limit(batch);
      if (opts.since) q = q.where('results.updated_at', '>=', opts.since);
      if (after) {
        const a = after;
        q = q.where((eb) =>
          eb.or([eb('results.updated_at', '>', a.at), eb.and([eb('results.updated_at', '=', a.at), eb('results.run_id', '>', a.runId)])]),
        );
      }
      const rows = await this.wrap('exportResults', () => q.execute());
      for (const r of rows) {
        yield {
          documentId: r.document_id,
          runId: r.run_id,
          fileName: r.file_name,
          sha256: r.sha256,
          status: r.status,
          updatedAt: new Date(r.updated_at),
          plan: r.plan,
        };
      }
      const last = rows.at(-1);
      if (!last || rows.length < batch) return;
      after = { at: new Date(last.updated_at), runId: last.run_id };
    }
  }

  // ---- events (corrections, lifecycle) -------------------------------------------------------------------

  async addEvent(e: {
    documentId: string;
    runId?: string | null;
    kind: string;
    actor?: string | null;
    itemPath?: string | null;
    before?: unknown;
    after?: unknown;
  }): Promise<EventRecord> {
    const row = await this.wrap('addEvent', () =>
      this.db
        .insertInto('events')
        .values({
          document_id: e.documentId,
          run_id: e.runId ?? null,
          kind: e.kind,
          actor: e.actor ?? null,
          item_path: e.itemPath ?? null,
          before: e.before === undefined ? null : JSON.stringify(e.before),
          after: e.after === undefined ? null : JSON.stringify(e.after),
        })
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
    return toEventRecord(row);
  }

  async listEvents(documentId: string): Promise<EventRecord[]> {
    const rows = await this.wrap('listEvents', () =>
      this.db.selectFrom('events').selectAll().where('document_id', '=', documentId).orderBy('id').execute(),
    );
    return rows.map(toEventRecord);
  }

  // ---- API tokens ----------------------------------------------------------------------------------------

  /** Creates a token; the secret is returned once and only its sha256 is stored. */
  async createToken(name: string, role: Role): Promise<{ id: string; token: string; role: Role }> {
    const id = randomUUID();
    const token = `vb_${randomBytes(24).toString('base64url')}`;
    await this.wrap('createToken', () => this.db.insertInto('api_tokens').values({ id, name, role, token_hash: hashToken(token) }).execute());
    return { id, token, role };
  }

  /** The live token matching a presented secret, if any. */
  async findToken(secret: string): Promise<TokenRow | undefined> {
    return this.wrap('findToken', () =>
      this.db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hashToken(secret)).where('revoked_at', 'is', null).executeTakeFirst(),
    );
  }

  async revokeToken(id: string): Promise<boolean> {
    const r = await this.wrap('revokeToken', () =>
      this.db.updateTable('api_tokens').set({ revoked_at: new Date() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst(),
    );
    return Number(r.numUpdatedRows) > 0;
  }
}

function toEventRecord(r: import('./schema.ts').EventRow): EventRecord {
  return {
    id: r.id,
    documentId: r.document_id,
    runId: r.run_id,
    kind: r.kind,
    actor: r.actor,
    itemPath: r.item_path,
    before: r.before,
    after: r.after,
    createdAt: iso(r.created_at),
  };
}
