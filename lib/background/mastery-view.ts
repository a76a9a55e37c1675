import { learnerView } from '@/lib/db/quiz-queries';
import type { RungDatabase } from '@/lib/db/schema';
import { type MasteryLookup, masteryLookup } from '@/lib/mastery/mastery-lookup';
import type { Settings } from '@/lib/settings';

/**
 * Mastery of a set of concepts (and of every gap's concept) judged at `now`, read once per
 * request: the learner model's state after the log (not the log), the rows for memory, the gaps.
 */
export async function loadMastery(
  db: RungDatabase,
  keys: readonly string[],
  now: number,
  settings: Settings,
): Promise<MasteryLookup> {
  return masteryLookup({
    ...(await learnerView(db, keys)),
    attempts: [],
    now,
    criterion: settings.criterion,
  });
}
