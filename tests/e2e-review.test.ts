import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../src/store/store.ts';
import { ARTIFACTS, launchBrowser } from './helpers/browser.ts';
import { createTempDatabase, freePort, tempDir } from './helpers/services.ts';

/** A small one-page PDF (content differs per name so each upload is its own document). */
async function fixturePdf(dir: string, name: string): Promise<string> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawText(`Ke hoach khac phuc han che - ${name}`, { x: 50, y: 780, size: 14, font: await pdf.embedFont(StandardFonts.TimesRoman) });
  const file = path.join(dir, name);
  await fs.writeFile(file, await pdf.save());
  return file;
}

describe('review end to end: vanban serve + Debian chromium', () => {
  let server: ChildProcess | undefined;
  let serverLog = '';
  let db: Awaited<ReturnType<typeof createTempDatabase>> | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  let base = '';
  let docId = '';
  let work = '';
  const tok: Record<string, string> = {};

  beforeAll(async () => {
    await fs.mkdir(ARTIFACTS, { recursive: true });
    browser = await launchBrowser();
    work = await tempDir('vanban-e2e-');
    db = await createTempDatabase();
    const dataDir = path.join(work, 'data');
    // Tokens are made before the server starts, in the same database it will use.
    const store = await Store.open({ databaseUrl: db.url, dataDir });
    try {
      for (const role of ['archivist', 'reviewer', 'reader'] as const) tok[role] = (await store.createToken(`${role}-e2e`, role)).token;
    } finally {
      await store.close();
    }
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['bin/vanban.js', 'serve', '--port', String(port)], {
      env: { ...process.env, VANBAN_DATA_DIR: dataDir, DATABASE_URL: db.url, REDIS_URL: '', VANBAN_STAGES_MODULE: 'tests/helpers/review-stages.ts', VANBAN_OCR_WORKERS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (d) => (serverLog += String(d)));
    server.stderr?.on('data', (d) => (serverLog += String(d)));
    const until = Date.now() + 60_000;
    for (;;) {
      const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > until || server.exitCode !== null) throw new Error(`vanban serve did not start:\n${serverLog}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  });
  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server?.once('exit', r));
    }
    await db?.drop();
    if (work) await fs.rm(work, { recursive: true, force: true });
  });

  const open = async (role: string, hash: string): Promise<Page> => {
    const page = await browser!.context.newPage();
    await page.goto(`${base}/?token=${tok[role]}${hash}`);
    return page;
  };
  const api = async (role: string, url: string) => {
    const res = await fetch(`${base}${url}`, { headers: { authorization: `Bearer ${tok[role]}` } });
    return res.headers.get('content-type')?.startsWith('application/json') ? res.json() : res.text();
  };

  it('an archivist drops PDFs on the list and sees them processed live', async () => {
    const files = [await fixturePdf(work, 'ke-hoach-31.pdf'), await fixturePdf(work, 'ke-hoach-32.pdf')];
    const page = await open('archivist', '#/');
    const drop = page.getByRole('region', { name: 'Kéo thả các tệp PDF hoặc ảnh vào đây để tải lên' });
    await drop.waitFor();
    // A real drop event carrying both files, as a file manager would send it.
    const payload = await Promise.all(files.map(async (f) => ({ name: path.basename(f), bytes: [...(await fs.readFile(f))] })));
    const dataTransfer = await page.evaluateHandle((items) => {
      const dt = new DataTransfer();
      for (const it of items) dt.items.add(new File([new Uint8Array(it.bytes)], it.name, { type: 'application/pdf' }));
      return dt;
    }, payload);
    await drop.dispatchEvent('drop', { dataTransfer });
    const row = page.locator('tr[data-doc-id]', { hasText: 'ke-hoach-31.pdf' });
    await row.locator('td', { hasText: 'Hoàn tất' }).waitFor({ timeout: 30_000 });
    await page.locator('tr[data-doc-id]', { hasText: 'ke-hoach-32.pdf' }).locator('td', { hasText: 'Hoàn tất' }).waitFor({ timeout: 30_000 });
    docId = (await row.getAttribute('data-doc-id')) ?? '';
    // Pages and the number of low-confidence items (two words, the title and the deadline).
    await expect(row.locator('td').nth(3).textContent()).resolves.toBe('1');
    await row.locator('td').nth(4).filter({ hasText: /^4$/ }).waitFor();
    await page.getByRole('searchbox', { name: 'Lọc theo tên tệp' }).fill('32');
    await expect(page.locator('tr[data-doc-id]').count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-0-list.png') });
    await page.close();
  });

  it('a reviewer corrects a word and a deadline with the keyboard only; both survive a reload and reach the export', async () => {
    expect(docId).not.toBe('');
    const page = await open('reviewer', `#/doc/${docId}`);
    await page.locator('.qlist li').first().waitFor();
    await expect(page.locator('.pageimg svg rect.c-low').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-1-open.png') });

    // Word: jump to the next uncertain word ("Mjnh") and accept the model's first alternative.
    await page.keyboard.press('w');
    await expect(page.locator('.qlist li.current').textContent()).resolves.toContain('Mjnh');
    const alternatives = await page.getByRole('group', { name: 'Phương án của mô hình' }).getByRole('button').allTextContents();
    const n = alternatives.indexOf('Minh') + 1;
    expect(n).toBeGreaterThan(0);
    await page.keyboard.press(String(n));
    await page.locator('[data-word-id="p1-l3-w7"]', { hasText: 'Minh' }).waitFor();
    // Back to it (k), undo (u), and accept again.
    await page.keyboard.press('k');
    await page.keyboard.press('u');
    await page.locator('[data-word-id="p1-l3-w7"]', { hasText: 'Mjnh' }).waitFor();
    await page.keyboard.press(String(n));
    await page.locator('[data-word-id="p1-l3-w7"]', { hasText: 'Minh' }).waitFor();

    // Deadline: jump to the next uncertain field; Enter edits its key field (the date); type; Enter saves.
    await page.keyboard.press('f');
    await expect(page.locator('.qlist li.current').textContent()).resolves.toContain('Hoàn thành trước ngày');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Ngày');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2026-05-15');
    await page.keyboard.press('Enter');
    await page.locator('[data-item-id="deadline-1"] li', { hasText: '2026-05-15' }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-2-corrected.png') });

    // Undo (Ctrl+Z) restores the machine's date; do the fix again.
    await page.keyboard.press('Control+z');
    await page.locator('[data-item-id="deadline-1"] li.undone').waitFor();
    await expect(page.locator('[data-item-id="deadline-1"] input[aria-label="Ngày"]').inputValue()).resolves.toBe('2026-04-30');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2026-05-15');
    await page.keyboard.press('Enter');
    await page.locator('[data-item-id="deadline-1"] input[aria-label="Ngày"][value="2026-05-15"]').waitFor();

    await page.reload();
    await page.locator('.qlist li').first().waitFor();
    await expect(page.locator('[data-word-id="p1-l3-w7"]').textContent()).resolves.toBe('Minh');
    await expect(page.locator('[data-item-id="deadline-1"] input[aria-label="Ngày"]').inputValue()).resolves.toBe('2026-05-15');
    await expect(page.locator('[data-item-id="task-1"] input[aria-label="Thời hạn › Ngày"]').inputValue()).resolves.toBe('2026-05-15');
    // Each item shows its history: who, before → after.
    await expect(page.locator('[data-item-id="deadline-1"] .history li').count()).resolves.toBe(3);
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-3-reloaded.png') });
    await page.close();

    // The export (one document, and the bulk JSONL) carries both corrections, marked reviewed.
    const plan = await api('reader', `/api/documents/${docId}/result`);
    expect(plan.pages[0].text).toContain('xã Cao Minh');
    expect(plan.deadlines[0]).toMatchObject({ date: '2026-05-15', review: { reviewed: true, by: 'reviewer-e2e', previous: '2026-04-30' } });
    expect(plan.tasks[0].deadline.date).toBe('2026-05-15');
    const bulk = String(await api('reader', '/api/export')).trim().split('\n').map((l) => JSON.parse(l));
    const rec = bulk.find((r) => r.documentId === docId);
    expect(rec.plan.deadlines[0].date).toBe('2026-05-15');
    expect(rec.plan.pages[0].text).toContain('xã Cao Minh');
    const examples = String(await api('reader', '/api/corrections/export')).trim().split('\n').map((l) => JSON.parse(l));
    expect(examples).toEqual([expect.objectContaining({ documentId: docId, itemId: 'deadline-1', machine: '2026-04-30', label: '2026-05-15' })]);
  });

  it('a reader sees the review read-only and cannot correct with the keyboard', async () => {
    const page = await open('reader', `#/doc/${docId}`);
    await page.locator('.qlist li').first().waitFor();
    await page.getByRole('note').filter({ hasText: 'Chỉ xem' }).waitFor();
    await expect(page.locator('[data-item-id="deadline-1"] input').first().isDisabled()).resolves.toBe(true);
    const before = await api('reader', `/api/documents/${docId}/review/corrections`);
    await page.keyboard.press('k');
    await page.keyboard.press('2');
    await page.keyboard.press('u');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(await api('reader', `/api/documents/${docId}/review/corrections`)).toHaveLength(before.length);
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-4-reader.png') });
    await page.close();
  });

  it('is usable at tablet width, with an accessible name on every control', async () => {
    const page = await open('reviewer', `#/doc/${docId}`);
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.locator('.qlist li').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const unnamed = await page.evaluate(() => Array.from(document.querySelectorAll('button, input, select, a'))
      .filter((el) => !el.getAttribute('aria-label') && !(el as HTMLElement).innerText?.trim()).length);
    expect(unnamed).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-5-tablet.png'), fullPage: true });
    await page.close();
  });
});
