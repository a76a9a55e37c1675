import type { FeatureList } from '@/lib/mastery/kt/learner-history';

/** A sparse design matrix in compressed-row form, with its labels. */
export interface SparseData {
  offsets: Int32Array;
  columns: Int32Array;
  values: Float64Array;
  labels: Uint8Array;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Logistic regression over named sparse features (keys from LearnerHistory). Keys never seen in
 * training have weight 0, so a new item or skill falls back on the count and recency features.
 */
export class LogisticModel {
  readonly index = new Map<number, number>();
  weights = new Float64Array(0);
  /** Adagrad accumulators for online updates (allocated on first use). */
  private squares: Float64Array | undefined;

  /** Column of a key, allocating one when `grow` (training) and returning -1 otherwise. */
  column(key: number, grow: boolean): number {
    let c = this.index.get(key);
    if (c === undefined) {
      if (!grow) return -1;
      c = this.index.size;
      this.index.set(key, c);
      if (c >= this.weights.length) {
        const next = new Float64Array(Math.max(64, this.weights.length * 2));
        next.set(this.weights);
        this.weights = next;
      }
    }
    return c;
  }

  logit(f: FeatureList): number {
    let z = 0;
    for (let k = 0; k < f.keys.length; k++) {
      const c = this.index.get(f.keys[k] ?? 0);
      if (c !== undefined) z += (this.weights[c] ?? 0) * (f.values[k] ?? 0);
    }
    return z;
  }

  predict(f: FeatureList): number {
    return sigmoid(this.logit(f));
  }

  /**
   * One online step (Adagrad with L2) on one observed answer: how the model keeps learning from
   * a stream, e.g. within a sequence when no training log exists.
   */
  update(f: FeatureList, correct: boolean, rate = 0.1, l2 = 1e-4): void {
    const p = this.predict(f);
    const g = p - (correct ? 1 : 0);
    for (let k = 0; k < f.keys.length; k++) {
      const c = this.column(f.keys[k] ?? 0, true);
      if (!this.squares || this.squares.length < this.weights.length) {
        const next = new Float64Array(this.weights.length);
        if (this.squares) next.set(this.squares);
        this.squares = next;
      }
      const w = this.weights[c] ?? 0;
      const grad = g * (f.values[k] ?? 0) + l2 * w;
      this.squares[c] = (this.squares[c] ?? 0) + grad * grad;
      this.weights[c] = w - (rate * grad) / (Math.sqrt(this.squares[c] ?? 0) + 1e-8);
    }
  }
}

export interface FitOptions {
  /** L2 penalty on the mean log-loss. */
  l2: number;
  iterations: number;
  /** L-BFGS memory. */
  memory?: number;
}

/** Mean log-loss + L2 and its gradient at `w`. */
function lossAndGradient(data: SparseData, w: Float64Array, l2: number, grad: Float64Array): number {
  grad.fill(0);
  const n = data.labels.length;
  let loss = 0;
  for (let r = 0; r < n; r++) {
    const start = data.offsets[r] ?? 0;
    const end = data.offsets[r + 1] ?? 0;
    let z = 0;
    for (let k = start; k < end; k++) z += (w[data.columns[k] ?? 0] ?? 0) * (data.values[k] ?? 0);
    const y = data.labels[r] ?? 0;
    // log(1 + e^z) - y z, computed stably.
    loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y * z;
    const g = sigmoid(z) - y;
    for (let k = start; k < end; k++) {
      const c = data.columns[k] ?? 0;
      grad[c] = (grad[c] ?? 0) + g * (data.values[k] ?? 0);
    }
  }
  let reg = 0;
  for (let c = 0; c < w.length; c++) {
    const wc = w[c] ?? 0;
    reg += wc * wc;
    grad[c] = (grad[c] ?? 0) / n + l2 * wc;
  }
  return loss / n + 0.5 * l2 * reg;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

/**
 * Fits the weights by L-BFGS (full batch, deterministic, no learning rate to tune) with an
 * Armijo backtracking line search.
 */
export function fitLogistic(model: LogisticModel, data: SparseData, options: FitOptions): { loss: number } {
  const dim = model.index.size;
  const w = new Float64Array(dim);
  w.set(model.weights.subarray(0, dim));
  const m = options.memory ?? 10;
  const g = new Float64Array(dim);
  let loss = lossAndGradient(data, w, options.l2, g);
  const sList: Float64Array[] = [];
  const yList: Float64Array[] = [];
  const rho: number[] = [];
  const wNew = new Float64Array(dim);
  const gNew = new Float64Array(dim);
  const dir = new Float64Array(dim);
  const alpha: number[] = [];
  for (let iter = 0; iter < options.iterations; iter++) {
    // Two-loop recursion: dir = -H g.
    dir.set(g);
    for (let k = sList.length - 1; k >= 0; k--) {
      const a = (rho[k] ?? 0) * dot(sList[k] as Float64Array, dir);
      alpha[k] = a;
      const y = yList[k] as Float64Array;
      for (let i = 0; i < dim; i++) dir[i] = (dir[i] ?? 0) - a * (y[i] ?? 0);
    }
    const last = sList.length - 1;
    const gamma =
      last >= 0
        ? dot(sList[last] as Float64Array, yList[last] as Float64Array) /
          dot(yList[last] as Float64Array, yList[last] as Float64Array)
        : 1 / Math.sqrt(dot(g, g) || 1);
    for (let i = 0; i < dim; i++) dir[i] = (dir[i] ?? 0) * gamma;
    for (let k = 0; k < sList.length; k++) {
      const b = (rho[k] ?? 0) * dot(yList[k] as Float64Array, dir);
      const s = sList[k] as Float64Array;
      const a = alpha[k] ?? 0;
      for (let i = 0; i < dim; i++) dir[i] = (dir[i] ?? 0) + (a - b) * (s[i] ?? 0);
    }
    for (let i = 0; i < dim; i++) dir[i] = -(dir[i] ?? 0);
    let slope = dot(g, dir);
    if (slope >= 0) {
      // Not a descent direction (curvature noise): restart from steepest descent.
      sList.length = yList.length = rho.length = 0;
      for (let i = 0; i < dim; i++) dir[i] = -(g[i] ?? 0);
      slope = dot(g, dir);
    }
    let step = 1;
    let newLoss = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < dim; i++) wNew[i] = (w[i] ?? 0) + step * (dir[i] ?? 0);
      newLoss = lossAndGradient(data, wNew, options.l2, gNew);
      if (newLoss <= loss + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(newLoss < loss)) break;
    const s = new Float64Array(dim);
    const y = new Float64Array(dim);
    for (let i = 0; i < dim; i++) {
      s[i] = (wNew[i] ?? 0) - (w[i] ?? 0);
      y[i] = (gNew[i] ?? 0) - (g[i] ?? 0);
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      sList.push(s);
      yList.push(y);
      rho.push(1 / sy);
      if (sList.length > m) {
        sList.shift();
        yList.shift();
        rho.shift();
      }
    }
    const improvement = loss - newLoss;
    w.set(wNew);
    g.set(gNew);
    loss = newLoss;
    if (improvement < 1e-9) break;
  }
  model.weights = new Float64Array(Math.max(dim, 64));
  model.weights.set(w);
  return { loss };
}
