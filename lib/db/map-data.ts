import type { RungDatabase } from '@/lib/db/schema';
import type { MapData } from '@/lib/graph/map-model';

/** Everything the map shows, read in one transaction so the picture is consistent. */
export async function mapData(db: RungDatabase): Promise<MapData> {
  return db.transaction(
    'r',
    [db.pages, db.concepts, db.occurrences, db.edges, db.mastery, db.gaps],
    async () => ({
      pages: await db.pages.toArray(),
      concepts: await db.concepts.toArray(),
      occurrences: await db.occurrences.toArray(),
      edges: await db.edges.toArray(),
      mastery: await db.mastery.toArray(),
      gaps: await db.gaps.toArray(),
    }),
  );
}
