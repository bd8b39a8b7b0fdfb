import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../src/api/build-api.ts';
import { loadConfig } from '../src/config/index.ts';
import { validatePlanDocument } from '../src/model/validate-plan-document.ts';
import { openRuntime, type Runtime } from '../src/runtime/open-runtime.ts';
import { waitForRuns } from '../src/runtime/wait-for-runs.ts';
import { PARAGRAPH, bombPng, manyPagePdf, textPdf, zeroPagePdf } from './helpers/make-inputs.ts';
import { tempDir } from './helpers/services.ts';
import { spawnVanban } from './helpers/worker-process.ts';

const SEED_LINES = [
  'ĐẢNG BỘ TỈNH AN GIANG                ĐẢNG CỘNG SẢN VIỆT NAM',
  'Số 12-KH/TU                 An Giang, ngày 5 tháng 3 năm 2024',
  'KẾ HOẠCH',
  'khắc phục hạn chế, khuyết điểm theo Kết luận kiểm điểm',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Khắc phục kịp thời các hạn chế đã được chỉ ra.',
];

/** Expected code per bad input; the good files must still complete. */
const BAD: Record<string, string> = {
  'not-a-pdf.pdf': 'PDF_INVALID',
  'truncated.pdf': 'PDF_TRUNCATED',
  'encrypted.pdf': 'PDF_ENCRYPTED',
  'zero-pages.pdf': 'PDF_NO_PAGES',
  'too-many-pages.pdf': 'PDF_TOO_MANY_PAGES',
  'notes.docx': 'INPUT_UNSUPPORTED_TYPE',
  'bomb.png': 'IMAGE_TOO_LARGE',
  'oversized.pdf': 'FILE_TOO_LARGE',
};

/**
 * (c) Bad input through the API and the CLI, with the production stages: each bad file fails with its code
 * at intake while the good files of the same batch complete (schema-valid plans).
 */
/** OCR of the good PDF shares 2 cores with the rest of the suite: generous, so load alone never fails it. */
const LOADED_MACHINE_MS = 180_000;

describe('bad input in a batch', () => {
  let dir: string;
  let inDir: string;
  const env = (): Record<string, string> => ({
    VANBAN_DATA_DIR: path.join(dir, 'cli-data'),
    VANBAN_MAX_FILE_BYTES: String(400_000),
    VANBAN_MAX_PAGES: '50',
    REDIS_URL: '',
    DATABASE_URL: '',
    VANBAN_STAGES_MODULE: '',
  });

  beforeAll(async () => {
    dir = await tempDir();
    inDir = path.join(dir, 'batch');
    await fs.mkdir(inDir);
    const good = await textPdf([[...SEED_LINES, ...PARAGRAPH], PARAGRAPH]);
    await fs.writeFile(path.join(inDir, 'good.pdf'), good);
    await fs.writeFile(path.join(inDir, 'good.txt'), SEED_LINES.join('\n'));
    await fs.writeFile(path.join(inDir, 'not-a-pdf.pdf'), 'Kế hoạch — plain text, not a PDF\n'.repeat(20));
    await fs.writeFile(path.join(inDir, 'truncated.pdf'), good.subarray(0, Math.floor(good.length * 0.6)));
    await fs.copyFile(path.resolve('fixtures/bad/encrypted.pdf'), path.join(inDir, 'encrypted.pdf'));
    await fs.writeFile(path.join(inDir, 'zero-pages.pdf'), await zeroPagePdf());
    await fs.writeFile(path.join(inDir, 'too-many-pages.pdf'), await manyPagePdf(60));
    await fs.writeFile(path.join(inDir, 'notes.docx'), Buffer.from('PK\u0003\u0004 not really a docx'));
    await fs.writeFile(path.join(inDir, 'bomb.png'), bombPng(30_000));
    await fs.writeFile(path.join(inDir, 'oversized.pdf'), Buffer.concat([Buffer.from(good), Buffer.alloc(500_000, 32)]));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('through the API: one outcome per file with its code; good files complete', async () => {
    const config = loadConfig({ ...env(), VANBAN_DATA_DIR: path.join(dir, 'api-data') });
    const runtime: Runtime = await openRuntime(config);
    let app: FastifyInstance | undefined;
    try {
      app = await buildApi(runtime);
      const { token } = await runtime.store.createToken('t', 'archivist');
      const fd = new FormData();
      for (const name of (await fs.readdir(inDir)).sort()) fd.append('file', new Blob([await fs.readFile(path.join(inDir, name))]), name);
      const res = await app.inject({ method: 'POST', url: '/api/documents', headers: { authorization: `Bearer ${token}` }, payload: fd });
      expect(res.statusCode).toBe(202);
      const items = res.json().items as { fileName: string; status: string; runId: string; documentId: string; error: { code: string } | null }[];
      const codes = Object.fromEntries(items.map((i) => [i.fileName, i.error?.code ?? i.status]));
      expect(codes).toEqual({ ...BAD, 'good.pdf': 'queued', 'good.txt': 'queued' });
      const good = items.filter((i) => i.status === 'queued');
      const runs = await waitForRuns(runtime.store, good.map((i) => i.runId), { timeoutMs: 150_000 });
      expect(runs.map((r) => r.status)).toEqual(['done', 'done']);
      for (const g of good) {
        const plan = (await app.inject({ method: 'GET', url: `/api/documents/${g.documentId}/result`, headers: { authorization: `Bearer ${token}` } })).json();
        expect(() => validatePlanDocument(plan)).not.toThrow();
      }
    } finally {
      await app?.close();
      await runtime.close();
    }
  }, LOADED_MACHINE_MS);

  it('through the CLI: the summary names each code, JSON for the good files, exit 1', async () => {
    const out = path.join(dir, 'out');
    const p = spawnVanban(['ingest', inDir, '--out', out, '--no-progress'], env());
    const code = await new Promise<number | null>((resolve) => p.on('exit', (c) => resolve(c)));
    const text = p.output();
    expect(code, text).toBe(1);
    for (const [name, c] of Object.entries(BAD)) expect(text).toMatch(new RegExp(`${name.replace('.', '\\.')}\\s+failed\\s+\\S*\\s*${c}`));
    expect(text).toContain(`10 files: 2 read, 8 failed`);
    expect((await fs.readdir(out)).sort()).toEqual([expect.stringMatching(/^good-[0-9a-f]{8}\.json$/), 'good.json', 'ingest-summary.json']);
  }, LOADED_MACHINE_MS);
});
