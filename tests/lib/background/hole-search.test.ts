import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { storeEdges } from '@/lib/db/edge-store';
import type { QuizView } from '@/lib/protocol';
import { seededRandom } from '@/lib/random';
import { makeDeps, ok, storedQuiz } from '@/tests/support/background-harness';
import { simPage, simPageUrl, simWords } from '@/tests/support/sim-pages';

// One page of eight terms; c5 rests on c3, which rests on c0 (and c1 on c0). The learner knows
// c0, c1, c2 and c4 and answers them right; c3 is the hole, so c5 (resting on it) is unknown too.
const labels = simWords(seededRandom(5), 8);
const key = (i: number) => `term:en:${labels[i]}`;
const KNOWN = new Set([0, 1, 2, 4].map(key));
const URL_ = simPageUrl(0);

async function setup() {
  const deps = makeDeps();
  const h = createHandlers(deps);
  await h['page/read']({ url: URL_, result: simPage(0, labels, 1) }, {});
  const edges = [
    [0, 1],
    [0, 3],
    [3, 5],
  ].map(([from, to]) => ({
    from: key(from!),
    to: key(to!),
    confidence: 0.9,
    evidence: [{ source: 'structure', detail: 'test' }],
  }));
  await storeEdges(deps.db, edges, { remove: await deps.db.edges.toArray() });
  return { deps, h };
}

describe('the live quiz searches for the hole behind a wrong answer', () => {
  it('asks about a prerequisite next, finds the hole, names it as the gap and clears the suspect it ruled out', async () => {
    const { deps, h } = await setup();
    let view: QuizView = ok(await h['quiz/start']({ url: URL_ }, {}));
    const afterFailure: string[] = [];
    let n = 0;
    let found: string | undefined;
    while (view.question && n < 40 && found === undefined) {
      const q = (await storedQuiz(deps, view.quizId)).questions.find((x) => x.id === view.question!.id)!;
      const right = KNOWN.has(q.conceptKey);
      const answer = right ? q.answer : (q.choices?.find((c) => c !== q.answer) ?? 'no idea');
      deps.clock.now += 20_000;
      const reply = ok(
        await h['quiz/answer']({ quizId: view.quizId, questionId: q.id, answer, attemptId: `a${++n}` }, {}),
      );
      view = reply.next;
      const d = (await storedQuiz(deps, view.quizId)).diagnosis;
      if (!right && d && view.question) afterFailure.push(`${q.conceptKey}>${view.question.conceptKey}`);
      found = d?.found;
    }
    // The first failure with a prerequisite to tell apart is followed by a question on one of them.
    expect(afterFailure.length).toBeGreaterThan(0);
    const [failed, next] = afterFailure[0]!.split('>');
    expect(next).not.toBe(failed);
    expect([key(0), key(3)]).toContain(next);
    // c3 is the hole whichever of c3 or c5 failed first: c0 was answered right, c3 wrong.
    const d = (await storedQuiz(deps, view.quizId)).diagnosis!;
    expect(d.found).toBe(key(3));
    const gaps = (await h['page/state']({ url: URL_ }, {})).gaps.map((g) => g.key);
    expect(gaps).toContain(key(3));
    expect(gaps).not.toContain(key(0));
  });
});
