import fs from 'node:fs/promises';
import path from 'node:path';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import { VanbanError } from '../errors/index.ts';
import { migrationProvider } from './migrations/index.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import type { Database } from './schema.ts';

export interface DatabaseOptions {
  /** PostgreSQL URL; when unset, the embedded PGlite database under `dataDir/db` is used. */
  databaseUrl?: string | undefined;
  /** Data directory (for the embedded database). */
  dataDir: string;
  /** pg pool size. Default 5. */
  poolSize?: number;
  /** Apply pending migrations on open. Default true. */
  migrate?: boolean;
}

/** Opens the database (PostgreSQL or PGlite, same SQL through Kysely) and migrates it to the latest version. */
export async function openDatabase(opts: DatabaseOptions): Promise<Kysely<Database>> {
  let db: Kysely<Database>;
  if (opts.databaseUrl) {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 5 });
    // An idle client losing its server must not crash the process; the next query reports it.
    pool.on('error', () => undefined);
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  } else {
    const dir = path.join(opts.dataDir, 'db');
    await fs.mkdir(dir, { recursive: true });
    const { PGlite } = await import('@electric-sql/pglite');
    const lite = new PGlite(dir);
    db = new Kysely<Database>({ dialect: new PGliteDialect(lite) });
  }
  if (opts.migrate !== false) {
    try {
      await migrateToLatest(db);
    } catch (e) {
      await db.destroy();
      throw e;
    }
  }
  return db;
}

/** Applies pending versioned migrations; throws STORAGE_FAILED naming the failed one. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new VanbanError('STORAGE_FAILED', `Migration ${failed?.migrationName ?? ''} failed: ${String((error as Error).message ?? error)}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
