import type { RungDatabase } from '@/lib/db/schema';

/**
 * "Delete all data": empties every table in one transaction, so a wipe that fails half-way
 * leaves everything as it was. The database itself stays (an open connection in another context
 * keeps working against the empty tables). Returns the number of rows deleted per table.
 */
export async function wipeDatabase(db: RungDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      counts[table.name] = await table.count();
      await table.clear();
    }
  });
  return counts;
}
