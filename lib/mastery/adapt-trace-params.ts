import { DEFAULT_TRACE, type TraceParams } from '@/lib/mastery/knowledge-trace';
import type { Attempt } from '@/lib/types';

/**
 * Per-learner adaptation of the knowledge-tracing prior. How often this learner gets a concept
 * right at the first try says how much they tend to know before Rung quizzes them; the estimate
 * is shrunk toward the population default (`strength` pseudo-concepts), so one lucky answer
 * changes little and a learner with a long record gets a prior of their own.
 *
 * Only attempts at or before `until` count: pass the last attempt time of the concept being
 * derived, and its record stays a pure function of the log up to it, so rebuilding the mastery
 * table later gives the same rows even though the learner has answered more since.
 */
export function adaptTraceParams(
  attempts: readonly Attempt[],
  until: number,
  base: TraceParams = DEFAULT_TRACE,
  strength = 10,
): TraceParams {
  const first = new Map<string, Attempt>();
  for (const a of attempts) {
    if (a.at > until) continue;
    const seen = first.get(a.conceptKey);
    if (!seen || a.at < seen.at || (a.at === seen.at && a.id < seen.id)) first.set(a.conceptKey, a);
  }
  const n = first.size;
  if (n === 0) return base;
  const right = [...first.values()].filter((a) => a.correct).length;
  // Invert P(correct) = prior (1 - slip) + (1 - prior) guess at a four-option guess rate.
  const guess = 0.25;
  const raw = (right / n - guess) / (1 - base.slip - guess);
  const estimate = Math.min(0.9, Math.max(0.05, raw));
  return { ...base, prior: (strength * base.prior + n * estimate) / (strength + n) };
}
