import { predictNext } from '@/lib/mastery/learner-model';
import { LearnerState } from '@/lib/mastery/learner-state';
import { dueAt, gradeOf, type MemoryState, recallAt, reviewMemory } from '@/lib/mastery/memory-model';
import type { Attempt, MasteryRecord } from '@/lib/types';

export interface MasteryCriterion {
  /** Calibrated probability of a correct next answer needed for mastery. */
  pCorrect: number;
  /** Predicted recall now needed for mastery. */
  recall: number;
}

/**
 * 0.9, not 0.95: the learner model is calibrated, and on the public logs a prediction of 0.95 is
 * almost never supported by the evidence a learner gives (22 of 58,266 answers on ASSISTments
 * 2009); at 0.9 the calls are honest (observed 0.90 for 0.92 predicted) and a learner who answers
 * everything right gets there in a few answers per concept, while one at 80% does not.
 */
export const DEFAULT_CRITERION: MasteryCriterion = { pCorrect: 0.9, recall: 0.9 };

/**
 * Question type of the attempt written for each concept a passed test-out marks (see `testOut`).
 * The learner model counts it as a right answer; the concept counts as mastered until a wrong
 * answer on it, since the check vouched for it (see `isMastered`).
 */
export const TEST_OUT_TYPE = 'test-out';

/**
 * A learner's attempts in the order they arrived: by `seq` (stamped on arrival), older rows without
 * one first, by time then id. A clock that went back cannot reorder answers that have a `seq`.
 */
export function inArrivalOrder(attempts: readonly Attempt[]): Attempt[] {
  return [...attempts].sort(
    (a, b) => (a.seq ?? -1) - (b.seq ?? -1) || a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** What an attempt tells the learner model: a right answer after a hint is not known unaided. */
export function observeAttempt(state: LearnerState, a: Attempt): void {
  state.observe(a.conceptKey, a.correct && !a.usedHint);
}

/** The learner model's state after all of these attempts (the learner's whole log). */
export function replayLearner(attempts: readonly Attempt[]): LearnerState {
  const state = new LearnerState();
  for (const a of inArrivalOrder(attempts)) observeAttempt(state, a);
  return state;
}

interface LogSummary {
  /** Per concept: the model's prediction right after its last attempt. */
  snapshot: Map<string, number>;
  /** Per concept: its attempts in arrival order. */
  own: Map<string, Attempt[]>;
  /** Length of the log summarised: an array that grew since is summarised again. */
  length: number;
}

/**
 * One pass over a log, kept while the array lives: rebuilding every concept's row from the same
 * log (import, rebuild) replays it once, not once per concept.
 */
const summaries = new WeakMap<readonly Attempt[], LogSummary>();

function summaryOf(attempts: readonly Attempt[]): LogSummary {
  const known = summaries.get(attempts);
  if (known && known.length === attempts.length) return known;
  const state = new LearnerState();
  const summary: LogSummary = { snapshot: new Map(), own: new Map(), length: attempts.length };
  for (const a of inArrivalOrder(attempts)) {
    observeAttempt(state, a);
    summary.snapshot.set(a.conceptKey, predictNext(state, a.conceptKey));
    const list = summary.own.get(a.conceptKey);
    if (list) list.push(a);
    else summary.own.set(a.conceptKey, [a]);
  }
  summaries.set(attempts, summary);
  return summary;
}

/**
 * The mastery record of one concept, derived from the learner's attempt log (`attempts` may hold
 * every concept's attempts: the learner model uses the whole history). pCorrect is the learner
 * model's calibrated prediction right after the concept's last answer, FSRS gives stability,
 * difficulty and due. The record does not depend on `now` or on answers after the concept's last
 * one, so rebuilding the `mastery` table from `attempts` gives identical rows; the live judgement
 * (`masteryLookup`) predicts from the whole history at the time of asking.
 */
export function deriveMastery(
  conceptKey: string,
  attempts: readonly Attempt[],
  _now: number,
  criterion: MasteryCriterion = DEFAULT_CRITERION,
): MasteryRecord {
  const summary = summaryOf(attempts);
  return masteryFromOwn(
    conceptKey,
    summary.own.get(conceptKey) ?? [],
    summary.snapshot.get(conceptKey) ?? 0,
    criterion,
  );
}

/**
 * The same record from the concept's own attempts in arrival order and the learner model's
 * prediction right after the last of them (`deriveMastery` finds both in the whole log; an answer
 * has them from the kept model state and the concept's index).
 */
export function masteryFromOwn(
  conceptKey: string,
  own: readonly Attempt[],
  pAfterLast: number,
  criterion: MasteryCriterion = DEFAULT_CRITERION,
): MasteryRecord {
  let memory: MemoryState | undefined;
  let correct = 0;
  let streak = 0;
  let testedOut = false;
  for (const a of own) {
    // Memory is reviewed in arrival order; reviewMemory keeps lastAt non-decreasing.
    memory = reviewMemory(memory, a.at, gradeOf(a));
    correct += a.correct ? 1 : 0;
    streak = a.correct ? streak + 1 : 0;
    if (a.questionType === TEST_OUT_TYPE && a.correct) testedOut = true;
    else if (!a.correct) testedOut = false;
  }
  const record: MasteryRecord = {
    conceptKey,
    status: 'new',
    attempts: own.length,
    correct,
    streak,
    pCorrect: pAfterLast,
  };
  if (!memory) return record;
  record.lastAt = memory.lastAt;
  record.stability = memory.stability;
  record.difficulty = memory.difficulty;
  record.due = dueAt(memory);
  if (testedOut) record.testedOut = true;
  record.status = isMastered(record, memory.lastAt, criterion) ? 'mastered' : 'learning';
  return record;
}

/** Predicted recall of a record at `now` (0 when it was never reviewed). */
export function recallOf(record: MasteryRecord, now: number): number {
  if (record.lastAt === undefined || record.stability === undefined) return 0;
  return recallAt({ lastAt: record.lastAt, stability: record.stability }, now);
}

/**
 * Mastered now: recall meets the criterion, and either the calibrated prediction does or a passed
 * test-out vouched for the concept and no wrong answer came since. `pCorrect` overrides the
 * record's (a live prediction from the whole history).
 */
export function isMastered(
  record: MasteryRecord | undefined,
  now: number,
  criterion: MasteryCriterion = DEFAULT_CRITERION,
  pCorrect: number = record?.pCorrect ?? 0,
): boolean {
  if (!record || record.attempts === 0) return false;
  if (recallOf(record, now) < criterion.recall) return false;
  return record.testedOut === true || pCorrect >= criterion.pCorrect;
}
