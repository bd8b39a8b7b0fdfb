import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../src/api/build-api.ts';
import { sanitizeFileName } from '../src/api/sanitize-file-name.ts';
import { loadConfig } from '../src/config/index.ts';
import { openRuntime, type Runtime } from '../src/runtime/open-runtime.ts';
import { waitForRuns } from '../src/runtime/wait-for-runs.ts';
import { fakeStageFactory } from './helpers/fake-stages.ts';
import { tempDir } from './helpers/services.ts';

function form(files: { name: string; content: string | Uint8Array<ArrayBuffer> }[]): FormData {
  const fd = new FormData();
  for (const f of files) fd.append('file', new Blob([f.content]), f.name);
  return fd;
}

describe('HTTP API', () => {
  let dir: string;
  let runtime: Runtime;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};
  const auth = (role: string) => ({ authorization: `Bearer ${tokens[role]}` });

  beforeAll(async () => {
    dir = await tempDir();
    const config = loadConfig({ VANBAN_DATA_DIR: dir, VANBAN_MAX_FILE_BYTES: '5000' });
    runtime = await openRuntime(config, { stages: fakeStageFactory() });
    app = await buildApi(runtime, { ssePollMs: 50 });
    for (const role of ['archivist', 'reviewer', 'reader'] as const) tokens[role] = (await runtime.store.createToken(role, role)).token;
  });
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('needs a token (401) of the right role (403)', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/documents' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/documents', headers: { authorization: 'Bearer vb_nope' } })).statusCode).toBe(401);
    const up = await app.inject({ method: 'POST', url: '/api/documents', headers: auth('reader'), payload: form([{ name: 'a.txt', content: 'x' }]) });
    expect(up.statusCode).toBe(403);
    expect(up.json().error.code).toBe('FORBIDDEN');
    expect((await app.inject({ method: 'GET', url: '/api/export', headers: auth('reader') })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: `/api/documents?token=${tokens.reader}` })).statusCode).toBe(200);
  });

  it('takes a multi-file upload: good files run, bad ones fail alone with a code, names are sanitised', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/documents',
      headers: auth('archivist'),
      payload: form([
        { name: 'ke-hoach.txt', content: 'KẾ HOẠCH\fTrang hai' },
        { name: '../../../../etc/passwd.txt', content: 'Kế hoạch khác' },
        { name: '..\\..\\win.txt', content: 'Một kế hoạch nữa' },
        { name: 'big.txt', content: 'x'.repeat(6000) },
        { name: 'scan.pdf', content: '%PDF-1.7 not really' },
        { name: 'empty.txt', content: '' },
      ]),
    });
    expect(res.statusCode).toBe(202);
    const items = res.json().items as { fileName: string; status: string; runId: string | null; documentId: string | null; error: { code: string } | null }[];
    expect(items.map((i) => [i.fileName, i.status, i.error?.code ?? null])).toEqual([
      ['ke-hoach.txt', 'queued', null],
      ['passwd.txt', 'queued', null],
      ['win.txt', 'queued', null],
      ['big.txt', 'failed', 'FILE_TOO_LARGE'],
      ['scan.pdf', 'failed', 'INPUT_UNSUPPORTED_TYPE'],
      ['empty.txt', 'failed', 'PDF_NO_PAGES'],
    ]);
    // Nothing was written outside the data directory; uploads live content-addressed.
    await expect(fs.stat(path.join(dir, '..', 'etc'))).rejects.toThrow();
    const stored = await fs.readdir(path.join(dir, 'originals'), { recursive: true });
    expect(stored.filter((f) => f.endsWith('.txt')).every((f) => /^[0-9a-f]{2}\/[0-9a-f]{64}\.txt$/.test(f))).toBe(true);
    expect(await fs.readdir(path.join(dir, 'tmp'))).toEqual([]);

    const runIds = items.filter((i) => i.status === 'queued').map((i) => i.runId!);
    const runs = await waitForRuns(runtime.store, runIds, { timeoutMs: 20_000 });
    expect(runs.map((r) => r.status)).toEqual(['done', 'done', 'done']);

    const list = await app.inject({ method: 'GET', url: '/api/documents?limit=50', headers: auth('reader') });
    expect(list.json().counts).toMatchObject({ done: 3, failed: 2 });
    const first = items[0]!;
    const one = await app.inject({ method: 'GET', url: `/api/documents/${first.documentId}`, headers: auth('reader') });
    expect(one.json()).toMatchObject({ document: { status: 'done', progress: 1, pageCount: 2 }, pages: [{ number: 1, status: 'done' }, { number: 2 }] });
    const result = await app.inject({ method: 'GET', url: `/api/documents/${first.documentId}/result`, headers: auth('reader') });
    expect(result.json()).toMatchObject({ texts: ['KẾ HOẠCH', 'Trang hai'] });
    const missing = await app.inject({ method: 'GET', url: `/api/documents/${first.documentId}/pages/1/image`, headers: auth('reader') });
    expect(missing.statusCode).toBe(404);

    // The same file again is the same document.
    const again = await app.inject({ method: 'POST', url: '/api/documents', headers: auth('archivist'), payload: form([{ name: 'copy.txt', content: 'KẾ HOẠCH\fTrang hai' }]) });
    expect(again.json().items[0]).toMatchObject({ duplicate: true, documentId: first.documentId });
    // … unless reprocessing asks for another run.
    const re = await app.inject({ method: 'POST', url: '/api/documents?reprocess=true&toneStyle=new', headers: auth('archivist'), payload: form([{ name: 'copy.txt', content: 'KẾ HOẠCH\fTrang hai' }]) });
    expect(re.json().items[0]).toMatchObject({ duplicate: false, documentId: first.documentId });
    await waitForRuns(runtime.store, [re.json().items[0].runId], { timeoutMs: 20_000 });
    const runsOf = await app.inject({ method: 'GET', url: `/api/documents/${first.documentId}`, headers: auth('reader') });
    expect(runsOf.json().runs.map((r: { options: { toneStyle: string } }) => r.options.toneStyle)).toEqual(['old', 'new']);

    const exp = await app.inject({ method: 'GET', url: '/api/export', headers: auth('reader') });
    expect(exp.headers['content-type']).toContain('application/x-ndjson');
    const lines = exp.body.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(new Set(lines.map((l) => l.documentId)).size).toBe(3);
    const later = await app.inject({ method: 'GET', url: `/api/export?since=${new Date(Date.now() + 60_000).toISOString()}`, headers: auth('reader') });
    expect(later.body).toBe('');
  });

  it('records corrections from reviewers only', async () => {
    const docs = (await app.inject({ method: 'GET', url: '/api/documents?status=done', headers: auth('reader') })).json().items;
    const id = docs[0].id;
    const body = { itemPath: '/tasks/0/title', before: 'a', after: 'b' };
    expect((await app.inject({ method: 'POST', url: `/api/documents/${id}/corrections`, headers: auth('archivist'), payload: body })).statusCode).toBe(403);
    const ok = await app.inject({ method: 'POST', url: `/api/documents/${id}/corrections`, headers: auth('reviewer'), payload: body });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ actor: 'reviewer', itemPath: '/tasks/0/title', before: 'a', after: 'b' });
    const events = await app.inject({ method: 'GET', url: `/api/documents/${id}/events`, headers: auth('reader') });
    expect(events.json()).toHaveLength(1);
  });

  it('streams progress as server-sent events', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address() as { port: number };
    const ctrl = new AbortController();
    const res = await fetch(`http://127.0.0.1:${addr.port}/api/progress?token=${tokens.reader}`, { signal: ctrl.signal });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes('event: document')) text += new TextDecoder().decode((await reader.read()).value);
    ctrl.abort();
    const data = JSON.parse(/data: (.*)\n/.exec(text)![1]!);
    expect(data).toHaveProperty('status');
    expect(data).toHaveProperty('progress');
  });

  it('publishes OpenAPI and Swagger UI offline', async () => {
    const spec = await app.inject({ method: 'GET', url: '/docs/json' });
    expect(spec.statusCode).toBe(200);
    const paths = Object.keys(spec.json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/documents', '/api/documents/{id}/result', '/api/export', '/api/progress']));
    const ui = await app.inject({ method: 'GET', url: '/docs' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger-ui');
    const bundle = await app.inject({ method: 'GET', url: '/docs/static/swagger-ui-bundle.js' });
    expect(bundle.statusCode).toBe(200);
  });

  it('sanitises upload names', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('..')).toBe('upload');
    expect(sanitizeFileName('C:\\x\\..\\Kế hoạch.pdf')).toBe('Kế hoạch.pdf');
    expect(sanitizeFileName('a\u0000b.pdf')).toBe('ab.pdf');
    expect(sanitizeFileName(undefined)).toBe('upload');
  });
});
