import { Type, type Static } from '@sinclair/typebox';
import type { ResultRecord } from '../store/store.ts';
import { DocumentStatus } from './document-record.ts';

/** One line of the bulk export (CLI `export`, `GET /api/export`): which document, and its current plan. */
export const ExportRecord = Type.Object(
  {
    documentId: Type.String(),
    runId: Type.String(),
    fileName: Type.String(),
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    status: DocumentStatus,
    updatedAt: Type.String({ format: 'date-time' }),
    plan: Type.Unknown({ description: 'The PlanDocument (see /api/schema/plan-document.json)' }),
  },
  { $id: 'ExportRecord' },
);
export type ExportRecord = Static<typeof ExportRecord>;

export function toExportRecord(r: ResultRecord): ExportRecord {
  return {
    documentId: r.documentId,
    runId: r.runId,
    fileName: r.fileName,
    sha256: r.sha256,
    status: r.status,
    updatedAt: r.updatedAt.toISOString(),
    plan: r.plan,
  };
}
