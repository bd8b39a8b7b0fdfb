import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = path.resolve('bin/vanban.js');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vanban-cli-repair-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('vanban repair / lm build', () => {
  it('prints repaired text keeping lines, and tokens with --json', async () => {
    const file = path.join(dir, 'in.txt');
    await writeFile(file, 'Ke hoach khac phuc\nDang uy phuong 5\n');
    const { stdout } = await run('node', [BIN, 'repair', file]);
    expect(stdout).toBe('Kế hoạch khắc phục\nĐảng ủy phường 5\n');
    const json = JSON.parse((await run('node', [BIN, 'repair', file, '--json'])).stdout) as {
      text: string;
      tokens: { original: string; text: string; start: number; end: number; confidence: number; alternatives: string[] }[];
    };
    expect(json.tokens[0]).toMatchObject({ original: 'Ke', text: 'Kế', start: 0, end: 2 });
    expect(json.tokens.every((t) => t.confidence >= 0 && t.confidence <= 1)).toBe(true);
  }, 60_000);
  it('builds a model from a user corpus and uses it; fails loudly on a missing model', async () => {
    const corpus = path.join(dir, 'corpus.txt');
    await writeFile(corpus, 'Phường Tân Định tổ chức hội nghị.\nPhường Tân Định triển khai kế hoạch.\n');
    const out = path.join(dir, 'own.vblm');
    await run('node', [BIN, 'lm', 'build', '--corpus', corpus, '--out', out]);
    expect((await stat(out)).size).toBeGreaterThan(100);
    const file = path.join(dir, 'in2.txt');
    await writeFile(file, 'Phuong Tan Dinh to chuc hoi nghi\n');
    expect((await run('node', [BIN, 'repair', file, '--model', out])).stdout).toBe('Phường Tân Định tổ chức hội nghị\n');
    await expect(run('node', [BIN, 'repair', file, '--model', path.join(dir, 'missing.vblm')])).rejects.toMatchObject({
      stderr: expect.stringContaining('MODEL_MISSING'),
    });
  }, 60_000);
});
