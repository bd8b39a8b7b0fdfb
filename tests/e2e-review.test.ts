import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../src/store/store.ts';
import type { QueueEntry, ReviewItem, ReviewPage } from '../src/review/review-types.ts';
import { ARTIFACTS, launchBrowser } from './helpers/browser.ts';
import { planScanPdf } from './helpers/plan-scan.ts';
import { createTempDatabase, freePort, tempDir } from './helpers/services.ts';

/** High, so that words of a clean scan (OCR confidence ≈ 0.9) and the extracted items enter the queue. */
const THRESHOLD = 0.99;

interface View { queue: QueueEntry[]; items: ReviewItem[]; pages: ReviewPage[] }

/**
 * Upload → real pipeline (pdf rasterising, OCR, repair, extraction) → review with the keyboard → export.
 * Nothing about the OCR output is assumed: the word and the deadline to correct are read from the review API.
 */
describe('review end to end: vanban serve (production stages) + Debian chromium', () => {
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
      env: { ...process.env, VANBAN_DATA_DIR: dataDir, DATABASE_URL: db.url, REDIS_URL: '', VANBAN_STAGES_MODULE: '', VANBAN_OCR_WORKERS: '1', VANBAN_REVIEW_THRESHOLD: String(THRESHOLD) },
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

  it('an archivist drops scanned PDFs on the list and sees them processed live', async () => {
    const files = [await planScanPdf(work, 'ke-hoach-31.pdf', 31), await planScanPdf(work, 'ke-hoach-32.pdf', 32)];
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
    // Real OCR of one 300 dpi page takes 5–15 s on a shared 2-core machine; the two files queue behind each other.
    const row = page.locator('tr[data-doc-id]', { hasText: 'ke-hoach-31.pdf' });
    await row.locator('td', { hasText: 'Hoàn tất' }).waitFor({ timeout: 90_000 });
    await page.locator('tr[data-doc-id]', { hasText: 'ke-hoach-32.pdf' }).locator('td', { hasText: 'Hoàn tất' }).waitFor({ timeout: 90_000 });
    docId = (await row.getAttribute('data-doc-id')) ?? '';
    // The list's low-confidence count is the review queue at the server's threshold, whatever OCR produced.
    const view = (await api('reviewer', `/api/documents/${docId}/review`)) as View;
    expect(view.queue.length).toBeGreaterThan(0);
    await expect(row.locator('td').nth(3).textContent()).resolves.toBe('1');
    await row.locator('td').nth(4).filter({ hasText: new RegExp(`^${view.queue.length}$`) }).waitFor();
    await page.getByRole('searchbox', { name: 'Lọc theo tên tệp' }).fill('32');
    await expect(page.locator('tr[data-doc-id]').count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-0-list.png') });
    await page.close();
  }, 240_000);

  it('a reviewer corrects a word and a deadline with the keyboard only; both survive a reload and reach the export', async () => {
    expect(docId).not.toBe('');
    const view = (await api('reviewer', `/api/documents/${docId}/review`)) as View;
    const words = new Map(view.pages.flatMap((p) => p.lines.flatMap((l) => l.words)).map((w) => [w.id, w]));
    const deadline = view.items.find((i) => i.kind === 'deadlines');
    expect(deadline, `no deadline extracted; items: ${view.items.map((i) => i.id).join(', ')}`).toBeDefined();
    const deadlineAt = view.queue.findIndex((q) => q.kind === 'field' && q.id === deadline!.id);
    expect(deadlineAt, 'the deadline is in the review queue').toBeGreaterThanOrEqual(0);
    const machineDate = deadline!.fields.find((f) => f.name === 'date')?.value;
    expect(machineDate).toBe('2026-04-30');
    const newDate = '2026-05-15';

    const page = await open('reviewer', `#/doc/${docId}`);
    await page.locator('.qlist li').first().waitFor();
    await expect(page.locator('.pageimg svg rect.c-low, .pageimg svg rect.c-mid').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-1-open.png') });
    const currentIndex = async (): Promise<number> => Number(await page.locator('.qlist li.current').getAttribute('data-queue-index'));

    // Word: jump to the next uncertain word, whichever OCR was least sure of.
    await page.keyboard.press('w');
    const entry = view.queue[await currentIndex()];
    expect(entry?.kind).toBe('word');
    const word = words.get(entry!.id)!;
    const wordSel = `[data-word-id="${word.id}"]`;
    const fixed = `${word.text}x`;
    // Enter edits; type the new value; Enter saves (and moves on).
    await page.keyboard.press('Enter');
    // (The edit field takes the focus after a re-render, which lags the keys on a loaded machine: wait for it.)
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Sửa Từ');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(fixed);
    await page.keyboard.press('Enter');
    await page.locator(wordSel, { hasText: fixed }).waitFor();
    // Back to it (k), undo (u), and fix it again.
    await page.keyboard.press('k');
    await page.keyboard.press('u');
    await page.locator(wordSel).filter({ hasText: new RegExp(`^${word.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).waitFor();
    await page.keyboard.press('e');
    // Type only once the edit field has the focus (on a loaded machine the re-render after undo can lag the keys).
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Sửa Từ');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(fixed);
    await page.keyboard.press('Enter');
    await page.locator(wordSel, { hasText: fixed }).waitFor();

    // Deadline: jump field by field (f) to the deadline; Enter edits its key field (the date); type; Enter saves.
    for (let i = 0; i < view.queue.length && (await currentIndex()) !== deadlineAt; i++) await page.keyboard.press('f');
    expect(await currentIndex()).toBe(deadlineAt);
    const item = page.locator(`[data-item-id="${deadline!.id}"]`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Ngày');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(newDate);
    await page.keyboard.press('Enter');
    await item.locator('li', { hasText: newDate }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-2-corrected.png') });

    // Undo (Ctrl+Z) restores the machine's date; do the fix again.
    await page.keyboard.press('Control+z');
    await item.locator('li.undone').waitFor();
    await expect(item.locator('input[aria-label="Ngày"]').inputValue()).resolves.toBe(machineDate);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(newDate);
    await page.keyboard.press('Enter');
    await item.locator(`input[aria-label="Ngày"][value="${newDate}"]`).waitFor();

    await page.reload();
    await page.locator('.qlist li').first().waitFor();
    await expect(page.locator(wordSel).textContent()).resolves.toBe(fixed);
    await expect(item.locator('input[aria-label="Ngày"]').inputValue()).resolves.toBe(newDate);
    await expect(page.locator('[data-item-id^="task-"] input[aria-label="Thời hạn › Ngày"]').first().inputValue()).resolves.toBe(newDate);
    // Each item shows its history: who, before → after.
    await expect(item.locator('.history li').count()).resolves.toBe(3);
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-3-reloaded.png') });
    await page.close();

    // The export (one document, and the bulk JSONL) carries both corrections, marked reviewed.
    const n = Number(deadline!.id.replace(/^\D+-/, '')) - 1;
    const plan = await api('reader', `/api/documents/${docId}/result`);
    expect(plan.pages[0].text).toContain(fixed);
    expect(plan.pages[0].review).toMatchObject({ reviewed: true, by: 'reviewer-e2e' });
    expect(plan.deadlines[n]).toMatchObject({ id: deadline!.id, date: newDate, review: { reviewed: true, by: 'reviewer-e2e', previous: machineDate } });
    // The task the deadline belongs to carries the same corrected date.
    const task = plan.tasks.find((t: { deadline?: { id: string } }) => t.deadline?.id === deadline!.id);
    expect(task?.deadline.date).toBe(newDate);
    const bulk = String(await api('reader', '/api/export')).trim().split('\n').map((l) => JSON.parse(l));
    const rec = bulk.find((r) => r.documentId === docId);
    expect(rec.plan.deadlines[n].date).toBe(newDate);
    expect(rec.plan.pages[0].text).toContain(fixed);
    const examples = String(await api('reader', '/api/corrections/export')).trim().split('\n').map((l) => JSON.parse(l));
    expect(examples).toEqual(expect.arrayContaining([expect.objectContaining({ documentId: docId, itemId: deadline!.id, machine: machineDate, label: newDate })]));
  }, 120_000);

  it('a reader sees the review read-only and cannot correct with the keyboard', async () => {
    const page = await open('reader', `#/doc/${docId}`);
    await page.locator('.qlist li').first().waitFor();
    await page.getByRole('note').filter({ hasText: 'Chỉ xem' }).waitFor();
    await expect(page.locator('[data-item-id^="deadline-"] input').first().isDisabled()).resolves.toBe(true);
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
