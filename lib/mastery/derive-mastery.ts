import type { Attempt, MasteryRecord } from '@/lib/types';

export interface MasteryCriterion {
  /** Predicted probability of a correct next answer needed for mastery. */
  pCorrect: number;
  /** Predicted recall now needed for mastery. */
  recall: number;
}

export const DEFAULT_CRITERION: MasteryCriterion = { pCorrect: 0.95, recall: 0.9 };

/**
 * First criterion of the loop: three correct in a row. The mastery issue replaces this with a
 * knowledge model and a memory model behind the same signature.
 */
export function deriveMastery(
  conceptKey: string,
  attempts: readonly Attempt[],
  _now: number,
  _criterion: MasteryCriterion = DEFAULT_CRITERION,
): MasteryRecord {
  const ordered = [...attempts].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  let streak = 0;
  let correct = 0;
  for (const a of ordered) {
    if (a.correct) {
      correct++;
      streak++;
    } else streak = 0;
  }
  const n = ordered.length;
  const mastered = streak >= 3;
  return {
    conceptKey,
    status: n === 0 ? 'new' : mastered ? 'mastered' : 'learning',
    attempts: n,
    correct,
    streak,
    pCorrect: (correct + 1) / (n + 2),
    lastAt: ordered.at(-1)?.at,
  };
}

export function isMastered(record: MasteryRecord | undefined, _now: number): boolean {
  return record?.status === 'mastered';
}
