import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { startReview } from '@/lib/background/review-quiz';
import type { QuizView } from '@/lib/protocol';
import type { MasteryRecord } from '@/lib/types';
import { makeDeps, storedQuiz } from '@/tests/support/background-harness';
import { readDemoPage, DEMO_URL as URL_ } from '@/tests/support/demo-page';

const DAY = 86_400_000;

const due = (conceptKey: string, at: number): MasteryRecord => ({
  conceptKey,
  status: 'mastered',
  attempts: 5,
  correct: 5,
  streak: 5,
  pCorrect: 0.97,
  lastAt: at - 30 * DAY,
  due: at,
});

async function readDemo() {
  const deps = makeDeps();
  await createHandlers(deps)['page/read']({ url: URL_, result: readDemoPage(URL_) }, {});
  const page = await deps.db.pages.get(URL_);
  return { deps, keys: page!.conceptKeys };
}

describe('startReview', () => {
  it('refuses when nothing is due', async () => {
    const { deps, keys } = await readDemo();
    await deps.db.mastery.put(due(keys[0]!, deps.now() + DAY));
    expect(await startReview(deps, URL_)).toEqual({ error: expect.stringMatching(/Nothing is due/) });
  });

  it('asks only about due concepts, from the page each was read on, most overdue first', async () => {
    const { deps, keys } = await readDemo();
    const now = deps.now();
    const [older, newer, notYet] = keys;
    await deps.db.mastery.bulkPut([
      due(newer!, now - DAY),
      due(older!, now - 5 * DAY),
      due(notYet!, now + DAY),
    ]);
    const view = (await startReview(deps, 'https://elsewhere.example/')) as QuizView;
    expect(view.mode).toBe('review');
    expect(view.finished).toBe(false);
    const session = await storedQuiz(deps, view.quizId);
    const asked = new Set(session.questions.map((q) => q.conceptKey));
    expect(asked.has(notYet!)).toBe(false);
    expect([...asked].every((k) => k === older || k === newer)).toBe(true);
    expect(asked.has(older!)).toBe(true);
  });

  it('covers at most ten due concepts in one session', async () => {
    const { deps, keys } = await readDemo();
    const now = deps.now();
    await deps.db.mastery.bulkPut(keys.map((k, i) => due(k, now - (i + 1) * 1000)));
    const view = (await startReview(deps, URL_)) as QuizView;
    const session = await storedQuiz(deps, view.quizId);
    expect(new Set(session.questions.map((q) => q.conceptKey)).size).toBeLessThanOrEqual(10);
    // The ten most overdue are the last keys (the larger offsets).
    const oldest = new Set(keys.slice(-10));
    expect(session.questions.every((q) => oldest.has(q.conceptKey))).toBe(true);
  });

  it('says so when the due concepts have no page left to ask from', async () => {
    const deps = makeDeps();
    await deps.db.mastery.put(due('term:en:orphan', deps.now() - DAY));
    expect(await startReview(deps, URL_)).toEqual({ error: expect.stringMatching(/no questions left/) });
  });
});
