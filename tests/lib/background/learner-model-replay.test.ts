import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { parseKtTsv } from '@/lib/mastery/kt/kt-rows';
import { replayProduct } from '@/lib/mastery/kt/replay-product';
import { seededRandom } from '@/lib/random';
import { run as ktEval, scorePredictions } from '@/scripts/cli/kt-eval';
import { answerKey, makeDeps, ok } from '@/tests/support/background-harness';
import { readDemoPage, DEMO_URL as URL_ } from '@/tests/support/demo-page';

/** A learner's log in the kt-eval format: `n` answers over `skills` concepts, right more often with practice. */
function learnerLog(n: number, skills: number, seed: number): string {
  const random = seededRandom(seed);
  const seen = new Map<number, number>();
  const lines = ['user_id\titem_id\ttimestamp\tcorrect\tskill_id'];
  for (let i = 0; i < n; i++) {
    const skill = Math.floor(random() * skills);
    const k = seen.get(skill) ?? 0;
    seen.set(skill, k + 1);
    const correct = random() < 0.45 + 0.1 * Math.min(4, k) ? 1 : 0;
    lines.push(`7\t${i}\t0\t${correct}\t${skill}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('one learner model: the extension and kt-eval predict the same', () => {
  it('replaying a log through the background handlers gives kt-eval --model product’s predictions', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rung-kt-')), 'log.tsv');
    writeFileSync(file, learnerLog(30, 4, 11));
    const rows = parseKtTsv(readFileSync(file, 'utf8'));
    const expected = replayProduct(rows).preds;

    const deps = makeDeps();
    const h = createHandlers(deps);
    await h['page/read']({ url: URL_, result: readDemoPage(URL_) }, {});
    const required = (await h['page/state']({ url: URL_ }, {})).required;
    expect(required.length).toBeGreaterThanOrEqual(4);
    const got: number[] = [];
    for (const [i, row] of rows.entries()) {
      const key = required[row.skill]!;
      deps.clock.now += 30_000;
      // The prediction the popup, the selector and the Advance gate read before the answer.
      const state = await h['page/state']({ url: URL_ }, {});
      got.push(state.concepts.find((c) => c.key === key)!.pCorrect);
      const view = ok(await h['quiz/start']({ url: URL_, conceptKey: key, fresh: true }, {}));
      const q = view.question!;
      const answer = row.correct ? await answerKey(deps, view.quizId, q.id) : 'not the answer';
      const reply = ok(
        await h['quiz/answer']({ quizId: view.quizId, questionId: q.id, answer, attemptId: `r${i}` }, {}),
      );
      expect(reply.correct).toBe(row.correct);
    }
    expect(got).toEqual(expected);
    // And the command-line figures are those of the background's predictions.
    const printed: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => printed.push(chunk) > 0) as typeof process.stdout.write;
    try {
      expect(await ktEval(['--test', file, '--json'])).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    const labels = rows.map((r) => (r.correct ? 1 : 0));
    expect(JSON.parse(printed.join(''))).toEqual(JSON.parse(JSON.stringify(scorePredictions(got, labels))));
  });
});
