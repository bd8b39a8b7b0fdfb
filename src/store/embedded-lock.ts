import fs from 'node:fs/promises';
import path from 'node:path';
import { VanbanError } from '../errors/index.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The embedded database is one process's at a time (two PGlite instances on one directory corrupt it).
 * Takes `dir/lock` holding our pid; a lock left by a dead process is taken over. Returns the release.
 */
export async function lockEmbeddedDatabase(dir: string): Promise<() => Promise<void>> {
  const file = path.join(dir, 'lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(file, String(process.pid), { flag: 'wx' });
      return async () => {
        await fs.rm(file, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(await fs.readFile(file, 'utf8').catch(() => 'NaN'));
      if (Number.isInteger(pid) && alive(pid)) {
        throw new VanbanError(
          'STORAGE_FAILED',
          `The embedded database in ${dir} is in use by process ${pid}; stop it, or use PostgreSQL (DATABASE_URL) to share one database`,
        );
      }
      await fs.rm(file, { force: true });
    }
  }
  throw new VanbanError('STORAGE_FAILED', `Could not lock the embedded database in ${dir}`);
}
