import { existsSync } from 'node:fs';
import path from 'node:path';

/** The shared data folder: $VANBAN_SHARED_DIR, else the first of ../shared, ../../shared that exists. */
export function sharedDir(): string {
  const env = process.env.VANBAN_SHARED_DIR;
  if (env) return path.resolve(env);
  for (const c of ['../shared', '../../shared']) if (existsSync(path.resolve(c))) return path.resolve(c);
  return path.resolve('../shared');
}
