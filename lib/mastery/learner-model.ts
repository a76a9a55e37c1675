import { Features, type LearnerState } from '@/lib/mastery/learner-state';
import { LEARNER_WEIGHTS } from '@/lib/mastery/learner-weights';

const scratch = new Features();

/**
 * The learner model: the calibrated probability that this learner's next answer on `concept` is
 * right, from their own history only (a logistic model whose global weights were fitted offline on
 * public logs, scripts/fit/learner-model.ts). This one function is what the live quiz, the Advance
 * gate, review scheduling and `rung kt-eval --model product` all call.
 */
export function predictNext(state: LearnerState, concept: string): number {
  const f = state.features(concept, scratch);
  let z = 0;
  for (let k = 0; k < f.keys.length; k++) z += (LEARNER_WEIGHTS[f.keys[k] ?? 0] ?? 0) * (f.values[k] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
