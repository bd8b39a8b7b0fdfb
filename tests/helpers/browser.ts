import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Debian chromium, headless, offline-friendly flags, a fresh profile. Fails with what to install. */
export async function launchBrowser(viewport = { width: 1280, height: 800 }): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!fs.existsSync(CHROMIUM)) throw new Error('install chromium (apt-get install chromium)');
  const profile = await fsp.mkdtemp(path.join(os.tmpdir(), 'vanban-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-quic', '--no-first-run'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await fsp.rm(profile, { recursive: true, force: true });
    },
  };
}

export const ARTIFACTS = path.resolve('test-artifacts');
