import { dueForReview, firstPageOf } from '@/lib/db/quiz-queries';
import type { QuizView } from '@/lib/protocol';
import type { Question, QuizSession } from '@/lib/quiz/types';
import type { BackgroundDeps } from './deps';
import { loadMastery } from './mastery-view';
import { loadPageBundle, questionPool } from './page-bundle';
import { advanceSession, viewOf } from './quiz-view';

/** How many due concepts one review session covers: a short daily round, not a backlog dump. */
const REVIEW_SIZE = 10;

/**
 * A review session: the concepts whose predicted recall has dropped (due now), most overdue
 * first, each asked from the page it was read on, until each is mastered again.
 */
export async function startReview(deps: BackgroundDeps, url: string): Promise<QuizView | { error: string }> {
  const settings = await deps.getSettings();
  const now = deps.now();
  const due = await dueForReview(deps.db, now, REVIEW_SIZE);
  if (due.length === 0) return { error: 'Nothing is due for review right now.' };
  const questions: Question[] = [];
  const pools = new Map<string, Question[]>();
  for (const record of due) {
    const pageUrl = await firstPageOf(deps.db, record.conceptKey);
    if (pageUrl === undefined) continue;
    if (!pools.has(pageUrl)) {
      const bundle = await loadPageBundle(deps.db, pageUrl);
      pools.set(pageUrl, bundle ? questionPool(bundle, settings) : []);
    }
    questions.push(...(pools.get(pageUrl) ?? []).filter((q) => q.conceptKey === record.conceptKey));
  }
  if (questions.length === 0) return { error: 'The concepts due for review have no questions left to ask.' };
  const session: QuizSession = {
    id: deps.newId(),
    pageUrl: url,
    createdAt: now,
    updatedAt: now,
    questions,
    answered: [],
    mode: 'review',
  };
  const m = await loadMastery(
    deps.db,
    questions.map((q) => q.conceptKey),
    now,
    settings,
  );
  await advanceSession(deps, session, m);
  return viewOf(deps, session, m);
}
