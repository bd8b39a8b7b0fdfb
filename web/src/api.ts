import type { Correction, CorrectionTarget, Json } from '../../src/review/review-types.ts';
import type { ReviewView } from '../../src/review/review-view.ts';

export type { Correction, CorrectionTarget, Json, ReviewView };

const TOKEN_KEY = 'vanban.token';

export function getToken(): string {
  return localStorage.getItem(TOKEN_KEY) ?? '';
}
export function setToken(t: string): void {
  if (t) localStorage.setItem(TOKEN_KEY, t);
  else localStorage.removeItem(TOKEN_KEY);
}

/** Adds the token as a query parameter, for <img> and EventSource which cannot send headers. */
export function withToken(url: string): string {
  const t = getToken();
  if (!t) return url;
  return url + (url.includes('?') ? '&' : '?') + 'token=' + encodeURIComponent(t);
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  const t = getToken();
  if (t) headers.authorization = `Bearer ${t}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(url, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
  if (!res.ok) {
    let msg = res.statusText;
    try {
      const j = (await res.json()) as { message?: string; error?: { message?: string } };
      msg = j.error?.message ?? j.message ?? msg;
    } catch { /* not JSON */ }
    throw new ApiError(res.status, msg);
  }
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('json') ? await res.json() : await res.text()) as T;
}

export interface Me {
  name: string;
  role: 'archivist' | 'reviewer' | 'reader';
  canCorrect: boolean;
  threshold: number;
}

/** A row of the document list, normalised from the server's document record. */
export interface DocRow {
  id: string;
  name: string;
  status: string;
  /** 0..1 */
  progress: number;
  pages: number | null;
  lowConfidence: number | null;
  createdAt: string;
  error?: string;
}

type Raw = Record<string, unknown>;
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Reads a progress value given as a fraction, a percentage or {done,total}. */
export function progressOf(r: Raw): number {
  const p = r.progress;
  if (typeof p === 'number') return p > 1 ? p / 100 : p;
  if (p && typeof p === 'object') {
    const o = p as Raw;
    const done = num(o.done) ?? num(o.pagesDone) ?? num(o.completed);
    const total = num(o.total) ?? num(o.pageCount) ?? num(o.pages);
    if (done !== null && total) return done / total;
    const f = num(o.fraction) ?? num(o.percent);
    if (f !== null) return f > 1 ? f / 100 : f;
  }
  const done = num(r.pagesDone);
  const total = num(r.pageCount);
  if (done !== null && total) return done / total;
  return r.status === 'done' || r.status === 'completed' ? 1 : 0;
}

export function normaliseDoc(r: Raw): DocRow {
  const row: DocRow = {
    id: String(r.id),
    name: str(r.name) ?? str(r.filename) ?? str(r.fileName) ?? str(r.originalName) ?? String(r.id),
    status: str(r.status) ?? 'unknown',
    progress: progressOf(r),
    pages: num(r.pageCount) ?? num(r.pages),
    lowConfidence: num(r.lowConfidence),
    createdAt: str(r.createdAt) ?? str(r.created_at) ?? '',
  };
  const err = r.error;
  if (typeof err === 'string') row.error = err;
  else if (err && typeof err === 'object') row.error = str((err as Raw).message) ?? str((err as Raw).code);
  return row;
}

export const api = {
  me: () => call<Me>('GET', '/api/review/me'),
  documents: async (): Promise<DocRow[]> => {
    const j = await call<unknown>('GET', '/api/documents');
    const list = Array.isArray(j) ? j : ((j as Raw).documents ?? (j as Raw).items ?? []);
    return (list as Raw[]).map(normaliseDoc);
  },
  counts: (ids: string[]) => call<Record<string, { lowConfidence: number; reviewed: number }>>('GET', `/api/review/counts?ids=${encodeURIComponent(ids.join(','))}`),
  review: (id: string, threshold?: number) =>
    call<ReviewView>('GET', `/api/documents/${encodeURIComponent(id)}/review${threshold === undefined ? '' : `?threshold=${threshold}`}`),
  correct: (id: string, target: CorrectionTarget | { kind: 'word'; wordId: string }, after: Json, action: 'edit' | 'alternative' | 'confirm') =>
    call<Correction>('POST', `/api/documents/${encodeURIComponent(id)}/review/corrections`, { target, after, action }),
  undo: (id: string, cid: number) => call<Correction>('POST', `/api/documents/${encodeURIComponent(id)}/review/corrections/${cid}/undo`),
  /** Uploads one file (multipart); resolves with the server's answer. */
  upload: async (file: File): Promise<unknown> => {
    const fd = new FormData();
    fd.append('file', file, file.name);
    const headers: Record<string, string> = {};
    const t = getToken();
    if (t) headers.authorization = `Bearer ${t}`;
    const res = await fetch('/api/documents', { method: 'POST', headers, body: fd });
    if (!res.ok) throw new ApiError(res.status, (await res.text()) || res.statusText);
    return res.json();
  },
};
