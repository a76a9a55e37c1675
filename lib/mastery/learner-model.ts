import { treesLogit } from '@/lib/mastery/boosted-trees';
import { FEATURE_COUNT, type LearnerState } from '@/lib/mastery/learner-state';
import { LEARNER_TREES } from '@/lib/mastery/learner-weights';

const scratch = new Float64Array(FEATURE_COUNT);

/**
 * The learner model: the calibrated probability that this learner's next answer on `concept` is
 * right, from their own history only (small boosted trees over identity-free features, fitted
 * offline on public logs by scripts/fit/learner-model.ts and shipped as constants). This one
 * function is what the live quiz, the Advance gate, review scheduling and
 * `rung kt-eval --model product` all call.
 */
export function predictNext(state: LearnerState, concept: string): number {
  return 1 / (1 + Math.exp(-treesLogit(LEARNER_TREES, state.features(concept, scratch))));
}
