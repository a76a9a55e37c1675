import { conceptLabel, putQuiz } from '@/lib/db/quiz-queries';
import type { MasteryLookup } from '@/lib/mastery/mastery-lookup';
import type { QuestionView, QuizView } from '@/lib/protocol';
import { quizProgress } from '@/lib/quiz/quiz-progress';
import { selectNextQuestion } from '@/lib/quiz/select-next-question';
import type { Question, QuizSession } from '@/lib/quiz/types';
import type { BackgroundDeps } from './deps';

function questionView(q: Question, label: string): QuestionView {
  return {
    id: q.id,
    conceptKey: q.conceptKey,
    conceptLabel: label,
    type: q.type,
    prompt: q.prompt,
    choices: q.choices,
  };
}

/** What the popup sees of a quiz: its current question (never the answer) and progress. */
export async function viewOf(
  deps: BackgroundDeps,
  session: QuizSession,
  m: MasteryLookup,
): Promise<QuizView> {
  const current = session.questions.find((q) => q.id === session.currentQuestionId);
  return {
    quizId: session.id,
    pageUrl: session.pageUrl,
    question:
      current && !session.finishedAt
        ? questionView(current, await conceptLabel(deps.db, current.conceptKey))
        : null,
    answered: session.answered.length,
    progress: quizProgress(
      session.questions.map((q) => q.conceptKey),
      m,
    ),
    finished: session.finishedAt !== undefined,
    mode: session.mode ?? 'practice',
    ...(session.conceptKey ? { conceptKey: session.conceptKey } : {}),
    ...(session.mode === 'test-out' && session.finishedAt !== undefined
      ? {
          testOut: {
            passed: (session.testedOut ?? []).length > 0,
            mastered: (session.testedOut ?? []).length,
          },
        }
      : {}),
  };
}

/** Moves the session to its next question (or finishes it) and stores it. */
export async function advanceSession(
  deps: BackgroundDeps,
  session: QuizSession,
  m: MasteryLookup,
  now: number = deps.now(),
): Promise<void> {
  const next = selectNextQuestion(session, m);
  session.currentQuestionId = next?.id;
  session.updatedAt = now;
  if (!next) session.finishedAt = now;
  await putQuiz(deps.db, session);
}
