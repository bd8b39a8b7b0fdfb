import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Table types for Kysely. Column names are snake_case in SQL; the store maps them to the API shapes. */

type CreatedAt = ColumnType<Date, never, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;
/** jsonb: read as parsed JSON, written as a JSON string (pg and PGlite both accept text for jsonb). */
type Json<T> = ColumnType<T, string, string>;

export type DocumentStatus = 'queued' | 'processing' | 'done' | 'partial' | 'failed';
export type PageStatus = 'pending' | 'done' | 'failed';
export type Role = 'archivist' | 'reviewer' | 'reader';

export interface DocumentsTable {
  id: string;
  sha256: string;
  file_name: string;
  /** bigint: pg returns it as a string, so read it through Number(). */
  size_bytes: ColumnType<number | string, number, number>;
  /** Path of the content-addressed original, relative to dataDir. */
  original_path: string;
  kind: string | null;
  page_count: number | null;
  status: DocumentStatus;
  /** 0..1 for the current run. */
  progress: Generated<number>;
  current_run_id: string | null;
  error_code: string | null;
  error_message: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface RunsTable {
  id: string;
  document_id: string;
  /** Processing options of this run (OCR engine, tone style, …). */
  options: Json<Record<string, unknown>>;
  status: DocumentStatus;
  page_count: number | null;
  pages_done: Generated<number>;
  error_code: string | null;
  error_message: string | null;
  created_at: CreatedAt;
  finished_at: Date | null;
}

export interface PagesTable {
  run_id: string;
  number: number;
  status: PageStatus;
  /** Page image relative to dataDir, kept for review. */
  image_path: string | null;
  ocr: Json<unknown> | null;
  error_code: string | null;
  error_message: string | null;
  attempts: Generated<number>;
  updated_at: UpdatedAt;
}

export interface ResultsTable {
  run_id: string;
  document_id: string;
  plan: Json<unknown>;
  schema_version: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface EventsTable {
  id: Generated<number>;
  document_id: string;
  run_id: string | null;
  /** 'correction' for reviewer edits; others describe lifecycle changes. */
  kind: string;
  actor: string | null;
  item_path: string | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  created_at: CreatedAt;
}

export interface ApiTokensTable {
  id: string;
  name: string;
  /** sha256 of the secret; the secret itself is shown once and never stored. */
  token_hash: string;
  role: Role;
  created_at: CreatedAt;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface Database {
  documents: DocumentsTable;
  runs: RunsTable;
  pages: PagesTable;
  results: ResultsTable;
  events: EventsTable;
  api_tokens: ApiTokensTable;
}

export type DocumentRow = Selectable<DocumentsTable>;
export type RunRow = Selectable<RunsTable>;
export type PageRow = Selectable<PagesTable>;
export type ResultRow = Selectable<ResultsTable>;
export type EventRow = Selectable<EventsTable>;
export type TokenRow = Selectable<ApiTokensTable>;
export type NewDocument = Insertable<DocumentsTable>;
export type DocumentUpdate = Updateable<DocumentsTable>;
