import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitKt, onlineKt, replayKt } from '@/lib/mastery/kt/evaluate-kt';
import { byUser, type KtRow, parseKtTsv } from '@/lib/mastery/kt/kt-rows';
import { FeatureList, LearnerHistory } from '@/lib/mastery/kt/learner-history';
import { rocAuc } from '@/lib/mastery/kt/roc-auc';
import { seededRandom } from '@/lib/random';
import { CORPUS, corpusPath } from '@/tests/support/corpus';

/** Synthetic learners with an ability, items with a difficulty, and learning by practice. */
function simulate(users: number, seed: number, truth: number[] = []): KtRow[] {
  const random = seededRandom(seed);
  const rows: KtRow[] = [];
  // The same items in every sample: difficulty comes from its own fixed seed.
  const itemRandom = seededRandom(99);
  const difficulty = Array.from({ length: 40 }, () => itemRandom() * 3 - 1.5);
  for (let u = 0; u < users; u++) {
    const ability = random() * 3 - 1.5;
    const practice = new Map<number, number>();
    for (let n = 0; n < 40; n++) {
      const item = Math.floor(random() * 40);
      const skill = item % 5;
      const k = practice.get(skill) ?? 0;
      const z = ability - (difficulty[item] ?? 0) + 0.4 * Math.log1p(k);
      truth.push(1 / (1 + Math.exp(-z)));
      rows.push({ user: u, item, skill, correct: random() < (truth.at(-1) ?? 0), t: 0 });
      practice.set(skill, k + 1);
    }
  }
  return rows;
}

describe('knowledge-tracing model', () => {
  it('parses the corpus format and groups learners in row order', () => {
    const rows = parseKtTsv(
      'user_id\titem_id\ttimestamp\tcorrect\tskill_id\n0\t5\t0\t1\t2\n1\t6\t0\t0\t3\n0\t7\t0\t0\t2\n',
    );
    expect(rows).toEqual([
      { user: 0, item: 5, t: 0, correct: true, skill: 2 },
      { user: 1, item: 6, t: 0, correct: false, skill: 3 },
      { user: 0, item: 7, t: 0, correct: false, skill: 2 },
    ]);
    expect(byUser(rows).map((g) => g.map((r) => r.item))).toEqual([[5, 7], [6]]);
  });

  it('features describe only the past: the answer being predicted never leaks in', () => {
    const h = new LearnerHistory();
    const before = new FeatureList();
    h.features(1, 1, before);
    const copy = { keys: [...before.keys], values: [...before.values] };
    const again = h.features(1, 1, new FeatureList());
    expect({ keys: again.keys, values: again.values }).toEqual(copy);
    h.observe(1, 1, true);
    expect(h.features(1, 1, new FeatureList()).values).not.toEqual(copy.values);
  });

  it('learns ability and item difficulty on synthetic learners (close to the true-probability AUC)', () => {
    const fit = fitKt(simulate(150, 1), { l2: 1e-4, iterations: 100 });
    const truth: number[] = [];
    const test = simulate(60, 2, truth);
    const { preds, labels } = replayKt(fit, test);
    const score = { auc: rocAuc(preds, labels), n: preds.length };
    const oracle = rocAuc(
      truth,
      test.map((r) => r.correct),
    );
    console.log(`synthetic: model auc ${score.auc.toFixed(3)}, true-probability auc ${oracle.toFixed(3)}`);
    expect(score.n).toBe(60 * 40);
    expect(score.auc).toBeGreaterThan(oracle - 0.06);
    // Online mode learns from the stream alone.
    const online = onlineKt(simulate(150, 3));
    expect(rocAuc(online.preds, online.labels)).toBeGreaterThan(0.65);
  });

  it('a wrong answer lowers and a right one raises the next prediction', () => {
    const fit = fitKt(simulate(150, 4), { l2: 1e-4, iterations: 100 });
    const predictAfter = (correct: boolean) => {
      const h = new LearnerHistory();
      const e = fit.priors.expected(3);
      h.observe(3, 3, correct, e);
      h.observe(3, 3, correct, e);
      return fit.model.predict(h.features(8, 3, new FeatureList(), fit.priors.expected(8)));
    };
    expect(predictAfter(true)).toBeGreaterThan(predictAfter(false));
  });
});

describe.skipIf(!CORPUS)('knowledge-tracing model on the real spanish log (online)', () => {
  it('beats the published PFA figure (0.85) within the sequence', () => {
    const rows = parseKtTsv(readFileSync(corpusPath('kt', 'spanish', 'test.tsv'), 'utf8'));
    const { preds, labels } = onlineKt(rows);
    const score = { auc: rocAuc(preds, labels), n: preds.length };
    console.log(`spanish online: auc ${score.auc.toFixed(4)} n ${score.n}`);
    expect(score.n).toBe(103_561);
    expect(score.auc).toBeGreaterThan(0.85);
  });
});
