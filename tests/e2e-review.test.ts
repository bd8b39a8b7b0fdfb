import fs from 'node:fs/promises';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewPlugin } from '../src/api/routes/review-plugin.ts';
import { Store } from '../src/store/store.ts';
import { ARTIFACTS, launchBrowser } from './helpers/browser.ts';
import { seedReviewDocument } from './helpers/review-fixture.ts';
import { freePort, tempDir } from './helpers/services.ts';

describe('review page in a real browser (chromium)', () => {
  let app: FastifyInstance;
  let store: Store;
  let base = '';
  let docId = '';
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  const tok: Record<string, string> = {};

  beforeAll(async () => {
    await fs.mkdir(ARTIFACTS, { recursive: true });
    const dataDir = await tempDir('vanban-e2e-');
    store = await Store.open({ dataDir });
    docId = await seedReviewDocument(store, dataDir);
    for (const role of ['reviewer', 'reader'] as const) tok[role] = (await store.createToken(`${role}-e2e`, role)).token;
    app = Fastify();
    await app.register(reviewPlugin, { store, dataDir, threshold: 0.8 });
    const port = await freePort();
    await app.listen({ port, host: '127.0.0.1' });
    base = `http://127.0.0.1:${port}`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  const open = async (role: string): Promise<Page> => {
    const page = await browser!.context.newPage();
    await page.goto(`${base}/?token=${tok[role]}#/doc/${docId}`);
    await page.locator('.qlist li').first().waitFor();
    return page;
  };
  const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'Đã lưu' }).first().waitFor();

  it('corrects a word and a deadline with the keyboard only; both survive a reload and reach the export', async () => {
    const page = await open('reviewer');
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-1-open.png') });
    // The page image carries word boxes coloured by confidence.
    await expect(page.locator('.pageimg svg rect.c-low').count()).resolves.toBeGreaterThan(0);

    // Word: jump to the next uncertain word ("Mjnh") and accept the model's first alternative.
    await page.keyboard.press('w');
    await expect(page.locator('.qlist li.current').textContent()).resolves.toContain('Mjnh');
    await expect(page.getByRole('group', { name: 'Phương án của mô hình' }).textContent()).resolves.toContain('Minh');
    await page.keyboard.press('1');
    await saved(page);
    await page.locator('[data-word-id="p1-l3-w7"]', { hasText: 'Minh' }).waitFor();

    // Deadline: jump to the next uncertain field, edit it, Tab to the date, type, Enter.
    await page.keyboard.press('f');
    await expect(page.locator('.qlist li.current').textContent()).resolves.toContain('Hoàn thành trước ngày');
    // Enter edits the item's key field: for a deadline, its date.
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Ngày');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2026-05-15');
    await page.keyboard.press('Enter');
    await page.locator('[data-item-id="deadline-1"] li', { hasText: '2026-05-15' }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-2-corrected.png') });

    // Undo with the keyboard and redo, to check the flow both ways.
    await page.keyboard.press('u');
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
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-3-reloaded.png') });

    const res = await page.request.get(`${base}/api/documents/${docId}/reviewed`, { headers: { authorization: `Bearer ${tok.reader}` } });
    const plan = await res.json();
    expect(plan.pages[0].text).toContain('xã Cao Minh');
    expect(plan.deadlines[0]).toMatchObject({ date: '2026-05-15', review: { reviewed: true, by: 'reviewer-e2e' } });
    await page.close();
  });

  it('a reader sees the review read-only and cannot correct with the keyboard', async () => {
    const page = await open('reader');
    await page.getByRole('note').filter({ hasText: 'Chỉ xem' }).waitFor();
    await expect(page.locator('[data-item-id="deadline-1"] input').first().isDisabled()).resolves.toBe(true);
    const before = await (await page.request.get(`${base}/api/documents/${docId}/corrections`, { headers: { authorization: `Bearer ${tok.reader}` } })).json();
    await page.keyboard.press('w');
    await page.keyboard.press('2');
    await page.keyboard.press('u');
    await page.waitForTimeout(300);
    const after = await (await page.request.get(`${base}/api/documents/${docId}/corrections`, { headers: { authorization: `Bearer ${tok.reader}` } })).json();
    expect(after).toHaveLength(before.length);
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-4-reader.png') });
    await page.close();
  });

  it('is usable at tablet width', async () => {
    const page = await open('reviewer');
    await page.setViewportSize({ width: 820, height: 1180 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Every control has an accessible name.
    const unnamed = await page.evaluate(() => Array.from(document.querySelectorAll('button, input, select'))
      .filter((el) => !el.getAttribute('aria-label') && !(el as HTMLElement).innerText?.trim()).length);
    expect(unnamed).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-5-tablet.png'), fullPage: true });
    await page.close();
  });
});
