import { describe, expect, it } from 'vitest';
import { FeatureList } from '@/lib/mastery/kt/learner-history';
import { fitLogistic, LogisticModel, type SparseData } from '@/lib/mastery/kt/logistic-model';
import { seededRandom } from '@/lib/random';

describe('LogisticModel', () => {
  it('L-BFGS recovers the weights that generated the data', () => {
    const random = seededRandom(7);
    const truth = [-0.5, 1.5, -2];
    const model = new LogisticModel();
    for (const key of [0, 1, 2]) model.column(key, true);
    const offsets = [0];
    const columns: number[] = [];
    const values: number[] = [];
    const labels: number[] = [];
    for (let r = 0; r < 20_000; r++) {
      const x = [1, random() * 2 - 1, random() * 2 - 1];
      const z = x.reduce((s, v, i) => s + v * (truth[i] ?? 0), 0);
      x.forEach((v, i) => {
        columns.push(i);
        values.push(v);
      });
      offsets.push(columns.length);
      labels.push(random() < 1 / (1 + Math.exp(-z)) ? 1 : 0);
    }
    const data: SparseData = {
      offsets: Int32Array.from(offsets),
      columns: Int32Array.from(columns),
      values: Float64Array.from(values),
      labels: Uint8Array.from(labels),
    };
    fitLogistic(model, data, { l2: 0, iterations: 100 });
    for (const [i, w] of truth.entries()) expect(model.weights[i]).toBeCloseTo(w, 0);
  });

  it('an online step moves the prediction toward the answer; unknown keys are ignored', () => {
    const model = new LogisticModel();
    const f = new FeatureList();
    f.add(42, 1);
    expect(model.predict(f)).toBe(0.5);
    model.update(f, true);
    expect(model.predict(f)).toBeGreaterThan(0.5);
    const other = new FeatureList();
    other.add(7, 1);
    expect(model.predict(other)).toBe(0.5);
  });
});
