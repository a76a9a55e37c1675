import { firstPageOf, openQuizOf, recentQuestionIds } from '@/lib/db/quiz-queries';
import type { QuizView } from '@/lib/protocol';
import { freshFirst } from '@/lib/quiz/fresh-first';
import type { Question, QuizSession } from '@/lib/quiz/types';
import type { BackgroundDeps } from './deps';
import { quizQuestions } from './llm-questions';
import { loadMastery } from './mastery-view';
import { loadPageBundle, practicePage, questionPool, requiredKeys } from './page-bundle';
import { advanceSession, viewOf } from './quiz-view';

/** How far back a new quiz looks for questions answered lately (`freshFirst`). */
const RECENT_ANSWERS = 200;

export async function startQuiz(
  deps: BackgroundDeps,
  url: string,
  conceptKey?: string,
  fresh = false,
  testOut = false,
): Promise<QuizView | { error: string }> {
  const settings = await deps.getSettings();
  let pageUrl = url;
  if (conceptKey) {
    // A quiz on one concept draws on a page it was read on: this one when it can be asked here.
    const found =
      (await practicePage(deps.db, conceptKey, settings, url)) ?? (await firstPageOf(deps.db, conceptKey));
    if (!found) return { error: 'Rung has not read a page with this concept yet.' };
    pageUrl = found;
  }
  if (!fresh && !testOut) {
    const open = await openQuizOf(deps.db, pageUrl, conceptKey);
    if (open) {
      const m = await loadMastery(
        deps.db,
        open.questions.map((q) => q.conceptKey),
        deps.now(),
        settings,
      );
      return viewOf(deps, open, m);
    }
  }
  const bundle = await loadPageBundle(deps.db, pageUrl);
  if (!bundle)
    return { error: 'Rung has not read this page yet. Reload it, or check that Rung is on for this site.' };
  const pool = questionPool(bundle, settings, conceptKey);
  const keys = conceptKey ? [conceptKey] : requiredKeys(bundle, pool);
  // With the LLM on, model-written questions join the offline ones (the flow is unchanged when off).
  const { questions: all, notice } = testOut
    ? { questions: pool, notice: undefined }
    : await quizQuestions(deps, bundle, keys, pool);
  // A test-out check: one question per concept the page needs, mixed kinds as the pool has them.
  const questions = testOut
    ? keys.map((k) => all.find((q) => q.conceptKey === k)).filter((q): q is Question => q !== undefined)
    : freshFirst(all, await recentQuestionIds(deps.db, RECENT_ANSWERS));
  if (questions.length === 0)
    return { error: 'No questions can be made from this page yet: too little text.' };
  const now = deps.now();
  const session: QuizSession = {
    id: deps.newId(),
    pageUrl,
    createdAt: now,
    updatedAt: now,
    questions,
    answered: [],
    conceptKey,
    ...(testOut ? { mode: 'test-out' as const } : {}),
  };
  const m = await loadMastery(deps.db, keys, now, settings);
  await advanceSession(deps, session, m, now);
  const view = await viewOf(deps, session, m);
  return notice ? { ...view, notice } : view;
}

export async function currentQuiz(deps: BackgroundDeps, url: string): Promise<QuizView | null> {
  const open = await openQuizOf(deps.db, url);
  if (!open) return null;
  const settings = await deps.getSettings();
  const m = await loadMastery(
    deps.db,
    open.questions.map((q) => q.conceptKey),
    deps.now(),
    settings,
  );
  return viewOf(deps, open, m);
}
