import type { ExportDocument } from '@/lib/data/export-format';
import { type DeriveMastery, groupAttempts } from './record-attempt';
import type { RungDatabase } from './schema';

/** Rows for the tables an export carries; a table left out stays empty. */
export type SeedTables = Partial<ExportDocument['tables']>;

/**
 * Fills an empty database with a learner's history in one transaction (the benchmarks' synthetic
 * learners; a row that is already there fails the whole seed). With `derive`, mastery is derived
 * from the attempts as recordAttempt would have left it, and `tables.mastery` is not used.
 */
export async function seedTables(
  db: RungDatabase,
  tables: SeedTables,
  derive?: DeriveMastery,
): Promise<void> {
  const mastery = derive
    ? [...groupAttempts(tables.attempts ?? [])].map(([key, attempts]) => derive(key, attempts))
    : (tables.mastery ?? []);
  await db.transaction('rw', db.tables, async () => {
    await db.pages.bulkAdd(tables.pages ?? []);
    await db.concepts.bulkAdd(tables.concepts ?? []);
    await db.occurrences.bulkAdd(tables.occurrences ?? []);
    await db.edges.bulkAdd(tables.edges ?? []);
    await db.attempts.bulkAdd(tables.attempts ?? []);
    await db.mastery.bulkAdd(mastery);
    await db.gaps.bulkAdd(tables.gaps ?? []);
    await db.quizzes.bulkAdd(tables.quizzes ?? []);
  });
}
