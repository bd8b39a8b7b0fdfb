import { sql, type Generated, type Kysely } from 'kysely';

/** Tables owned by review: corrections (an append-only log) and the deployment lexicon they feed. */
export interface CorrectionsTables {
  review_corrections: {
    id: Generated<number>;
    document_id: string;
    /** Run whose plan was corrected: word ids and item ids are only meaningful within one run. */
    run_id: string | null;
    /** `word` or `field`. */
    target_kind: string;
    /** Word id (`p1-l3-w2`) or item id. */
    target_id: string;
    /** JSON Pointer of the field; null for words. */
    pointer: string | null;
    page: number | null;
    /** JSON text (portable between PostgreSQL and PGlite). */
    before: string;
    after: string;
    /** For a word: what OCR read before repair (the lexicon learns OCR reading → confirmed word). */
    source: string | null;
    author: string;
    role: string;
    action: string;
    reverts_id: number | null;
    /** ISO 8601. */
    created_at: string;
  };
  review_lexicon: {
    /** What OCR/repair produced, as it appeared. */
    wrong: string;
    /** What the reviewer chose. */
    right: string;
    /** Accepted corrections minus undos; entries at 0 are ignored. */
    count: number;
    /** The corrected line the word was confirmed in (context for the repair model's phrase boost). */
    phrase: string | null;
    updated_at: string;
  };
}

/** Creates the review tables when missing (idempotent); applied by the versioned migration 0010. */
export async function migrateCorrections<DB>(db: Kysely<DB>): Promise<void> {
  const k = db as unknown as Kysely<CorrectionsTables>;
  await k.schema.createTable('review_corrections').ifNotExists()
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('run_id', 'text')
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('pointer', 'text')
    .addColumn('page', 'integer')
    .addColumn('before', 'text', (c) => c.notNull())
    .addColumn('after', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('reverts_id', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await sql`create index if not exists review_corrections_document on review_corrections (document_id, id)`.execute(k);
  await k.schema.createTable('review_lexicon').ifNotExists()
    .addColumn('wrong', 'text', (c) => c.notNull())
    .addColumn('right', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('phrase', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('review_lexicon_pk', ['wrong', 'right'])
    .execute();
}
