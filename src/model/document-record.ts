import { Type, type Static } from '@sinclair/typebox';

/**
 * Records about ingested documents, shared by storage, the HTTP API (route schemas, OpenAPI) and tests.
 * The extracted plan itself is the PlanDocument model (src/model/plan-document.ts).
 */

export const DocumentStatus = Type.Union(
  [Type.Literal('queued'), Type.Literal('processing'), Type.Literal('done'), Type.Literal('partial'), Type.Literal('failed')],
  { description: 'done = every page read; partial = some pages failed (see errors); failed = no result' },
);
export type DocumentStatus = Static<typeof DocumentStatus>;
/** A run in one of these states is finished: no runner works on it any more. */
export const isFinished = (status: DocumentStatus): boolean => status === 'done' || status === 'partial' || status === 'failed';

export const Role = Type.Union([Type.Literal('archivist'), Type.Literal('reviewer'), Type.Literal('reader')], {
  description: 'archivist: upload (and read); reviewer: correct (and read); reader: read and export',
});
export type Role = Static<typeof Role>;

export const ErrorInfo = Type.Object({ code: Type.String(), message: Type.String() });
export type ErrorInfo = Static<typeof ErrorInfo>;

export const DocumentSummary = Type.Object(
  {
    id: Type.String(),
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    fileName: Type.String(),
    sizeBytes: Type.Integer({ minimum: 0 }),
    kind: Type.Union([Type.String(), Type.Null()]),
    pageCount: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
    status: DocumentStatus,
    progress: Type.Number({ minimum: 0, maximum: 1 }),
    runId: Type.Union([Type.String(), Type.Null()]),
    error: Type.Union([ErrorInfo, Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'DocumentSummary' },
);
export type DocumentSummary = Static<typeof DocumentSummary>;

export const PageRecord = Type.Object(
  {
    number: Type.Integer({ minimum: 1 }),
    status: Type.Union([Type.Literal('pending'), Type.Literal('done'), Type.Literal('failed')]),
    hasImage: Type.Boolean(),
    error: Type.Union([ErrorInfo, Type.Null()]),
  },
  { $id: 'PageRecord' },
);
export type PageRecord = Static<typeof PageRecord>;

export const EventRecord = Type.Object(
  {
    id: Type.Integer(),
    documentId: Type.String(),
    runId: Type.Union([Type.String(), Type.Null()]),
    kind: Type.String(),
    actor: Type.Union([Type.String(), Type.Null()]),
    itemPath: Type.Union([Type.String(), Type.Null()]),
    before: Type.Unknown(),
    after: Type.Unknown(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'EventRecord' },
);
export type EventRecord = Static<typeof EventRecord>;

/** Outcome of submitting one file: a new document, an existing one (same sha256), or a rejection. */
export const IntakeOutcome = Type.Object(
  {
    fileName: Type.String(),
    documentId: Type.Union([Type.String(), Type.Null()]),
    runId: Type.Union([Type.String(), Type.Null()]),
    duplicate: Type.Boolean({ description: 'Same content as an existing document (no new run unless reprocess)' }),
    status: DocumentStatus,
    error: Type.Union([ErrorInfo, Type.Null()]),
  },
  { $id: 'IntakeOutcome' },
);
export type IntakeOutcome = Static<typeof IntakeOutcome>;
