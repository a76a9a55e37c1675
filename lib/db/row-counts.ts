import type { RungDatabase } from './schema';

/** How many rows each table holds, by table name (what a benchmark measured against). */
export async function rowCounts(db: RungDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of db.tables) counts[table.name] = await table.count();
  return counts;
}
