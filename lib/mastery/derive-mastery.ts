import type { ImplicitEvidence } from '@/lib/mastery/credit-and-blame';
import {
  DEFAULT_TRACE,
  decayKnown,
  guessRate,
  predictCorrect,
  type TraceParams,
  traceStep,
} from '@/lib/mastery/knowledge-trace';
import { dueAt, gradeOf, type MemoryState, recallAt, reviewMemory } from '@/lib/mastery/memory-model';
import type { Attempt, MasteryRecord } from '@/lib/types';

export interface MasteryCriterion {
  /** Predicted probability of a correct next answer needed for mastery. */
  pCorrect: number;
  /** Predicted recall now needed for mastery. */
  recall: number;
}

export const DEFAULT_CRITERION: MasteryCriterion = { pCorrect: 0.95, recall: 0.9 };

/** Guess rate of the reference question (four-option multiple choice) that pCorrect predicts. */
export const REFERENCE_GUESS = 0.25;

/**
 * Question type of the attempt written for each concept a passed test-out marks (see
 * `testOut`): it sets the concept to the model's ceiling at once and counts as a review.
 */
export const TEST_OUT_TYPE = 'test-out';

/** Evidence from answers on other concepts, through the map (see `creditAndBlame`), with its time. */
export interface TimedEvidence extends ImplicitEvidence {
  at: number;
}

export interface DeriveOptions {
  /** Knowledge-tracing parameters: the product defaults, or ones fitted to this learner. */
  trace?: TraceParams;
  /**
   * Implicit credit/blame for this concept. Each is a partial Bayes update (weight 1 = a direct
   * answer); credit of weight >= 0.5 also counts as a review for the memory model.
   */
  implicit?: readonly TimedEvidence[];
}

/** Same order as the attempts table replays: by time, ties by id, so the result is order-free. */
function chronological(attempts: readonly Attempt[]): Attempt[] {
  return [...attempts].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The mastery record of one concept, derived from its attempts only (knowledge tracing for
 * pCorrect, FSRS for stability/difficulty/due). The record describes the state right after the
 * last answer and does not depend on `now`, so rebuilding the `mastery` table from `attempts` at
 * any time gives identical rows; `status` is judged at the last answer, and `isMastered(record,
 * now)` is the live judgement that also applies forgetting.
 *
 * From a fresh start, 3 consecutive correct answers reach mastery (5 on true/false questions);
 * one wrong answer drops it.
 */
export function deriveMastery(
  conceptKey: string,
  attempts: readonly Attempt[],
  _now: number,
  criterion: MasteryCriterion = DEFAULT_CRITERION,
  options: DeriveOptions = {},
): MasteryRecord {
  const params = options.trace ?? DEFAULT_TRACE;
  const ordered = chronological(attempts.filter((a) => a.conceptKey === conceptKey));
  let pKnown = params.prior;
  let memory: MemoryState | undefined;
  let correct = 0;
  let streak = 0;
  const implicit = [...(options.implicit ?? [])]
    .filter((e) => e.conceptKey === conceptKey)
    .sort((a, b) => a.at - b.at || a.weight - b.weight || Number(a.correct) - Number(b.correct));
  let next = 0;
  const applyImplicitUpTo = (at: number) => {
    for (; next < implicit.length && (implicit[next]?.at ?? 0) <= at; next++) {
      const e = implicit[next] as TimedEvidence;
      const prior = decayKnown(pKnown, memory, e.at);
      const full = traceStep(prior, e.correct, REFERENCE_GUESS, params);
      pKnown = prior + Math.min(1, Math.max(0, e.weight)) * (full - prior);
      if (e.correct && e.weight >= 0.5) memory = reviewMemory(memory, e.at, gradeOf({ correct: true }));
    }
  };
  for (const a of ordered) {
    applyImplicitUpTo(a.at - 1);
    if (a.questionType === TEST_OUT_TYPE && a.correct) pKnown = 1 - params.forget;
    else pKnown = traceStep(decayKnown(pKnown, memory, a.at), a.correct, guessRate(a), params);
    memory = reviewMemory(memory, a.at, gradeOf(a));
    correct += a.correct ? 1 : 0;
    streak = a.correct ? streak + 1 : 0;
  }
  applyImplicitUpTo(Number.POSITIVE_INFINITY);
  const pCorrect = predictCorrect(pKnown, REFERENCE_GUESS, params);
  const record: MasteryRecord = {
    conceptKey,
    status: 'new',
    attempts: ordered.length,
    correct,
    streak,
    pCorrect,
  };
  if (!memory) return record;
  record.lastAt = memory.lastAt;
  record.stability = memory.stability;
  record.difficulty = memory.difficulty;
  record.due = dueAt(memory);
  record.status = isMastered(record, memory.lastAt, criterion) ? 'mastered' : 'learning';
  return record;
}

/** Predicted recall of a record at `now` (0 when it was never reviewed). */
export function recallOf(record: MasteryRecord, now: number): number {
  if (record.lastAt === undefined || record.stability === undefined) return 0;
  return recallAt({ lastAt: record.lastAt, stability: record.stability }, now);
}

/** Mastered now: predicted correctness and predicted recall both meet the criterion. */
export function isMastered(
  record: MasteryRecord | undefined,
  now: number,
  criterion: MasteryCriterion = DEFAULT_CRITERION,
): boolean {
  if (!record || record.attempts === 0) return false;
  return record.pCorrect >= criterion.pCorrect && recallOf(record, now) >= criterion.recall;
}
