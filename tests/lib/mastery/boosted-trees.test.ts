import { describe, expect, it } from 'vitest';
import { type BoostedTrees, fitBoostedTrees, MAX_BINS, treesLogit } from '@/lib/mastery/boosted-trees';
import { rocAuc } from '@/lib/mastery/kt/roc-auc';
import { seededRandom } from '@/lib/random';

const OPTIONS = {
  trees: 60,
  depth: 3,
  rate: 0.3,
  lambda: 1,
  minHessian: 5,
  bins: 16,
  subsample: 0.8,
  digits: 6,
};

/** Two features whose effect is an interaction (XOR of their signs): no weighted sum can say it. */
function xorData(n: number, seed: number) {
  const random = seededRandom(seed);
  const x = new Float64Array(n * 2);
  const labels = new Uint8Array(n);
  const truth: number[] = [];
  for (let r = 0; r < n; r++) {
    const a = random() * 2 - 1;
    const b = random() * 2 - 1;
    x[2 * r] = a;
    x[2 * r + 1] = b;
    const p = a * b > 0 ? 0.85 : 0.2;
    truth.push(p);
    labels[r] = random() < p ? 1 : 0;
  }
  return { x, width: 2, labels, truth };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe('boosted trees', () => {
  it('learn an interaction and give calibrated probabilities on fresh data', () => {
    const model = fitBoostedTrees(xorData(4000, 1), OPTIONS);
    const test = xorData(2000, 2);
    const preds = test.truth.map((_, r) => sigmoid(treesLogit(model, test.x.subarray(2 * r, 2 * r + 2))));
    // The true probabilities' own AUC is the ceiling; a linear model would sit near 0.5.
    expect(rocAuc(preds, test.labels)).toBeGreaterThan(rocAuc(test.truth, test.labels) - 0.03);
    const meanError = preds.reduce((s, p, r) => s + Math.abs(p - (test.truth[r] ?? 0)), 0) / preds.length;
    expect(meanError).toBeLessThan(0.08);
  });

  it('is deterministic and stores what it evaluates (thresholds and leaves as rounded)', () => {
    const data = xorData(1000, 3);
    const a = fitBoostedTrees(data, OPTIONS);
    const b = fitBoostedTrees(data, OPTIONS);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const stored: BoostedTrees = JSON.parse(JSON.stringify(a));
    for (let r = 0; r < 50; r++) {
      const row = data.x.subarray(2 * r, 2 * r + 2);
      expect(treesLogit(stored, row)).toBe(treesLogit(a, row));
    }
    for (const e of a.edges) for (const v of e) expect(Number(v.toPrecision(6))).toBe(v);
  });

  it('goes left below a threshold, right at or above it, and a node that did not split sends all left', () => {
    // Depth 2: root splits feature 1 at its threshold 0.5; the left child did not split (-1).
    const model: BoostedTrees = {
      base: 0.1,
      depth: 2,
      edges: [[0], [0.25, 0.5]],
      trees: [[1 * MAX_BINS + 1, -1, 0 * MAX_BINS + 0, 1, 99, 3, 4]],
    };
    expect(treesLogit(model, [5, 0.49])).toBeCloseTo(1.1);
    expect(treesLogit(model, [-1, 0.5])).toBeCloseTo(3.1);
    expect(treesLogit(model, [0, 0.7])).toBeCloseTo(4.1);
  });
});
