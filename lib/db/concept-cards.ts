import type { RungDatabase } from '@/lib/db/schema';
import type { MasteryRecord, StoredConcept } from '@/lib/types';

/** Every concept with its mastery row (when it has one): what the Anki and CSV exports write. */
export async function conceptCards(
  db: RungDatabase,
): Promise<{ concepts: StoredConcept[]; mastery: MasteryRecord[] }> {
  return db.transaction('r', db.concepts, db.mastery, async () => ({
    concepts: await db.concepts.toArray(),
    mastery: await db.mastery.toArray(),
  }));
}
