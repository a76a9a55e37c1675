import { describe, expect, it } from 'vitest';
import { rmse, rocAuc } from '@/lib/mastery/kt/roc-auc';

describe('rocAuc', () => {
  // Reference values from scikit-learn's roc_auc_score documentation and by hand.
  it.each([
    [[0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1], 0.75],
    [[0.1, 0.2, 0.3], [0, 1, 1], 1],
    [[0.3, 0.2, 0.1], [0, 1, 1], 0],
    [[0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1], 0.5],
    [[0.2, 0.5, 0.5, 0.9], [0, 0, 1, 1], 0.875],
  ])('scores %j with labels %j -> %f', (scores, labels, expected) => {
    expect(rocAuc(scores, labels)).toBeCloseTo(expected, 12);
  });

  it('is undefined with one class only', () => {
    expect(rocAuc([0.1, 0.2], [1, 1])).toBeNaN();
  });

  it('rmse', () => {
    expect(rmse([1, 0, 0.5], [1, 1, 0])).toBeCloseTo(Math.sqrt(1.25 / 3), 12);
  });
});
