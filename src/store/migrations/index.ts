import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './0001-initial.ts';
import { reviewCorrections } from './0010-review-corrections.ts';

/**
 * Versioned migrations, in order. Statically imported (not read from a folder) so they work the same under
 * tsx, in tests and in the container. Add new ones with the next number; never edit an applied one.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0010-review-corrections': reviewCorrections,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS;
  },
};
