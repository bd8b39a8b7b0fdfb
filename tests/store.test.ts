import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store, storeOriginalFile, toDocumentSummary } from '../src/store/index.ts';
import { createTempDatabase, tempDir } from './helpers/services.ts';

const backends: { name: string; open: (dir: string) => Promise<{ store: Store; cleanup: () => Promise<void> }> }[] = [
  {
    name: 'PGlite (embedded)',
    open: async (dir) => ({ store: await Store.open({ dataDir: dir }), cleanup: async () => undefined }),
  },
  {
    name: 'PostgreSQL',
    open: async (dir) => {
      const tmp = await createTempDatabase();
      return { store: await Store.open({ dataDir: dir, databaseUrl: tmp.url }), cleanup: tmp.drop };
    },
  },
];

describe.each(backends)('Store on $name', ({ open }) => {
  let dir: string;
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    dir = await tempDir();
    ({ store, cleanup } = await open(dir));
  });
  afterAll(async () => {
    await store?.close();
    await cleanup?.();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('stores originals content-addressed and keeps one document per sha256 unless reprocessing', async () => {
    const src = path.join(dir, 'a.txt');
    await fs.writeFile(src, 'Kế hoạch số 1');
    const f = await storeOriginalFile(dir, src);
    expect(f.relPath).toBe(path.join('originals', f.sha256.slice(0, 2), `${f.sha256}.txt`));
    expect(await fs.readFile(path.join(dir, f.relPath), 'utf8')).toBe('Kế hoạch số 1');
    const input = { sha256: f.sha256, fileName: 'a.txt', sizeBytes: f.sizeBytes, originalPath: f.relPath, options: { ocrEngine: 'native' } };
    const [a, b] = await Promise.all([store.intake(input), store.intake(input)]);
    expect(a.document.id).toBe(b.document.id);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    const again = await store.intake(input);
    expect(again.duplicate).toBe(true);
    expect(again.run.id).toBe(a.duplicate ? b.run.id : a.run.id);
    const re = await store.intake({ ...input, options: { ocrEngine: 'tesseract.js' }, reprocess: true });
    expect(re.duplicate).toBe(false);
    expect(re.run.id).not.toBe(again.run.id);
    expect((await store.listRuns(a.document.id)).map((r) => r.options)).toEqual([{ ocrEngine: 'native' }, { ocrEngine: 'tesseract.js' }]);
    expect((await store.getDocument(a.document.id))?.current_run_id).toBe(re.run.id);
  });

  it('tracks pages, progress and results idempotently, and exports since a time', async () => {
    const { document, run } = await store.intake({ sha256: 'b'.repeat(64), fileName: 'b.pdf', sizeBytes: 10, originalPath: 'x', options: {} });
    await store.startRun(run.id, { kind: 'pdf', pageCount: 3 });
    await store.startRun(run.id, { kind: 'pdf', pageCount: 3 }); // a retried job
    expect((await store.listPages(run.id)).map((p) => p.status)).toEqual(['pending', 'pending', 'pending']);
    await store.savePage(run.id, 1, { status: 'done', ocr: { text: 'một' }, imagePath: 'pages/1.png' });
    await store.savePage(run.id, 1, { status: 'done', ocr: { text: 'một' }, imagePath: 'pages/1.png' });
    await store.savePage(run.id, 2, { status: 'failed', errorCode: 'OCR_FAILED', errorMessage: 'boom' });
    let d = toDocumentSummary((await store.getDocument(document.id))!);
    expect(d.status).toBe('processing');
    expect(d.progress).toBeCloseTo(2 / 4);
    const before = new Date(Date.now() - 1000);
    await store.savePage(run.id, 3, { status: 'done', ocr: { text: 'ba' } });
    await store.saveResult(run.id, { title: 'x' }, { status: 'partial' });
    await store.saveResult(run.id, { title: 'y' }, { status: 'partial' });
    d = toDocumentSummary((await store.getDocument(document.id))!);
    expect(d).toMatchObject({ status: 'partial', progress: 1, pageCount: 3, kind: 'pdf' });
    expect(await store.getCurrentResult(document.id)).toEqual({ title: 'y' });
    const exported = [];
    for await (const r of store.exportResults({ since: before, batch: 1 })) exported.push(r);
    expect(exported.map((r) => r.documentId)).toEqual([document.id]);
    const none = [];
    for await (const r of store.exportResults({ since: new Date(Date.now() + 60_000) })) none.push(r);
    expect(none).toHaveLength(0);
    expect((await store.listPages(run.id))[0]?.attempts).toBe(2);
  });

  it('fails a run with a code, records events, and stores only token hashes', async () => {
    const { document, run } = await store.intake({ sha256: 'c'.repeat(64), fileName: 'c.pdf', sizeBytes: 1, originalPath: 'y', options: {} });
    await store.failRun(run.id, 'PDF_ENCRYPTED', 'PDF is encrypted');
    expect(toDocumentSummary((await store.getDocument(document.id))!).error).toEqual({ code: 'PDF_ENCRYPTED', message: 'PDF is encrypted' });
    const ev = await store.addEvent({ documentId: document.id, kind: 'correction', actor: 'ann', itemPath: '/tasks/0/title', before: 'a', after: 'b' });
    expect((await store.listEvents(document.id))[0]).toEqual(ev);
    const t = await store.createToken('ci', 'reader');
    const rows = await store.db.selectFrom('api_tokens').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(t.token);
    expect((await store.findToken(t.token))?.role).toBe('reader');
    expect(await store.findToken(`${t.token}x`)).toBeUndefined();
    await store.revokeToken(t.id);
    expect(await store.findToken(t.token)).toBeUndefined();
    expect(await store.countByStatus()).toMatchObject({ failed: 1, partial: 1 });
  });
});
