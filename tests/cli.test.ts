import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers/services.ts';
import { spawnVanban } from './helpers/worker-process.ts';

async function vanban(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const p = spawnVanban(args, env);
  const code = await new Promise<number | null>((resolve) => p.on('exit', (c) => resolve(c)));
  return { code, out: p.output() };
}

/**
 * The CLI end to end with the in-process runner and the embedded database (stages: text front, see helpers).
 * Each call is a fresh process (tsx start-up + database open), so the calls are few and the timeouts wide.
 */
describe('vanban CLI (in-process, embedded database)', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = await tempDir();
    env = {
      VANBAN_DATA_DIR: path.join(dir, 'data'),
      VANBAN_STAGES_MODULE: path.resolve(import.meta.dirname, 'helpers/fake-stages-module.ts'),
      REDIS_URL: '',
      DATABASE_URL: '',
    };
    await fs.mkdir(path.join(dir, 'in', 'nested', '.hidden'), { recursive: true });
    await fs.writeFile(path.join(dir, 'in', 'a.txt'), 'Kế hoạch A\fTrang 2');
    await fs.writeFile(path.join(dir, 'in', 'nested', 'b.md'), 'Kế hoạch B');
    await fs.writeFile(path.join(dir, 'in', 'nested', 'partial.txt'), 'Tốt\fFAIL:IMAGE_INVALID');
    await fs.writeFile(path.join(dir, 'in', 'nested', '.hidden', 'skip.txt'), 'hidden');
    await fs.writeFile(path.join(dir, 'in', 'nested', 'scan.pdf'), '%PDF-1.4');
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('ingest: recursive, JSON per document, summary table, non-zero exit when one failed; same file again is one document', async () => {
    const out = path.join(dir, 'out');
    const r = await vanban(['ingest', path.join(dir, 'in'), '--out', out, '--no-progress'], env);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(/file\s+status\s+pages\s+error\s+document/);
    expect(r.out).toMatch(/scan\.pdf\s+failed\s+INPUT_UNSUPPORTED_TYPE/);
    expect(r.out).toMatch(/partial\.txt\s+partial\s+2/);
    expect(r.out).toContain('4 files: 3 read, 1 failed');
    expect((await fs.readdir(out)).sort()).toEqual(['a.json', 'b.json', 'ingest-summary.json', 'partial.json']);
    expect(JSON.parse(await fs.readFile(path.join(out, 'a.json'), 'utf8'))).toMatchObject({ texts: ['Kế hoạch A', 'Trang 2'] });
    expect(JSON.parse(await fs.readFile(path.join(out, 'partial.json'), 'utf8')).errors).toEqual([{ page: 2, code: 'IMAGE_INVALID', message: 'page 2 fails on purpose' }]);

    const again = await vanban(['ingest', path.join(dir, 'in', 'a.txt'), '--out', out, '--no-progress'], env);
    expect(again.code, again.out).toBe(0);
    expect(again.out).toMatch(/a\.txt\s+done \(same as before\)/);
    const status = await vanban(['status', '--json'], env);
    expect(JSON.parse(status.out.slice(status.out.indexOf('{'))).counts).toEqual({ queued: 0, processing: 0, done: 2, partial: 1, failed: 1 });
  }, 240_000);

  it('export: jsonl and json, --since filters', async () => {
    const jsonl = await vanban(['export', '--format', 'jsonl'], env);
    expect(jsonl.code, jsonl.out).toBe(0);
    const lines = jsonl.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toHaveProperty('plan');
    const file = path.join(dir, 'all.json');
    expect((await vanban(['export', '--format', 'json', '--out', file], env)).code).toBe(0);
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toHaveLength(3);
    const none = await vanban(['export', '--since', new Date(Date.now() + 3600_000).toISOString()], env);
    expect(none.out.trim()).toBe('');
    const bad = await vanban(['export', '--since', 'yesterday-ish'], env);
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('CONFIG_INVALID');
  }, 240_000);

  it('token create prints a token once; worker refuses to run without Redis', async () => {
    const t = await vanban(['token', 'create', '--role', 'reader'], env);
    expect(t.code, t.out).toBe(0);
    expect(t.out).toMatch(/^vb_[A-Za-z0-9_-]{20,}$/m);
    const w = await vanban(['worker'], env);
    expect(w.code).toBe(2);
    expect(w.out).toContain('REDIS_URL');
  }, 240_000);
});
