import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../src/pipeline/process-document.ts';

const run = promisify(execFile);
const bin = new URL('../bin/vanban.js', import.meta.url).pathname;

describe('vanban extract', () => {
  it('prints a validated plan document for a .txt file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-extract-'));
    try {
      const f = join(dir, 'plan.txt');
      writeFileSync(f, 'Số 12-KH/ĐU\n\nKẾ HOẠCH\nthử\n\nII. NHIỆM VỤ\n\n1. Ban Tuyên giáo Đảng ủy thực hiện rà soát (hoàn thành trong Quý II/2026).\n');
      const { stdout } = await run(process.execPath, [bin, 'extract', f, '--compact']);
      const doc = JSON.parse(stdout) as { schemaVersion: string; document: { symbol: string }; tasks: { deadline: { date: string } }[]; source: { sha256: string } };
      expect(doc.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
      expect(doc.document.symbol).toBe('12-KH/ĐU');
      expect(doc.tasks[0]?.deadline.date).toBe('2026-06-30');
      expect(doc.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with a stable code for a missing file and an unsupported type', async () => {
    await expect(processDocument('/nonexistent/plan.txt')).rejects.toMatchObject({ code: 'INPUT_NOT_FOUND' });
    // The type is judged by content (the OCR front sniffs it), so the file must exist to be refused as such.
    const dir = mkdtempSync(join(tmpdir(), 'vanban-extract-'));
    try {
      writeFileSync(join(dir, 'plan.docx'), 'PK\u0003\u0004 not really a docx');
      await expect(processDocument(join(dir, 'plan.docx'))).rejects.toMatchObject({ code: 'INPUT_UNSUPPORTED_TYPE' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const r = await run(process.execPath, [bin, 'extract', '/nonexistent/plan.txt']).catch((e: { code: number; stderr: string }) => e);
    expect(r).toMatchObject({ code: 2 });
    expect((r as { stderr: string }).stderr).toContain('INPUT_NOT_FOUND');
  });
});
