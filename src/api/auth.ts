import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Role } from '../model/document-record.ts';
import type { Store } from '../store/index.ts';

declare module 'fastify' {
  interface FastifyRequest {
    auth?: { tokenId: string; role: Role; name: string };
  }
}

/** What each role may do. Uploading and correcting imply reading. */
export const PERMISSIONS = {
  read: ['reader', 'archivist', 'reviewer'],
  upload: ['archivist'],
  correct: ['reviewer'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

function presentedToken(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  if (h?.startsWith('Bearer ')) return h.slice(7).trim();
  // EventSource and <img> cannot send headers: accept ?token= as well.
  const q = (req.query as Record<string, unknown> | undefined)?.token;
  return typeof q === 'string' && q ? q : undefined;
}

/** 401 without a valid token, 403 when its role lacks the permission. */
export function requirePermission(store: Store, permission: Permission): preHandlerAsyncHookHandler {
  return async function (req: FastifyRequest, reply: FastifyReply) {
    const secret = presentedToken(req);
    const token = secret ? await store.findToken(secret) : undefined;
    if (!token) {
      reply.header('www-authenticate', 'Bearer');
      return reply.code(401).send({ error: { code: 'UNAUTHORIZED', message: 'A valid API token is required (Authorization: Bearer …)' } });
    }
    req.auth = { tokenId: token.id, role: token.role, name: token.name };
    if (!(PERMISSIONS[permission] as readonly Role[]).includes(token.role)) {
      return reply.code(403).send({ error: { code: 'FORBIDDEN', message: `Role ${token.role} may not ${permission}` } });
    }
  };
}
