import { DEFAULT_CRITERION } from '@/lib/mastery/derive-mastery';
import { masteryLookup } from '@/lib/mastery/mastery-lookup';
import { selectNextQuestion } from '@/lib/quiz/select-next-question';
import type { Question, QuizSession } from '@/lib/quiz/types';

/**
 * The questions a new learner is asked first, in order: the quiz's own selection run over the
 * pool with no mastery yet, each question answered (right) before the next is chosen.
 */
export function firstQuestions(pool: readonly Question[], count: number): Question[] {
  const out: Question[] = [];
  // A new learner: no attempts, no gaps, so nothing is mastered whatever the criterion.
  const m = masteryLookup({ attempts: [], rows: [], gaps: [], now: 0, criterion: DEFAULT_CRITERION });
  const session: QuizSession = {
    id: 'cli',
    pageUrl: '',
    createdAt: 0,
    updatedAt: 0,
    questions: [...pool],
    answered: [],
  };
  while (out.length < count) {
    const next = selectNextQuestion(session, m);
    if (!next || out.includes(next)) break;
    out.push(next);
    session.answered.push({
      questionId: next.id,
      attemptId: `a${out.length}`,
      correct: true,
      answer: next.answer,
    });
  }
  return out;
}
