import type { Kysely } from 'kysely';
import { applyCorrections } from '../review/apply-corrections.ts';
import type { JsonObject } from '../review/review-types.ts';
import { listCorrections } from './corrections-store.ts';

/**
 * The plan as downstream systems should see it: the stored result with the reviewers' corrections of that
 * run applied and marked `review.reviewed`. Used by every export path (API result, bulk export, CLI).
 */
export async function withCorrections<DB>(db: Kysely<DB>, documentId: string, runId: string | null | undefined, plan: unknown): Promise<unknown> {
  if (!plan || typeof plan !== 'object' || Array.isArray(plan)) return plan;
  const corrections = await listCorrections(db, documentId, runId);
  return corrections.length === 0 ? plan : applyCorrections(plan as JsonObject, corrections);
}
