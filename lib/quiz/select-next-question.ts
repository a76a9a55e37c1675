import { type MasteryLookup, masteryOf } from '@/lib/quiz/quiz-progress';
import type { AnsweredQuestion, Question } from '@/lib/quiz/types';

export { type MasteryLookup, quizProgress } from '@/lib/quiz/quiz-progress';

export interface SelectNextInput {
  /** The quiz's questions (answered ones may be included; those answered correctly are skipped). */
  questions: readonly Question[];
  mastery: MasteryLookup;
  /** Concept keys suspected or confirmed as gaps: asked first. */
  gaps?: Iterable<string>;
  /** Answers so far, oldest first. */
  answered?: readonly AnsweredQuestion[];
  /** The concept of the question just asked, when `answered` does not tell. */
  lastConceptKey?: string;
  /** The mastery criterion, when it is more than `status === 'mastered'` (e.g. recall now ≥ target). */
  isMastered?: (conceptKey: string) => boolean;
  /** Return null rather than a question on an already mastered concept (the quiz is over). */
  skipMastered?: boolean;
}

/**
 * The next question of an adaptive quiz, or null when none is left. Order: concepts not yet
 * mastered before mastered ones; suspected gaps first; then the lowest predicted pCorrect (new
 * concepts count as 0.5); within a concept the question asked fewest times, then the pool's order.
 * The same concept is not asked twice in a row when another is available, and a question
 * answered correctly is never asked again. Deterministic.
 */
export function selectNextQuestion(input: SelectNextInput): Question | null {
  const answered = input.answered ?? [];
  const gaps = new Set(input.gaps ?? []);
  const rightIds = new Set(answered.filter((a) => a.correct).map((a) => a.questionId));
  const asked = new Map<string, number>();
  for (const a of answered) asked.set(a.questionId, (asked.get(a.questionId) ?? 0) + 1);
  const conceptOf = new Map(input.questions.map((q) => [q.id, q.conceptKey]));
  const lastId = answered.at(-1)?.questionId;
  const last = input.lastConceptKey ?? (lastId !== undefined ? conceptOf.get(lastId) : undefined);

  const mastered = (key: string) =>
    input.isMastered ? input.isMastered(key) : masteryOf(input.mastery, key)?.status === 'mastered';
  const ranked = input.questions
    .map((q, index) => {
      const r = masteryOf(input.mastery, q.conceptKey);
      return {
        q,
        key: [
          mastered(q.conceptKey) ? 1 : 0,
          gaps.has(q.conceptKey) || r?.status === 'gap' ? 0 : 1,
          r && r.attempts > 0 ? r.pCorrect : 0.5,
          asked.get(q.id) ?? 0,
          index,
        ],
      };
    })
    .filter(({ q }) => !rightIds.has(q.id) && !(input.skipMastered && mastered(q.conceptKey)))
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) {
        const d = a.key[i]! - b.key[i]!;
        if (d !== 0) return d;
      }
      return 0;
    });
  const other = ranked.find(({ q }) => q.conceptKey !== last);
  return (other ?? ranked[0])?.q ?? null;
}
