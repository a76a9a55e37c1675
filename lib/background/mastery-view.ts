import type { RungDatabase } from '@/lib/db/schema';
import { isMastered } from '@/lib/mastery/derive-mastery';
import type { Settings } from '@/lib/settings';
import type { GapRecord, MasteryRecord, MasteryStatus } from '@/lib/types';

export interface MasteryLookup {
  record(key: string): MasteryRecord | undefined;
  mastered(key: string): boolean;
  status(key: string): MasteryStatus;
  openGaps: GapRecord[];
}

/** Reads mastery rows and open gaps for a set of concepts, judged at `now` (forgetting counts). */
export async function loadMastery(
  db: RungDatabase,
  keys: readonly string[],
  now: number,
  settings: Settings,
): Promise<MasteryLookup> {
  const gapRows = await db.gaps.toArray();
  // Gaps are judged by their own mastery rows, whichever page they came from.
  const unique = [...new Set([...keys, ...gapRows.map((g) => g.conceptKey)])];
  const rows = await db.mastery.bulkGet(unique);
  const byKey = new Map<string, MasteryRecord>();
  rows.forEach((r) => {
    if (r) byKey.set(r.conceptKey, r);
  });
  const mastered = (key: string) => isMastered(byKey.get(key), now, settings.criterion);
  const openGaps = gapRows.filter((g) => g.closedAt === undefined && !mastered(g.conceptKey));
  const gapKeys = new Set(openGaps.map((g) => g.conceptKey));
  return {
    record: (key) => byKey.get(key),
    mastered,
    status: (key) => {
      if (mastered(key)) return 'mastered';
      if (gapKeys.has(key)) return 'gap';
      const r = byKey.get(key);
      return r && r.attempts > 0 ? 'learning' : 'new';
    },
    openGaps,
  };
}
