import { isMastered, type MasteryCriterion, replayLearner } from '@/lib/mastery/derive-mastery';
import { predictNext } from '@/lib/mastery/learner-model';
import type { LearnerState } from '@/lib/mastery/learner-state';
import type { Attempt, GapRecord, MasteryRecord, MasteryStatus } from '@/lib/types';

/** What the quiz, the Advance gate and the views ask about mastery: the one lookup type. */
export interface MasteryLookup {
  /** The concept's record with `pCorrect` predicted now, from the whole history. */
  record(key: string): MasteryRecord | undefined;
  /** Calibrated probability that the next answer on the concept is right (also never answered). */
  pCorrect(key: string): number;
  mastered(key: string): boolean;
  status(key: string): MasteryStatus;
  /** Gaps not closed yet whose concept is not mastered. */
  openGaps: GapRecord[];
}

export interface LookupInput {
  /** The learner's whole attempt log (any order); not read when `state` is given. */
  attempts: readonly Attempt[];
  /** The learner model's state after the whole log (`replayLearner`'s), when the caller has it. */
  state?: LearnerState;
  /** Stored mastery rows (memory state) of the concepts asked about. */
  rows: readonly (MasteryRecord | undefined)[];
  gaps: readonly GapRecord[];
  now: number;
  criterion: MasteryCriterion;
}

/**
 * Mastery judged now: the learner model replays the log once and predicts each concept's next
 * answer from everything the learner has done since (the stored row is a snapshot at the concept's
 * own last answer); recall comes from the row's memory state at `now`.
 */
export function masteryLookup(input: LookupInput): MasteryLookup {
  const state = input.state ?? replayLearner(input.attempts);
  const byKey = new Map<string, MasteryRecord>();
  for (const r of input.rows) {
    if (r && r.attempts > 0) byKey.set(r.conceptKey, { ...r, pCorrect: predictNext(state, r.conceptKey) });
    else if (r) byKey.set(r.conceptKey, r);
  }
  const mastered = (key: string) => isMastered(byKey.get(key), input.now, input.criterion);
  const openGaps = input.gaps.filter((g) => g.closedAt === undefined && !mastered(g.conceptKey));
  const gapKeys = new Set(openGaps.map((g) => g.conceptKey));
  return {
    record: (key) => byKey.get(key),
    pCorrect: (key) => predictNext(state, key),
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
