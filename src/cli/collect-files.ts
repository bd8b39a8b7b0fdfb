import fs from 'node:fs/promises';
import path from 'node:path';
import { VanbanError } from '../errors/index.ts';

/** Extensions picked up inside directories (files named explicitly are always taken, to report their error). */
export const DOCUMENT_EXTENSIONS = new Set(['.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff', '.txt', '.md']);

/**
 * Expands files and directories into a sorted, de-duplicated list. Directories are walked recursively,
 * skipping hidden entries and files that are not documents (e.g. ground-truth JSON beside the scans).
 */
export async function collectFiles(inputs: string[]): Promise<string[]> {
  const out = new Set<string>();
  const walk = async (p: string, named: boolean): Promise<void> => {
    const stat = await fs.stat(p).catch(() => undefined);
    if (!stat) throw new VanbanError('INPUT_NOT_FOUND', `No such file or directory: ${p}`);
    if (stat.isDirectory()) {
      const entries = await fs.readdir(p, { withFileTypes: true });
      for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (e.name.startsWith('.')) continue;
        await walk(path.join(p, e.name), false);
      }
    } else if (stat.isFile() && (named || DOCUMENT_EXTENSIONS.has(path.extname(p).toLowerCase()))) out.add(path.resolve(p));
  };
  for (const i of inputs) await walk(i, true);
  return [...out];
}
