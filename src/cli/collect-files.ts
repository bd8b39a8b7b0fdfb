import fs from 'node:fs/promises';
import path from 'node:path';
import { VanbanError } from '../errors/index.ts';

/** Expands files and directories (recursively, skipping hidden entries) into a sorted, de-duplicated list. */
export async function collectFiles(inputs: string[]): Promise<string[]> {
  const out = new Set<string>();
  const walk = async (p: string): Promise<void> => {
    const stat = await fs.stat(p).catch(() => undefined);
    if (!stat) throw new VanbanError('INPUT_NOT_FOUND', `No such file or directory: ${p}`);
    if (stat.isDirectory()) {
      const entries = await fs.readdir(p, { withFileTypes: true });
      for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (e.name.startsWith('.')) continue;
        await walk(path.join(p, e.name));
      }
    } else if (stat.isFile()) out.add(path.resolve(p));
  };
  for (const i of inputs) await walk(i);
  return [...out];
}
