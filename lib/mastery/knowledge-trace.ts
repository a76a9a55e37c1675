import { type MemoryState, recallAt } from '@/lib/mastery/memory-model';
import type { Attempt } from '@/lib/types';

/**
 * Bayesian knowledge tracing with forgetting (Corbett & Anderson 1995; the forgetting term as in
 * Khajah, Lindsey & Mozer 2016), made time-aware: between two answers the chance the concept is
 * still known shrinks with the FSRS recall curve, so a concept left alone for months starts its
 * next answer from a lower prior.
 */
export interface TraceParams {
  /** P(known) before any evidence. */
  prior: number;
  /** P(unknown -> known) at each practice opportunity. */
  learn: number;
  /** P(known -> unknown) at each opportunity: keeps P(known) below 1 so one error always counts. */
  forget: number;
  /** P(wrong | known). */
  slip: number;
}

/**
 * Product defaults. With these, from a fresh start the number of consecutive correct answers that
 * lift pCorrect to >= 0.95 is 3 for recall and multiple-choice questions and 5 for true/false
 * (tests/lib/mastery/derive-mastery.test.ts checks this table); one wrong answer after any streak
 * drops pCorrect below 0.85, and the ceiling after a long streak is about 0.966.
 */
export const DEFAULT_TRACE: TraceParams = { prior: 0.25, learn: 0.3, forget: 0.015, slip: 0.02 };

/** P(correct | not known) by question type: how easy it is to be right by luck. */
const GUESS_BY_TYPE: Readonly<Record<string, number>> = {
  'true-false': 0.5,
  'multiple-choice': 0.25,
  'api-which-function': 0.25,
  'vocab-meaning': 0.25,
  'vocab-recognise': 0.25,
  ordering: 0.15,
  cloze: 0.15,
  typed: 0.15,
  'vocab-recall': 0.15,
  'api-signature': 0.15,
};

export function guessRate(attempt: Pick<Attempt, 'questionType' | 'usedHint'>): number {
  const base = GUESS_BY_TYPE[attempt.questionType] ?? 0.25;
  // A right answer after a hint says less about knowing it unaided.
  return attempt.usedHint ? Math.max(base, 0.5) : base;
}

/** Probability of a correct answer given P(known) and the question's guess rate. */
export function predictCorrect(pKnown: number, guess: number, params: TraceParams = DEFAULT_TRACE): number {
  return pKnown * (1 - params.slip) + (1 - pKnown) * guess;
}

/** P(known) after seeing one answer, then one learning/forgetting transition. */
export function traceStep(
  pKnown: number,
  correct: boolean,
  guess: number,
  params: TraceParams = DEFAULT_TRACE,
): number {
  const pc = predictCorrect(pKnown, guess, params);
  const posterior = correct ? (pKnown * (1 - params.slip)) / pc : (pKnown * params.slip) / (1 - pc);
  return posterior * (1 - params.forget) + (1 - posterior) * params.learn;
}

/**
 * P(known) before the next answer at `at`, given the state after the previous one: knowledge
 * decays with the recall curve of the memory model (negligibly within one session).
 */
export function decayKnown(pKnown: number, memory: MemoryState | undefined, at: number): number {
  if (!memory) return pKnown;
  return pKnown * recallAt(memory, at);
}
