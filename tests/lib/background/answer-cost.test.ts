import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { deriveMastery, replayLearner } from '@/lib/mastery/derive-mastery';
import { predictNext } from '@/lib/mastery/learner-model';
import { seededRandom } from '@/lib/random';
import type { Attempt, PrereqEdge } from '@/lib/types';
import { answerKey, makeDeps, ok } from '@/tests/support/background-harness';
import { countReads } from '@/tests/support/count-reads';
import { DEMO_URL, readDemoPage } from '@/tests/support/demo-page';

describe('an answer costs the same at any length of history', () => {
  it('reads the concept’s own attempts, not the whole log, and derives what the whole log gives', async () => {
    const deps = makeDeps();
    const counter = countReads(deps.db, 'attempts');
    counter.on = false;
    const h = createHandlers(deps);
    await h['page/read']({ url: DEMO_URL, result: readDemoPage(DEMO_URL) }, {});
    const required = (await h['page/state']({ url: DEMO_URL }, {})).required;
    expect(required.length).toBeGreaterThanOrEqual(2);

    // A long history on other concepts and a little on this page's, written as Rung writes answers.
    const random = seededRandom(5);
    const history: Attempt[] = [];
    for (let i = 0; i < 600; i++) {
      const key = i % 50 === 0 ? required[i % required.length]! : `term:en:other-${i % 40}`;
      history.push({
        id: `old-${i}`,
        conceptKey: key,
        pageUrl: DEMO_URL,
        questionId: `q-${i}`,
        questionType: 'choice',
        correct: random() < 0.7,
        answer: '',
        at: deps.clock.now - 1_000_000 + i * 1000,
        seq: i,
      });
    }
    await deps.db.attempts.bulkAdd(history);
    // The first request after a write that bypassed Rung replays the log once (and keeps the state).
    await h['page/state']({ url: DEMO_URL }, {});

    const view = ok(await h['quiz/start']({ url: DEMO_URL, fresh: true }, {}));
    const q = view.question!;
    const key = (await deps.db.quizzes.get(view.quizId))!.questions.find((x) => x.id === q.id)!.conceptKey;
    const answer = await answerKey(deps, view.quizId, q.id);
    counter.on = true;
    ok(await h['quiz/answer']({ quizId: view.quizId, questionId: q.id, answer, attemptId: 'now-1' }, {}));
    counter.on = false;
    const own = history.filter((a) => a.conceptKey === key).length + 1;
    expect(counter.rows).toBeLessThan(own + 20);

    // What was written is what a replay of the whole log derives.
    const log = await deps.db.attempts.toArray();
    expect(log).toHaveLength(601);
    expect(await deps.db.mastery.get(key)).toEqual(deriveMastery(key, log, deps.now()));
    const state = await h['page/state']({ url: DEMO_URL }, {});
    const shown = state.concepts.find((c) => c.key === key)!;
    expect(shown.pCorrect).toBe(predictNext(replayLearner(log), key));
  });

  it('reads the part of the map behind the answered concept, not the whole map', async () => {
    const deps = makeDeps();
    const counter = countReads(deps.db, 'edges');
    counter.on = false;
    const h = createHandlers(deps);
    await h['page/read']({ url: DEMO_URL, result: readDemoPage(DEMO_URL) }, {});
    const own = await deps.db.edges.count();
    // The rest of a long reading history: 5,000 edges among concepts of other pages.
    const other: PrereqEdge[] = [];
    for (let i = 0; i < 5000; i++)
      other.push({
        from: `term:en:other-${i % 700}`,
        to: `term:en:other-${700 + (i % 1300)}`,
        confidence: 0.6,
        evidence: [{ source: 'text', detail: 'elsewhere' }],
      });
    await deps.db.edges.bulkPut(other);
    const total = await deps.db.edges.count();
    const view = ok(await h['quiz/start']({ url: DEMO_URL, fresh: true }, {}));
    const q = view.question!;
    counter.on = true;
    // A wrong answer: the gaps, the hole search and its prior all read the map.
    const reply = ok(
      await h['quiz/answer'](
        { quizId: view.quizId, questionId: q.id, answer: 'not it at all', attemptId: 'w-1' },
        {},
      ),
    );
    counter.on = false;
    expect(reply.correct).toBe(false);
    expect(counter.calls).toBeGreaterThan(0);
    expect(counter.rows).toBeLessThanOrEqual(own * 3);
    expect(counter.rows).toBeLessThan(total / 10);
  });
});
