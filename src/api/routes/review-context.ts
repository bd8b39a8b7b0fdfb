import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Role } from '../../model/document-record.ts';
import { PERMISSIONS } from '../auth.ts';
import type { Correction } from '../../review/review-types.ts';
import type { ReviewSource } from '../../review/review-view.ts';

export type { Role };

export interface Actor {
  /** Who made a change, recorded with every correction (token name or user). */
  name: string;
  role: Role;
}

/** What the review routes need from the server that mounts them. */
export interface ReviewRoutesOptions {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- review tables live beside the host's tables
  db: Kysely<any>;
  /** Items below this confidence are queued for review (config.reviewThreshold). */
  threshold: number;
  /** Loads a processed document; undefined when unknown or not finished. */
  loadDocument(id: string): Promise<ReviewSource | undefined>;
  /** Resolves the caller from the request (API token); undefined when unauthenticated. */
  actor(req: FastifyRequest): Promise<Actor | undefined>;
  /** Called after each saved correction (e.g. to add it to the document's event log). */
  onCorrection?(c: Correction): Promise<void>;
}

/** Roles allowed to change a document's content (the API's permission table). */
export function canCorrect(role: Role): boolean {
  return (PERMISSIONS.correct as readonly Role[]).includes(role);
}

/** Sends 401/403 and returns undefined when the caller may not proceed. */
export async function requireActor(opts: ReviewRoutesOptions, req: FastifyRequest, reply: FastifyReply, write: boolean): Promise<Actor | undefined> {
  const actor = await opts.actor(req);
  if (!actor) {
    await reply.code(401).send({ error: { code: 'UNAUTHORIZED', message: 'API token required' } });
    return undefined;
  }
  if (write && !canCorrect(actor.role)) {
    await reply.code(403).send({ error: { code: 'FORBIDDEN', message: `Role ${actor.role} cannot correct documents` } });
    return undefined;
  }
  return actor;
}
