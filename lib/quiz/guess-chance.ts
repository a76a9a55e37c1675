import type { Question } from '@/lib/quiz/types';

/** A typed answer is rarely right by luck (the grader forgives typos, not ignorance). */
const TYPED_GUESS = 0.05;

/** The chance of answering `q` right without knowing its concept: one in its choices, else small. */
export function guessChance(q: Question): number {
  return q.choices && q.choices.length > 1 ? 1 / q.choices.length : TYPED_GUESS;
}
