import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import type { FeedbackReply, QuizView } from '@/lib/protocol';
import { answerKey, makeDeps, ok } from '@/tests/support/background-harness';
import { readDemoPage, DEMO_URL as URL_ } from '@/tests/support/demo-page';

async function setup() {
  const deps = makeDeps();
  const h = createHandlers(deps);
  const read = await h['page/read']({ url: URL_, result: readDemoPage(URL_) }, {});
  return { deps, h, read };
}

describe('the quiz flow in the background', () => {
  it('"Practise" after a wrong answer opens on another question on that concept, not the one just shown', async () => {
    const { deps, h } = await setup();
    // A concept with more than one question to practise it with.
    const concepts = (await h['page/state']({ url: URL_ }, {})).concepts;
    let view: QuizView | undefined;
    for (const c of concepts) {
      const v = ok(await h['quiz/start']({ url: URL_, conceptKey: c.key, fresh: true }, {}));
      const session = await deps.db.quizzes.get(v.quizId);
      if (session!.questions.filter((x) => x.conceptKey === c.key).length > 1) {
        view = v;
        break;
      }
    }
    expect(view?.question).toBeDefined();
    const failed = view!.question!;
    await h['quiz/answer'](
      { quizId: view!.quizId, questionId: failed.id, answer: 'definitely not it', attemptId: 'attempt-0001' },
      {},
    );
    deps.clock.now += 20_000;
    const again = ok(await h['quiz/start']({ url: URL_, conceptKey: failed.conceptKey, fresh: true }, {}));
    expect(again.question?.conceptKey).toBe(failed.conceptKey);
    expect(again.question?.id).not.toBe(failed.id);
  });

  it('stores the page, quizzes it, records gaps, and opens Advance once the page is mastered', async () => {
    const { deps, h, read } = await setup();
    expect(read.stored).toBeGreaterThan(3);
    const before = await h['page/state']({ url: URL_ }, {});
    expect(before.known).toBe(true);
    expect(before.required.length).toBeGreaterThan(1);
    expect(before.advance.enabled).toBe(false);

    let view = ok(await h['quiz/start']({ url: URL_ }, {}));
    const first = view.question!;
    const wrong = ok(
      await h['quiz/answer'](
        { quizId: view.quizId, questionId: first.id, answer: 'definitely not it', attemptId: 'attempt-0001' },
        {},
      ),
    );
    expect(wrong.correct).toBe(false);
    expect(wrong.source.length).toBeGreaterThan(10);
    const withGap = await h['page/state']({ url: URL_ }, {});
    expect(withGap.gaps.map((g) => g.key)).toContain(first.conceptKey);
    expect(withGap.advance.reason).toMatch(/gap/);

    view = wrong.next;
    let n = 1;
    while (view.question && n < 80) {
      deps.clock.now += 20_000;
      const reply: FeedbackReply = ok(
        await h['quiz/answer'](
          {
            quizId: view.quizId,
            questionId: view.question.id,
            answer: await answerKey(deps, view.quizId, view.question.id),
            attemptId: `attempt-${String(++n).padStart(4, '0')}`,
          },
          {},
        ),
      );
      expect(reply.correct).toBe(true);
      view = reply.next;
    }
    expect(view.finished).toBe(true);
    // Prerequisite gaps found on the way are practised one by one, as the popup's "Practise" does.
    for (let round = 0; round < 5; round++) {
      const open = (await h['page/state']({ url: URL_ }, {})).gaps;
      if (open.length === 0) break;
      for (const gap of open) {
        let practice = ok(await h['quiz/start']({ url: URL_, conceptKey: gap.key }, {}));
        while (practice.question) {
          deps.clock.now += 20_000;
          practice = ok(
            await h['quiz/answer'](
              {
                quizId: practice.quizId,
                questionId: practice.question.id,
                answer: await answerKey(deps, practice.quizId, practice.question.id),
                attemptId: `attempt-${String(++n).padStart(4, '0')}`,
              },
              {},
            ),
          ).next;
        }
      }
    }
    // A quiz never asks again a question answered right; a new quiz may, until the page is mastered.
    let rounds = 0;
    while (!(await h['page/state']({ url: URL_ }, {})).advance.enabled && rounds++ < 5) {
      let again = ok(await h['quiz/start']({ url: URL_, fresh: true }, {}));
      while (again.question) {
        deps.clock.now += 20_000;
        again = ok(
          await h['quiz/answer'](
            {
              quizId: again.quizId,
              questionId: again.question.id,
              answer: await answerKey(deps, again.quizId, again.question.id),
              attemptId: `attempt-${String(++n).padStart(4, '0')}`,
            },
            {},
          ),
        ).next;
      }
    }
    console.log(`quiz flow: ${n} answers (1 wrong) and ${rounds} extra quizzes to open Advance`);
    const after = await h['page/state']({ url: URL_ }, {});
    expect(after.gaps).toEqual([]);
    expect(after.advance).toMatchObject({ enabled: true, reason: null });
    const adv = await h['page/advance']({ url: URL_ }, {});
    expect(adv).toEqual({ ok: true, nextUrl: 'http://127.0.0.1/demo/iterators.html' });
    expect(await deps.db.attempts.count()).toBe(n);
  });

  it('records a resent answer once and resumes the same question', async () => {
    const { deps, h } = await setup();
    const view: QuizView = ok(await h['quiz/start']({ url: URL_ }, {}));
    const q = view.question!;
    const answer = await answerKey(deps, view.quizId, q.id);
    const a = ok(
      await h['quiz/answer'](
        { quizId: view.quizId, questionId: q.id, answer, attemptId: 'same-attempt' },
        {},
      ),
    );
    const b = ok(
      await h['quiz/answer'](
        { quizId: view.quizId, questionId: q.id, answer, attemptId: 'same-attempt' },
        {},
      ),
    );
    expect(a.duplicate).toBe(false);
    expect(b.duplicate).toBe(true);
    expect(await deps.db.attempts.count()).toBe(1);
    // A restarted worker (new handlers, same database) shows the same next question.
    const resumed = await createHandlers(deps)['quiz/current']({ url: URL_ }, {});
    expect(resumed?.question?.id).toBe(a.next.question?.id);
    expect(resumed?.answered).toBe(1);
  });

  it('marks the unmastered prerequisites behind a wrong answer as gaps, deepest first', async () => {
    const { deps, h } = await setup();
    const view: QuizView = ok(await h['quiz/start']({ url: URL_ }, {}));
    const q = view.question!;
    // A chain of two of the page's other concepts under the asked one: basics → middle → asked
    // (replacing the edges inferred from the page, so the chain is all there is under it).
    const others = (await h['page/state']({ url: URL_ }, {})).concepts.filter((c) => c.key !== q.conceptKey);
    const [basics, middle] = [others[0]!, others[1]!];
    await deps.db.edges.clear();
    await deps.db.edges.bulkPut([
      { from: basics.key, to: middle.key, confidence: 0.8, evidence: [] },
      { from: middle.key, to: q.conceptKey, confidence: 0.8, evidence: [] },
    ]);
    ok(
      await h['quiz/answer'](
        { quizId: view.quizId, questionId: q.id, answer: 'wrong', attemptId: 'attempt-gap-1' },
        {},
      ),
    );
    const gaps = await deps.db.gaps.where('behind').equals(q.conceptKey).toArray();
    expect(gaps.map((g) => g.conceptKey).sort()).toEqual([q.conceptKey, basics.key, middle.key].sort());
    const state = await h['page/state']({ url: URL_ }, {});
    expect(state.gaps.map((g) => g.label)).toEqual(expect.arrayContaining([basics.label, middle.label]));
    // Each can be practised: a question is waiting for it.
    for (const gap of [basics, middle]) {
      expect(ok(await h['quiz/start']({ url: URL_, conceptKey: gap.key }, {})).question?.conceptKey).toBe(
        gap.key,
      );
    }
    // The failure while prerequisites were unmastered strengthens the edge into the asked concept.
    const edge = await deps.db.edges.get([middle.key, q.conceptKey]);
    expect(edge!.confidence).toBeGreaterThan(0.8);
  });

  it('names a prerequisite from an earlier page as a gap, read about and practised there', async () => {
    const { deps, h } = await setup();
    const next = URL_.replace('closures.html', 'iterators.html');
    await h['page/read']({ url: next, result: readDemoPage(next, 'iterators.html') }, {});
    const view: QuizView = ok(await h['quiz/start']({ url: next }, {}));
    const q = view.question!;
    // A concept of the first page that the second page cannot ask about, made a prerequisite.
    const here = new Set(
      (await deps.db.occurrences.where('pageUrl').equals(next).toArray()).map((o) => o.conceptKey),
    );
    const earlier = (await h['page/state']({ url: URL_ }, {})).concepts.find(
      (c) => !here.has(c.key) && c.status === 'new',
    )!;
    expect(earlier).toBeDefined();
    await deps.db.edges.clear();
    await deps.db.edges.put({ from: earlier.key, to: q.conceptKey, confidence: 0.8, evidence: [] });

    ok(
      await h['quiz/answer'](
        { quizId: view.quizId, questionId: q.id, answer: 'wrong', attemptId: 'attempt-cross-1' },
        {},
      ),
    );
    const gap = await deps.db.gaps.get([earlier.key, q.conceptKey]);
    expect(gap).toMatchObject({ pageUrl: next, readOn: URL_ });
    const state = await h['page/state']({ url: next }, {});
    const shown = state.gaps.find((g) => g.key === earlier.key);
    // "Read about it" goes to the earlier page, named by its title.
    expect(shown).toMatchObject({ pageUrl: URL_, pageTitle: 'Closures — A small JavaScript tutorial' });
    expect(state.advance.enabled).toBe(false);
    expect(state.advance.reason).toContain(earlier.label);
    // "Practise" from the second page quizzes it with the first page's questions.
    const practise = ok(await h['quiz/start']({ url: next, conceptKey: earlier.key }, {}));
    expect(practise.question?.conceptKey).toBe(earlier.key);
    expect(practise.pageUrl).toBe(URL_);
  });

  it('lets a learner who knows the page test out with one question per concept', async () => {
    const { deps, h } = await setup();
    let view: QuizView = ok(await h['quiz/start']({ url: URL_, testOut: true }, {}));
    expect(view.mode).toBe('test-out');
    const required = (await h['page/state']({ url: URL_ }, {})).required;
    let asked = 0;
    while (view.question) {
      asked++;
      const answer = await answerKey(deps, view.quizId, view.question.id);
      const reply = ok(
        await h['quiz/answer'](
          { quizId: view.quizId, questionId: view.question.id, answer, attemptId: `testout-${asked}` },
          {},
        ),
      );
      view = reply.next;
    }
    expect(asked).toBe(required.length);
    expect(view.testOut?.passed).toBe(true);
    expect(view.testOut!.mastered).toBeGreaterThanOrEqual(required.length);
    const state = await h['page/state']({ url: URL_ }, {});
    expect(state.advance.enabled).toBe(true);
    // The mastery it grants is derived from test-out attempts, like every other mastery row.
    const testOuts = (await deps.db.attempts.toArray()).filter((a) => a.questionType === 'test-out');
    expect(testOuts.length).toBe(view.testOut!.mastered);
  });

  it('a failed test-out marks nothing mastered', async () => {
    const { deps, h } = await setup();
    let view: QuizView = ok(await h['quiz/start']({ url: URL_, testOut: true }, {}));
    let n = 0;
    while (view.question) {
      n++;
      view = ok(
        await h['quiz/answer'](
          { quizId: view.quizId, questionId: view.question.id, answer: 'no idea', attemptId: `fail-${n}` },
          {},
        ),
      ).next;
    }
    expect(view.testOut).toEqual({ passed: false, mastered: 0 });
    expect((await h['page/state']({ url: URL_ }, {})).advance.enabled).toBe(false);
    expect(await deps.db.attempts.count()).toBe(n);
  });

  it('brings forgotten concepts back in a review session', async () => {
    const { deps, h } = await setup();
    let view: QuizView = ok(await h['quiz/start']({ url: URL_ }, {}));
    let n = 0;
    while (view.question && n < 80) {
      deps.clock.now += 20_000;
      const answer = await answerKey(deps, view.quizId, view.question.id);
      view = ok(
        await h['quiz/answer'](
          { quizId: view.quizId, questionId: view.question.id, answer, attemptId: `r-${++n}` },
          {},
        ),
      ).next;
    }
    expect((await h['review/due']({}, {})).count).toBe(0);
    await expect(h['quiz/start']({ url: URL_, review: true }, {})).rejects.toThrow(/Nothing is due/);
    // Months later, memory has faded: the mastered concepts are due again and no longer mastered.
    deps.clock.now += 400 * 86_400_000;
    const due = (await h['review/due']({}, {})).count;
    expect(due).toBeGreaterThan(0);
    expect((await h['page/state']({ url: URL_ }, {})).advance.enabled).toBe(false);
    view = ok(await h['quiz/start']({ url: URL_, review: true }, {}));
    expect(view.mode).toBe('review');
    while (view.question && n < 200) {
      deps.clock.now += 20_000;
      const answer = await answerKey(deps, view.quizId, view.question.id);
      view = ok(
        await h['quiz/answer'](
          { quizId: view.quizId, questionId: view.question.id, answer, attemptId: `r-${++n}` },
          {},
        ),
      ).next;
    }
    expect(view.finished).toBe(true);
    expect((await h['review/due']({}, {})).count).toBeLessThan(due);
  });

  it('refuses to quiz a page it has not read', async () => {
    const { h } = await setup();
    await expect(h['quiz/start']({ url: 'http://127.0.0.1/unknown.html' }, {})).rejects.toThrow(
      /not read this page/,
    );
  });
});
