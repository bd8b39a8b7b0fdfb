import { sql, type Kysely } from 'kysely';
import { VanbanError } from '../errors/index.ts';
import type { Correction, CorrectionTarget, Json } from '../review/review-types.ts';
import type { CorrectionsTables } from './corrections-schema.ts';

type Row = CorrectionsTables['review_corrections'] & { id: number };

export interface NewCorrection {
  documentId: string;
  runId?: string | null;
  target: CorrectionTarget;
  before: Json;
  after: Json;
  author: string;
  role: string;
  action: Correction['action'];
  revertsId?: number;
  /** For a word: what OCR read before repair; the lexicon maps it to the confirmed word. Default `before`. */
  source?: string;
  /** For a word: the corrected line it stands in, kept with the lexicon entry as context. */
  phrase?: string;
  /** The same line before this correction: entries learnt from it get the newer line as their phrase. */
  previousPhrase?: string;
  /** Default: now. */
  at?: string;
}

function toCorrection(r: Row, undoneIds: Set<number>): Correction {
  const target: CorrectionTarget = r.target_kind === 'word'
    ? { kind: 'word', wordId: r.target_id, page: r.page ?? 0 }
    : { kind: 'field', itemId: r.target_id, pointer: r.pointer ?? '' };
  const c: Correction = {
    id: r.id, documentId: r.document_id, target, before: JSON.parse(r.before) as Json, after: JSON.parse(r.after) as Json,
    author: r.author, role: r.role, at: r.created_at, action: r.action as Correction['action'],
  };
  if (r.reverts_id !== null) c.revertsId = r.reverts_id;
  if (r.run_id !== null) c.runId = r.run_id;
  if (r.source !== null) c.source = r.source;
  if (undoneIds.has(r.id)) c.undone = true;
  return c;
}

function db<DB>(d: Kysely<DB>): Kysely<CorrectionsTables> {
  return d as unknown as Kysely<CorrectionsTables>;
}

/** Appends one correction; a word correction chosen by a person also teaches the deployment lexicon. */
export async function addCorrection<DB>(d: Kysely<DB>, c: NewCorrection): Promise<Correction> {
  const at = c.at ?? new Date().toISOString();
  return db(d).transaction().execute(async (tx) => {
    const row = await tx.insertInto('review_corrections').values({
      document_id: c.documentId,
      run_id: c.runId ?? null,
      target_kind: c.target.kind,
      target_id: c.target.kind === 'word' ? c.target.wordId : c.target.itemId,
      pointer: c.target.kind === 'field' ? c.target.pointer : null,
      page: c.target.kind === 'word' ? c.target.page : null,
      before: JSON.stringify(c.before),
      after: JSON.stringify(c.after),
      source: c.source ?? null,
      author: c.author, role: c.role, action: c.action,
      reverts_id: c.revertsId ?? null,
      created_at: at,
    }).returningAll().executeTakeFirstOrThrow();
    if (c.target.kind === 'word' && typeof c.before === 'string' && typeof c.after === 'string') {
      // An undo carries the reverted correction's source: it takes back exactly what that one taught.
      if (c.action === 'undo') await bumpLexicon(tx, c.source ?? c.after, c.before, -1, at);
      else if (c.before !== c.after) await bumpLexicon(tx, c.source ?? c.before, c.after, 1, at, c.phrase);
      if (c.phrase && c.previousPhrase && c.phrase !== c.previousPhrase) {
        await tx.updateTable('review_lexicon').set({ phrase: c.phrase }).where('phrase', '=', c.previousPhrase).execute();
      }
    }
    // A corrected plan is a changed result: incremental exports (`--since`) must pick it up again.
    if (c.runId) await sql`update results set updated_at = now() where run_id = ${c.runId}`.execute(tx).catch(() => undefined);
    return toCorrection(row as Row, new Set());
  });
}

/** Lexicon keys are the bare word: surrounding punctuation is not part of what was misread. */
export function lexiconKey(word: string): string {
  return word.normalize('NFC').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

async function bumpLexicon(tx: Kysely<CorrectionsTables>, wrongRaw: string, rightRaw: string, delta: number, at: string, phrase?: string): Promise<void> {
  const wrong = lexiconKey(wrongRaw);
  const right = lexiconKey(rightRaw);
  if (!wrong || !right || wrong === right) return;
  await tx.insertInto('review_lexicon').values({ wrong, right, count: Math.max(0, delta), phrase: phrase ?? null, updated_at: at })
    .onConflict((oc) => oc.columns(['wrong', 'right']).doUpdateSet({
      count: sql<number>`greatest(0, review_lexicon.count + ${delta})`, updated_at: at,
      ...(phrase ? { phrase } : {}),
    }))
    .execute();
}

/**
 * Corrections of a document in the order they were made (only those of `runId` when given: a reprocessed
 * document starts a fresh review); reverted ones carry `undone: true`.
 */
export async function listCorrections<DB>(d: Kysely<DB>, documentId: string, runId?: string | null): Promise<Correction[]> {
  let q = db(d).selectFrom('review_corrections').selectAll().where('document_id', '=', documentId);
  if (runId) q = q.where('run_id', '=', runId);
  const rows = await q.orderBy('id').execute();
  const undone = new Set(rows.map((r) => r.reverts_id).filter((x): x is number => x !== null));
  return rows.map((r) => toCorrection(r as Row, undone));
}

export async function getCorrection<DB>(d: Kysely<DB>, id: number): Promise<Correction> {
  const row = await db(d).selectFrom('review_corrections').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new VanbanError('NOT_FOUND', `Correction ${id} not found`);
  const undo = await db(d).selectFrom('review_corrections').select('id').where('reverts_id', '=', id).executeTakeFirst();
  return toCorrection(row as Row, new Set(undo ? [id] : []));
}

/** Field corrections of every document (oldest first), optionally since an ISO time: labelled examples. */
export async function listFieldCorrections<DB>(d: Kysely<DB>, opts: { since?: string } = {}): Promise<Correction[]> {
  let q = db(d).selectFrom('review_corrections').selectAll().where('target_kind', '=', 'field');
  if (opts.since) q = q.where('created_at', '>=', opts.since);
  const rows = await q.orderBy('id').execute();
  const undone = new Set(rows.map((r) => r.reverts_id).filter((x): x is number => x !== null));
  return rows.map((r) => toCorrection(r as Row, undone));
}

export interface LexiconEntry {
  wrong: string;
  right: string;
  count: number;
  phrase: string | null;
}

/** The deployment lexicon: user-confirmed word corrections still in force, most confirmed first. */
export async function loadLexicon<DB>(d: Kysely<DB>): Promise<LexiconEntry[]> {
  return db(d).selectFrom('review_lexicon').select(['wrong', 'right', 'count', 'phrase']).where('count', '>', 0)
    .orderBy('count', 'desc').orderBy('wrong').execute();
}

/**
 * The lexicon in the shape `createRepairer({ lexicon })` takes (RepairLexicon of src/repair): confirmed
 * confusions (as OCR read them → as confirmed, with counts) and the corrected lines as phrases whose
 * n-grams the repair model boosts. Read at the start of each run so later documents profit at once.
 */
export async function loadRepairLexicon<DB>(d: Kysely<DB>): Promise<{ phrases: string[]; confusions: { from: string; to: string; count: number }[] }> {
  const entries = await loadLexicon(d);
  return {
    confusions: entries.map((e) => ({ from: e.wrong, to: e.right, count: e.count })),
    phrases: [...new Set(entries.map((e) => e.phrase).filter((p): p is string => !!p && p.trim().length > 0))],
  };
}
