import type { MasteryLookup } from '@/lib/mastery/mastery-lookup';

/**
 * 0..1 toward the criterion, for a progress bar: each concept counts 1 when mastered and otherwise
 * its predicted pCorrect held below 0.9, so the bar only fills when the mastery model says so.
 */
export function quizProgress(conceptKeys: readonly string[], m: MasteryLookup): number {
  const keys = [...new Set(conceptKeys)];
  if (keys.length === 0) return 1;
  let sum = 0;
  for (const k of keys) sum += m.mastered(k) ? 1 : Math.min(0.9, m.record(k) ? m.pCorrect(k) : 0);
  return sum / keys.length;
}
