import { type FSRSState, forgetting_curve, fsrs, type Grade, Rating } from 'ts-fsrs';
import type { Attempt } from '@/lib/types';

// The memory model is FSRS-6 with ts-fsrs's default parameters. We keep only its memory state
// (stability in days, difficulty 1..10) and replay every answer through `next_state`, so the
// state is a pure function of the attempt log and needs no card object in the database.

export const DAY_MS = 86_400_000;

/** Recall probability at which a concept falls due (FSRS's default requested retention). */
export const REQUEST_RETENTION = 0.9;

const scheduler = fsrs({ enable_fuzz: false, enable_short_term: true, request_retention: REQUEST_RETENTION });
const W = scheduler.parameters.w;

export interface MemoryState {
  stability: number;
  difficulty: number;
  /** Time of the last review (ms since epoch). */
  lastAt: number;
}

/**
 * An answer as an FSRS grade. A wrong answer is Again; a right one is Good, or Hard when the
 * learner needed a hint (the memory held, but only with help).
 */
export function gradeOf(attempt: Pick<Attempt, 'correct' | 'usedHint'>): Grade {
  if (!attempt.correct) return Rating.Again;
  return attempt.usedHint ? Rating.Hard : Rating.Good;
}

/**
 * Elapsed time in FSRS days. Reviews within the same day go through FSRS's short-term formula
 * (elapsed 0), as Anki does; longer gaps keep their fraction so that the clock is exact.
 */
function elapsedDays(from: number, to: number): number {
  const days = Math.max(0, to - from) / DAY_MS;
  return days < 1 ? 0 : days;
}

/** Memory state after one more review (`previous` undefined for the first one). */
export function reviewMemory(previous: MemoryState | undefined, at: number, grade: Grade): MemoryState {
  const before: FSRSState | null = previous
    ? { stability: previous.stability, difficulty: previous.difficulty }
    : null;
  const t = previous ? elapsedDays(previous.lastAt, at) : 0;
  const next = scheduler.next_state(before, t, grade);
  return {
    stability: next.stability,
    difficulty: next.difficulty,
    lastAt: Math.max(at, previous?.lastAt ?? at),
  };
}

/** Predicted probability of recall at `now` (FSRS forgetting curve; 1 right after a review). */
export function recallAt(state: Pick<MemoryState, 'stability' | 'lastAt'>, now: number): number {
  const days = Math.max(0, now - state.lastAt) / DAY_MS;
  return forgetting_curve(W, days, state.stability);
}

/**
 * When recall falls to REQUEST_RETENTION. FSRS defines stability as the interval at which recall
 * is 90%, so with the default retention the concept is due exactly `stability` days after the
 * last review; we keep the fraction (no rounding to whole days) so that "due" and "recall < 0.9"
 * are the same instant.
 */
export function dueAt(state: Pick<MemoryState, 'stability' | 'lastAt'>): number {
  const days = state.stability * scheduler.interval_modifier;
  return state.lastAt + Math.round(days * DAY_MS);
}
