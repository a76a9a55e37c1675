import { selectNextQuestion } from '@/lib/quiz/select-next-question';
import type { AnsweredQuestion, Question } from '@/lib/quiz/types';

/**
 * The questions a new learner is asked first, in order: the quiz's own selection run over the
 * pool with no mastery yet, each question answered (right) before the next is chosen.
 */
export function firstQuestions(pool: readonly Question[], count: number): Question[] {
  const out: Question[] = [];
  const answered: AnsweredQuestion[] = [];
  while (out.length < count) {
    const next = selectNextQuestion({ questions: pool, mastery: new Map(), answered });
    if (!next || out.includes(next)) break;
    out.push(next);
    answered.push({ questionId: next.id, attemptId: `a${out.length}`, correct: true, answer: next.answer });
  }
  return out;
}
