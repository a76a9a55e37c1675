import { byUser, type KtRow } from '@/lib/mastery/kt/kt-rows';
import { FeatureList, LearnerHistory } from '@/lib/mastery/kt/learner-history';
import {
  type FitOptions,
  fitLogistic,
  LogisticModel,
  type SparseData,
} from '@/lib/mastery/kt/logistic-model';

/** Predictions made before each answer, and the answers. */
export interface KtPredictions {
  preds: number[];
  labels: number[];
}

/**
 * Population success rate of each item, smoothed toward the overall rate. While building the
 * training matrix a row's own outcome is left out (`leaveOut`), so the feature never sees the
 * label it predicts.
 */
export class ItemPriors {
  private stats = new Map<number, { n: number; w: number }>();
  private mean = 0.5;
  constructor(
    rows: readonly KtRow[],
    private readonly strength = 5,
  ) {
    let w = 0;
    for (const r of rows) {
      const s = this.stats.get(r.item) ?? { n: 0, w: 0 };
      s.n++;
      if (r.correct) s.w++;
      this.stats.set(r.item, s);
      if (r.correct) w++;
    }
    this.mean = rows.length ? w / rows.length : 0.5;
  }
  expected(item: number, leaveOut?: boolean): number {
    const s = this.stats.get(item) ?? { n: 0, w: 0 };
    const n = s.n - (leaveOut === undefined ? 0 : 1);
    const w = s.w - (leaveOut ? 1 : 0);
    return (w + this.strength * this.mean) / (n + this.strength);
  }
}

export const DEFAULT_FIT: FitOptions = { l2: 1e-5, iterations: 400 };

/** Replays every learner's rows in time order and builds the training matrix. */
export function buildTrainingData(
  model: LogisticModel,
  rows: readonly KtRow[],
  priors?: ItemPriors,
): SparseData {
  const offsets: number[] = [0];
  const columns: number[] = [];
  const values: number[] = [];
  const labels: number[] = [];
  const f = new FeatureList();
  for (const seq of byUser(rows)) {
    const h = new LearnerHistory();
    for (const r of seq) {
      const expected = priors?.expected(r.item, r.correct);
      h.features(r.item, r.skill, f, expected);
      for (let k = 0; k < f.keys.length; k++) {
        columns.push(model.column(f.keys[k] ?? 0, true));
        values.push(f.values[k] ?? 0);
      }
      offsets.push(columns.length);
      labels.push(r.correct ? 1 : 0);
      h.observe(r.item, r.skill, r.correct, expected);
    }
  }
  return {
    offsets: Int32Array.from(offsets),
    columns: Int32Array.from(columns),
    values: Float64Array.from(values),
    labels: Uint8Array.from(labels),
  };
}

/** Fits the population model on a training log. */
export interface KtFit {
  model: LogisticModel;
  priors: ItemPriors;
}

export function fitKt(rows: readonly KtRow[], options: FitOptions = DEFAULT_FIT): KtFit {
  const model = new LogisticModel();
  const priors = new ItemPriors(rows);
  const data = buildTrainingData(model, rows, priors);
  fitLogistic(model, data, options);
  return { model, priors };
}

/**
 * Gervet et al.'s protocol: for each test learner, predict every response before it is seen from
 * that learner's earlier rows only (the population weights stay fixed), then observe it.
 */
export function replayKt({ model, priors }: KtFit, rows: readonly KtRow[]): KtPredictions {
  const preds: number[] = [];
  const labels: number[] = [];
  const f = new FeatureList();
  for (const seq of byUser(rows)) {
    const h = new LearnerHistory();
    for (const r of seq) {
      const expected = priors.expected(r.item);
      preds.push(model.predict(h.features(r.item, r.skill, f, expected)));
      labels.push(r.correct ? 1 : 0);
      h.observe(r.item, r.skill, r.correct, expected);
    }
  }
  return { preds, labels };
}

/**
 * Online (prequential) mode for a log without a training split: one pass in file order, each
 * response predicted before it is seen, then one Adagrad step on it; item success rates are
 * counted as the pass goes. Everything the model uses comes from responses already past.
 */
export function onlineKt(rows: readonly KtRow[], rate = 0.1): KtPredictions {
  const model = new LogisticModel();
  const items = new Map<number, { n: number; w: number }>();
  let seen = 0;
  let right = 0;
  const preds: number[] = [];
  const labels: number[] = [];
  const f = new FeatureList();
  for (const seq of byUser(rows)) {
    const h = new LearnerHistory();
    for (const r of seq) {
      const stat = items.get(r.item) ?? { n: 0, w: 0 };
      const mean = seen ? right / seen : 0.5;
      const expected = (stat.w + 5 * mean) / (stat.n + 5);
      h.features(r.item, r.skill, f, expected);
      preds.push(model.predict(f));
      labels.push(r.correct ? 1 : 0);
      model.update(f, r.correct, rate);
      h.observe(r.item, r.skill, r.correct, expected);
      stat.n++;
      if (r.correct) stat.w++;
      items.set(r.item, stat);
      seen++;
      if (r.correct) right++;
    }
  }
  return { preds, labels };
}
