import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { countDue, pageState } from '@/lib/background/page-state';
import type { MasteryRecord } from '@/lib/types';
import { makeDeps } from '@/tests/support/background-harness';
import { readDemoPage, DEMO_URL as URL_ } from '@/tests/support/demo-page';

async function readDemo(overrides: Parameters<typeof makeDeps>[0] = {}) {
  const deps = makeDeps(overrides);
  await createHandlers(deps)['page/read']({ url: URL_, result: readDemoPage(URL_) }, {});
  return deps;
}

const record = (conceptKey: string, extra: Partial<MasteryRecord>): MasteryRecord => ({
  conceptKey,
  status: 'learning',
  attempts: 1,
  correct: 1,
  streak: 1,
  pCorrect: 0.5,
  ...extra,
});

describe('pageState', () => {
  it('says a page Rung has not read is unknown, with nothing to advance to', async () => {
    const deps = makeDeps();
    expect(await pageState(deps, 'https://docs.example/unread.html')).toMatchObject({
      known: false,
      allowed: true,
      concepts: [],
      advance: { enabled: false, done: false },
      quizInProgress: false,
    });
  });

  it('lists a read page’s concepts, all new, and keeps Advance closed with a reason', async () => {
    const deps = await readDemo();
    const state = await pageState(deps, URL_);
    expect(state).toMatchObject({ known: true, allowed: true, title: expect.any(String), readiness: 0 });
    expect(state.required.length).toBeGreaterThan(0);
    expect(state.concepts.length).toBeGreaterThanOrEqual(Math.min(12, state.required.length));
    expect(state.concepts.every((c) => c.status === 'new')).toBe(true);
    // Never answered: the model's prior, below any mastery criterion.
    expect(state.concepts.every((c) => c.pCorrect < 0.9)).toBe(true);
    // Every required concept is listed first, in order.
    expect(state.concepts.slice(0, state.required.length).map((c) => c.key)).toEqual(state.required);
    expect(state.advance.enabled).toBe(false);
    expect(state.advance.reason).toBeTruthy();
  });

  it('counts a mastered required concept toward readiness', async () => {
    const deps = await readDemo();
    const [first, ...rest] = (await pageState(deps, URL_)).required;
    // Mastery is predicted from the answers themselves; the row holds the memory state.
    const start = deps.now() - 60_000;
    await deps.db.attempts.bulkPut(
      Array.from({ length: 10 }, (_, i) => ({
        id: `a${i}`,
        conceptKey: first!,
        questionId: `q${i}`,
        questionType: 'cloze',
        correct: true,
        answer: 'x',
        at: start + i * 1000,
        seq: i + 1,
      })),
    );
    await deps.db.mastery.put(
      record(first!, {
        status: 'mastered',
        attempts: 10,
        correct: 10,
        streak: 10,
        pCorrect: 0.99,
        lastAt: deps.now(),
        stability: 30,
      }),
    );
    const state = await pageState(deps, URL_);
    expect(state.concepts.find((c) => c.key === first)?.status).toBe('mastered');
    expect(state.readiness).toBeCloseTo(1 / (rest.length + 1));
  });

  it('hides concept kinds the learner switched off', async () => {
    const deps = await readDemo({ kinds: { term: false, api: true, vocab: true } });
    const state = await pageState(deps, URL_);
    expect(state.concepts.some((c) => c.kind === 'term')).toBe(false);
  });

  it('says when a site is not allowed, and when a page quiz is in progress', async () => {
    const deps = await readDemo();
    await createHandlers(deps)['quiz/start']({ url: URL_ }, {});
    expect((await pageState(deps, URL_)).quizInProgress).toBe(true);
    const blocked = makeDeps({ sites: { '127.0.0.1': false } });
    expect((await pageState(blocked, URL_)).allowed).toBe(false);
  });

  it('counts the concepts due for review at the deps’ clock', async () => {
    const deps = makeDeps();
    const now = deps.now();
    await deps.db.mastery.bulkPut([
      record('a', { due: now - 1 }),
      record('b', { due: now }),
      record('c', { due: now + 1 }),
      record('d', {}),
    ]);
    expect(await countDue(deps)).toBe(2);
    expect((await pageState(deps, URL_)).dueCount).toBe(2);
  });
});
