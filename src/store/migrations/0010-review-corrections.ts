import type { Kysely, Migration } from 'kysely';
import { migrateCorrections } from '../corrections-schema.ts';

/** Review: the corrections log and the deployment lexicon fed to later repairs. */
export const reviewCorrections: Migration = {
  async up(db: Kysely<unknown>) {
    await migrateCorrections(db);
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('review_lexicon').ifExists().execute();
    await db.schema.dropTable('review_corrections').ifExists().execute();
  },
};
