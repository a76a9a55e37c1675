import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { deriveMastery, TEST_OUT_TYPE } from '@/lib/mastery/derive-mastery';
import type { QuizView } from '@/lib/protocol';
import { answerKey, makeDeps, ok } from '@/tests/support/background-harness';
import { readDemoPage, DEMO_URL as URL_ } from '@/tests/support/demo-page';

async function setup() {
  const deps = makeDeps();
  const h = createHandlers(deps);
  await h['page/read']({ url: URL_, result: readDemoPage(URL_) }, {});
  return { deps, h };
}

describe('the record only takes what the learner was asked', () => {
  it('refuses a second answer to a question already answered (only the current question counts)', async () => {
    const { deps, h } = await setup();
    const view: QuizView = ok(await h['quiz/start']({ url: URL_ }, {}));
    const q = view.question!;
    const answer = await answerKey(deps, view.quizId, q.id);
    ok(await h['quiz/answer']({ quizId: view.quizId, questionId: q.id, answer, attemptId: 'a1' }, {}));
    for (const id of ['a2', 'a3']) {
      await expect(
        h['quiz/answer']({ quizId: view.quizId, questionId: q.id, answer, attemptId: id }, {}),
      ).rejects.toThrow(/not the question the quiz is on/);
    }
    expect(await deps.db.attempts.count()).toBe(1);
  });

  it('refuses answers to a quiz that has finished', async () => {
    const { deps, h } = await setup();
    let view: QuizView = ok(await h['quiz/start']({ url: URL_, testOut: true }, {}));
    const first = view.question!;
    let n = 0;
    while (view.question) {
      const answer = await answerKey(deps, view.quizId, view.question.id);
      view = ok(
        await h['quiz/answer'](
          { quizId: view.quizId, questionId: view.question.id, answer, attemptId: `t${++n}` },
          {},
        ),
      ).next;
    }
    expect(view.finished).toBe(true);
    const count = await deps.db.attempts.count();
    await expect(
      h['quiz/answer']({ quizId: view.quizId, questionId: first.id, answer: 'x', attemptId: 'late' }, {}),
    ).rejects.toThrow(/finished/);
    expect(await deps.db.attempts.count()).toBe(count);
  });

  it('a resent answer (same attempt id) is still answered, once', async () => {
    const { deps, h } = await setup();
    const view: QuizView = ok(await h['quiz/start']({ url: URL_ }, {}));
    const q = view.question!;
    const input = { quizId: view.quizId, questionId: q.id, answer: 'nope', attemptId: 'same' };
    const a = ok(await h['quiz/answer'](input, {}));
    const b = ok(await h['quiz/answer'](input, {}));
    expect([a.duplicate, b.duplicate, b.correct]).toEqual([false, true, false]);
    expect(await deps.db.attempts.count()).toBe(1);
  });

  it('orders history by arrival when the clock goes back, with times clamped non-decreasing', async () => {
    const { deps, h } = await setup();
    // Two answers on one concept: right in a first quiz, then wrong in a fresh quiz on it after the
    // clock jumped back a day (a quiz on one concept may have only one question: one per sentence).
    const key = (await h['page/state']({ url: URL_ }, {})).required[0]!;
    let view: QuizView = ok(await h['quiz/start']({ url: URL_, conceptKey: key }, {}));
    const t0 = deps.clock.now;
    const right = await answerKey(deps, view.quizId, view.question!.id);
    ok(
      await h['quiz/answer'](
        { quizId: view.quizId, questionId: view.question!.id, answer: right, attemptId: 'r' },
        {},
      ),
    );
    deps.clock.now = t0 - 86_400_000; // the clock jumps back a day
    view = ok(await h['quiz/start']({ url: URL_, conceptKey: key, fresh: true }, {}));
    expect(view.question?.conceptKey).toBe(key);
    ok(
      await h['quiz/answer'](
        { quizId: view.quizId, questionId: view.question!.id, answer: 'nope', attemptId: 'w' },
        {},
      ),
    );
    const stored = await deps.db.attempts.toArray();
    const r = stored.find((a) => a.id === 'r')!;
    const w = stored.find((a) => a.id === 'w')!;
    expect(w.at).toBeGreaterThanOrEqual(r.at);
    expect(w.seq).toBeGreaterThan(r.seq!);
    // Right then wrong, as it happened: the streak is broken.
    expect((await deps.db.mastery.get(key))?.streak).toBe(0);
  });

  it('a passed test-out does not vouch over a low-confidence, model-suggested edge', async () => {
    const { deps, h } = await setup();
    const required = (await h['page/state']({ url: URL_ }, {})).required;
    const elsewhere = 'term:en:something from another site';
    await deps.db.edges.put({
      from: elsewhere,
      to: required[0]!,
      confidence: 0.35,
      evidence: [{ source: 'llm', detail: 'suggested' }],
    });
    let view: QuizView = ok(await h['quiz/start']({ url: URL_, testOut: true }, {}));
    let n = 0;
    while (view.question) {
      const answer = await answerKey(deps, view.quizId, view.question.id);
      view = ok(
        await h['quiz/answer'](
          { quizId: view.quizId, questionId: view.question.id, answer, attemptId: `t${++n}` },
          {},
        ),
      ).next;
    }
    expect(view.testOut?.passed).toBe(true);
    expect(await deps.db.mastery.get(elsewhere)).toBeUndefined();
    expect((await deps.db.mastery.get(required[0]!))?.status).toBe('mastered');
    // Every row the answers and the test-out wrote (from the kept model state and each concept's
    // own attempts) is the row the whole log derives.
    const log = await deps.db.attempts.toArray();
    expect(log.some((a) => a.questionType === TEST_OUT_TYPE)).toBe(true);
    for (const row of await deps.db.mastery.toArray())
      expect(row, row.conceptKey).toEqual(deriveMastery(row.conceptKey, log, deps.now()));
  });
});
