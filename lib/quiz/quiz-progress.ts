import type { MasteryRecord } from '@/lib/types';

export type MasteryLookup =
  | ReadonlyMap<string, MasteryRecord>
  | Readonly<Record<string, MasteryRecord | undefined>>;

export function masteryOf(mastery: MasteryLookup, key: string): MasteryRecord | undefined {
  return mastery instanceof Map
    ? mastery.get(key)
    : (mastery as Readonly<Record<string, MasteryRecord | undefined>>)[key];
}

export interface ProgressInput {
  /** The concepts the criterion is about (the page's required concepts, or the one being practised). */
  conceptKeys: readonly string[];
  mastery: MasteryLookup;
  /** Predicted probability of a correct answer that counts as mastered (the criterion's pCorrect). */
  targetPCorrect?: number;
  /** The mastery criterion, when it is more than `status === 'mastered'`. */
  isMastered?: (conceptKey: string) => boolean;
}

/**
 * 0..1 toward the criterion, for a progress bar: each concept counts 1 when mastered, 0 when new
 * or a gap, and otherwise its pCorrect as a share of the target, held below 1 so the bar only
 * fills when the mastery model says so.
 */
export function quizProgress(input: ProgressInput): number {
  const keys = [...new Set(input.conceptKeys)];
  if (keys.length === 0) return 1;
  const target = input.targetPCorrect ?? 0.95;
  let sum = 0;
  for (const key of keys) {
    const r = masteryOf(input.mastery, key);
    if (input.isMastered ? input.isMastered(key) : r?.status === 'mastered') {
      sum += 1;
      continue;
    }
    if (!r || r.status === 'new' || r.status === 'gap') continue;
    sum += Math.min(0.9, Math.max(0, r.pCorrect / target) * 0.9);
  }
  return Math.min(1, Math.max(0, sum / keys.length));
}
