import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processDocumentDetailed } from '../src/pipeline/process-document.ts';
import { runStoredRun } from '../src/pipeline/run-stored.ts';
import { submitFile } from '../src/pipeline/intake.ts';
import type { PipelineContext } from '../src/pipeline/context.ts';
import { Store } from '../src/store/index.ts';
import { fakeStages } from './helpers/fake-stages.ts';
import { tempDir } from './helpers/services.ts';

const limits = { maxFileBytes: 1_000_000, maxPages: 10, maxImagePixels: 1e8 };
const defaults = { ocrEngine: 'native', toneStyle: 'old' } as const;

describe('pipeline', () => {
  let dir: string;
  let store: Store;
  beforeAll(async () => {
    dir = await tempDir();
    store = await Store.open({ dataDir: dir });
  });
  afterAll(async () => {
    await store.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('processDocument: one bad page gives a partial plan with a per-page error', async () => {
    const f = path.join(dir, 'three.txt');
    await fs.writeFile(f, 'Trang một\fTrang hai FAIL:IMAGE_INVALID\fTrang ba');
    const seen: number[] = [];
    const r = await processDocumentDetailed(f, fakeStages(), { limits, onPage: (o) => seen.push(o.ok ? 1 : 0) });
    expect(r.status).toBe('partial');
    expect(r.pageCount).toBe(3);
    expect(seen.sort()).toEqual([0, 1, 1]);
    expect(r.plan).toMatchObject({ texts: ['Trang một', 'Trang ba'], errors: [{ page: 2, code: 'IMAGE_INVALID' }], source: { fileName: 'three.txt', pageCount: 3, mediaType: 'text/plain' } });
  });

  it('processDocument: bad input and all-pages-failed throw coded errors', async () => {
    const empty = path.join(dir, 'empty.txt');
    await fs.writeFile(empty, '  \n');
    await expect(processDocumentDetailed(empty, fakeStages(), { limits })).rejects.toMatchObject({ code: 'PDF_NO_PAGES' });
    const bin = path.join(dir, 'bin.txt');
    await fs.writeFile(bin, Buffer.from([0xff, 0xfe, 0x00, 0x01]));
    await expect(processDocumentDetailed(bin, fakeStages(), { limits })).rejects.toMatchObject({ code: 'INPUT_UNSUPPORTED_TYPE' });
    const bad = path.join(dir, 'bad.txt');
    await fs.writeFile(bad, 'FAIL:IMAGE_TOO_LARGE');
    await expect(processDocumentDetailed(bad, fakeStages(), { limits })).rejects.toMatchObject({ code: 'IMAGE_TOO_LARGE' });
  });

  it('stored runs: intake, page steps, finish; a resumed run re-reads only missing pages; transient faults retry', async () => {
    const calls = { recognize: 0, extract: 0 };
    const stages = fakeStages(calls);
    const ctx: PipelineContext = { store, dataDir: dir, limits, stagesFor: async () => stages };
    const f = path.join(dir, 'two.txt');
    await fs.writeFile(f, 'Một\fHai');
    const s = await submitFile(ctx, { file: f, fileName: 'two.txt', options: defaults });
    expect(s.outcome.status).toBe('queued');
    expect(s.pageCount).toBe(2);
    const runId = s.outcome.runId!;
    // Pretend a previous process read page 1 and died.
    await store.savePage(runId, 1, { status: 'done', ocr: await stages.recognizePage(f, 1, { limits }) });
    calls.recognize = 0;
    const r = await runStoredRun(ctx, runId, { defaults });
    expect(r.status).toBe('done');
    expect(calls.recognize).toBe(1);
    expect(await store.getCurrentResult(s.outcome.documentId!)).toMatchObject({ texts: ['Một', 'Hai'] });
    // Same content again: one document, no new run.
    const again = await submitFile(ctx, { file: f, fileName: 'two-copy.txt', options: defaults });
    expect(again.outcome).toMatchObject({ duplicate: true, documentId: s.outcome.documentId, status: 'done' });
    expect(again.pageCount).toBeNull();

    // A transient fault (OCR_FAILED) retries, then is recorded as a page error on the last attempt.
    const t = path.join(dir, 'transient.txt');
    await fs.writeFile(t, 'Tốt\fFAIL:OCR_FAILED');
    const st = await submitFile(ctx, { file: t, fileName: 'transient.txt', options: defaults });
    calls.recognize = 0;
    const rt = await runStoredRun(ctx, st.outcome.runId!, { defaults, attempts: 2 });
    expect(rt.status).toBe('partial');
    expect(calls.recognize).toBe(3);
    const pages = await store.listPages(st.outcome.runId!);
    expect(pages.map((p) => [p.status, p.error_code])).toEqual([['done', null], ['failed', 'OCR_FAILED']]);
  });

  it('in-process runtime resumes runs a previous process left unfinished', async () => {
    const { openRuntime } = await import('../src/runtime/open-runtime.ts');
    const { loadConfig } = await import('../src/config/index.ts');
    const { fakeStageFactory } = await import('./helpers/fake-stages.ts');
    const dir2 = await tempDir();
    try {
      const config = loadConfig({ VANBAN_DATA_DIR: dir2 });
      // A process that took the file in and died before reading it.
      const first = await openRuntime(config, { stages: fakeStageFactory() });
      const f = path.join(dir2, 'left.txt');
      await fs.writeFile(f, 'Một\fHai');
      const s = await submitFile(first.ctx, { file: f, fileName: 'left.txt', options: defaults });
      await first.close();
      const second = await openRuntime(config, { stages: fakeStageFactory() });
      try {
        expect((await second.store.getRun(s.outcome.runId!))?.status).toBe('queued');
        expect(await second.resumeUnfinished()).toBe(1);
        const { waitForRuns } = await import('../src/runtime/wait-for-runs.ts');
        const [run] = await waitForRuns(second.store, [s.outcome.runId!], { timeoutMs: 20_000 });
        expect(run?.status).toBe('done');
      } finally {
        await second.close();
      }
    } finally {
      await fs.rm(dir2, { recursive: true, force: true });
    }
  });

  it('intake: bad input fails at once with its code, nothing to run', async () => {
    const ctx: PipelineContext = { store, dataDir: dir, limits, stagesFor: async () => fakeStages() };
    const f = path.join(dir, 'x.pdf');
    await fs.writeFile(f, '%PDF-1.4 nonsense');
    const s = await submitFile(ctx, { file: f, fileName: 'x.pdf', options: defaults });
    expect(s.outcome).toMatchObject({ status: 'failed', error: { code: 'INPUT_UNSUPPORTED_TYPE' } });
    expect(s.pageCount).toBeNull();
    expect((await store.getDocument(s.outcome.documentId!))?.status).toBe('failed');
    const big = path.join(dir, 'big.txt');
    await fs.writeFile(big, 'x'.repeat(2_000_000));
    const b = await submitFile(ctx, { file: big, fileName: 'big.txt', options: defaults });
    expect(b.outcome).toMatchObject({ status: 'failed', documentId: null, error: { code: 'FILE_TOO_LARGE' } });
  });
});
