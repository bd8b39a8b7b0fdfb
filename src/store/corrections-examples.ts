import type { Kysely } from 'kysely';
import { labelledExamples, type LabelledExample } from '../review/labelled-examples.ts';
import type { Correction, JsonObject } from '../review/review-types.ts';
import { listFieldCorrections } from './corrections-store.ts';

/**
 * Every field correction as a labelled example (machine value → reviewer's value, with the source text),
 * grouped per document; `loadPlan` gives the uncorrected plan of a document for context.
 */
export async function* exportLabelledExamples<DB>(
  db: Kysely<DB>,
  loadPlan: (documentId: string) => Promise<unknown>,
  opts: { since?: string } = {},
): AsyncGenerator<LabelledExample> {
  const byDoc = new Map<string, Correction[]>();
  for (const c of await listFieldCorrections(db, opts)) byDoc.set(c.documentId, [...(byDoc.get(c.documentId) ?? []), c]);
  for (const [documentId, list] of byDoc) {
    const plan = await loadPlan(documentId);
    yield* labelledExamples(documentId, plan && typeof plan === 'object' ? (plan as JsonObject) : undefined, list);
  }
}
