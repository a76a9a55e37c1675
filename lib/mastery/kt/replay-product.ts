import { byUser, type KtRow } from '@/lib/mastery/kt/kt-rows';
import { predictNext } from '@/lib/mastery/learner-model';
import { LearnerState } from '@/lib/mastery/learner-state';

/**
 * The extension's own update over a log: each learner's rows in order, every answer predicted by
 * `predictNext` before it is seen and then observed, exactly as the background does per answer.
 * Nothing is fitted on the log. Returns predictions and labels in `byUser` order.
 */
export function replayProduct(rows: readonly KtRow[]): { preds: number[]; labels: number[] } {
  const preds: number[] = [];
  const labels: number[] = [];
  for (const seq of byUser(rows)) {
    const state = new LearnerState();
    for (const r of seq) {
      const concept = String(r.skill);
      preds.push(predictNext(state, concept));
      labels.push(r.correct ? 1 : 0);
      state.observe(concept, r.correct);
    }
  }
  return { preds, labels };
}
