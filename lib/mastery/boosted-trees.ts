/**
 * Gradient-boosted regression trees for a probability (logistic loss), small enough to ship as
 * constants and evaluate in plain TS on every answer. The learner model uses them because its
 * features interact in ways a weighted sum cannot say (a concept's success rate means little after
 * one answer and much after ten; a wrong answer right before matters more to a learner who rarely
 * errs). Training lives here too, so the offline fit script and the tests use the same code.
 *
 * A model is stored compactly: each feature's split thresholds (`edges`), and per tree a complete
 * binary tree of fixed depth, its splits in array order (node i's children are 2i+1 and 2i+2) and
 * then its leaves. A split is `feature * MAX_BINS + bin` (go left when the feature is below
 * `edges[feature][bin]`), or -1: a node that did not split sends everything left, so its value sits
 * on its leftmost leaf below.
 */

/** Thresholds per feature are at most this many (a split code packs feature and threshold). */
export const MAX_BINS = 64;

export interface BoostedTrees {
  /** Log-odds before any tree (the training set's base rate). */
  base: number;
  depth: number;
  /** Split thresholds per feature, ascending. */
  edges: readonly (readonly number[])[];
  /** Per tree: 2^depth - 1 split codes, then 2^depth leaf values (log-odds increments). */
  trees: readonly (readonly number[])[];
}

/** A model unpacked into flat typed arrays once, for the per-answer evaluation (~1 µs, not ~40). */
interface Compiled {
  inner: number;
  /** Trees compiled (a model still being fitted grows). */
  count: number;
  /** Per tree and split node: the feature, and the threshold (+Infinity: no split, always left). */
  feature: Int32Array;
  threshold: Float64Array;
  /** Per tree: its leaves. */
  leaf: Float64Array;
}

const compiled = new WeakMap<BoostedTrees, Compiled>();

function compile(model: BoostedTrees): Compiled {
  const known = compiled.get(model);
  if (known && known.count === model.trees.length) return known;
  const inner = (1 << model.depth) - 1;
  const count = model.trees.length;
  const c: Compiled = {
    inner,
    count,
    feature: new Int32Array(count * inner),
    threshold: new Float64Array(count * inner).fill(Number.POSITIVE_INFINITY),
    leaf: new Float64Array(count * (inner + 1)),
  };
  model.trees.forEach((t, k) => {
    for (let i = 0; i < inner; i++) {
      const code = t[i] ?? -1;
      if (code < 0) continue;
      const f = Math.floor(code / MAX_BINS);
      c.feature[k * inner + i] = f;
      c.threshold[k * inner + i] = model.edges[f]?.[code % MAX_BINS] ?? Number.POSITIVE_INFINITY;
    }
    for (let j = 0; j <= inner; j++) c.leaf[k * (inner + 1) + j] = t[inner + j] ?? 0;
  });
  compiled.set(model, c);
  return c;
}

/** Log-odds the model gives a feature vector (features are finite numbers). */
export function treesLogit(model: BoostedTrees, x: ArrayLike<number>): number {
  const { inner, count, feature, threshold, leaf } = compile(model);
  let z = model.base;
  for (let k = 0; k < count; k++) {
    const at = k * inner;
    let i = 0;
    while (i < inner)
      i = 2 * i + ((x[feature[at + i] as number] as number) < (threshold[at + i] as number) ? 1 : 2);
    z += leaf[k * (inner + 1) + i - inner] as number;
  }
  return z;
}

export interface TreeFitOptions {
  trees: number;
  depth: number;
  /** Shrinkage per tree. */
  rate: number;
  /** L2 penalty on leaf values (in units of hessian). */
  lambda: number;
  /** Smallest summed hessian a child may have (a leaf needs that much evidence). */
  minHessian: number;
  /** Thresholds per feature, from quantiles (at most MAX_BINS). */
  bins: number;
  /** Share of rows each tree is grown on (deterministic sampling). */
  subsample: number;
  /** Significant digits thresholds and leaves are stored with. */
  digits: number;
  seed?: number;
  /** Called after every tree (progress, held-out checks). */
  onTree?: (model: BoostedTrees, done: number) => void;
}

export interface TreeData {
  /** Row-major feature matrix, `width` columns. */
  x: Float64Array;
  width: number;
  labels: Uint8Array;
}

const round = (v: number, digits: number) => Number(v.toPrecision(digits));

/** Quantile thresholds of each column, rounded as they will be stored (binning uses the stored ones). */
function quantileEdges(data: TreeData, bins: number, digits: number): number[][] {
  const n = data.labels.length;
  const stride = Math.max(1, Math.floor(n / 50_000));
  const edges: number[][] = [];
  for (let f = 0; f < data.width; f++) {
    const values: number[] = [];
    for (let r = 0; r < n; r += stride) values.push(data.x[r * data.width + f] ?? 0);
    values.sort((a, b) => a - b);
    const e: number[] = [];
    for (let b = 1; b < bins; b++) {
      const v = round(values[Math.floor((b * values.length) / bins)] ?? 0, digits);
      if (v > (values[0] ?? 0) && (e.length === 0 || v > (e.at(-1) ?? 0))) e.push(v);
    }
    edges.push(e);
  }
  return edges;
}

/** Number of thresholds at or below v: v goes left of threshold b exactly when this is <= b. */
function binOf(edges: readonly number[], v: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v < (edges[mid] ?? 0)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Fits boosted trees to the labels (deterministic for a given seed). */
export function fitBoostedTrees(data: TreeData, o: TreeFitOptions): BoostedTrees {
  const bins = Math.min(o.bins, MAX_BINS);
  const n = data.labels.length;
  const width = data.width;
  const edges = quantileEdges(data, bins, o.digits);
  const binned = new Uint8Array(n * width);
  for (let r = 0; r < n; r++) {
    for (let f = 0; f < width; f++) binned[r * width + f] = binOf(edges[f] ?? [], data.x[r * width + f] ?? 0);
  }
  let positives = 0;
  for (let r = 0; r < n; r++) positives += data.labels[r] ?? 0;
  const base = round(Math.log((positives + 1) / (n - positives + 1)), o.digits);
  const z = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const inner = (1 << o.depth) - 1;
  const slots = bins + 1;
  const histG = new Float64Array(width * slots);
  const histH = new Float64Array(width * slots);
  const trees: number[][] = [];
  const model: BoostedTrees = { base, depth: o.depth, edges, trees };
  let seed = o.seed ?? 1;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  // Which node of the current tree each row sits in (rows left out of the sample: -1).
  const node = new Int32Array(n);
  for (let t = 0; t < o.trees; t++) {
    for (let r = 0; r < n; r++) {
      const p = 1 / (1 + Math.exp(-(z[r] ?? 0)));
      g[r] = p - (data.labels[r] ?? 0);
      h[r] = p * (1 - p);
      node[r] = random() < o.subsample ? 0 : -1;
    }
    const tree = new Array<number>(inner + (inner + 1)).fill(0);
    // Sums per node, level by level.
    const sumG = new Float64Array(2 * inner + 1);
    const sumH = new Float64Array(2 * inner + 1);
    for (let r = 0; r < n; r++) {
      if (node[r] === 0) {
        sumG[0] = (sumG[0] ?? 0) + (g[r] ?? 0);
        sumH[0] = (sumH[0] ?? 0) + (h[r] ?? 0);
      }
    }
    for (let i = 0; i < inner; i++) {
      const G = sumG[i] ?? 0;
      const H = sumH[i] ?? 0;
      let best = 0;
      let code = -1;
      if (H >= 2 * o.minHessian) {
        histG.fill(0);
        histH.fill(0);
        for (let r = 0; r < n; r++) {
          if (node[r] !== i) continue;
          const gr = g[r] ?? 0;
          const hr = h[r] ?? 0;
          const off = r * width;
          for (let f = 0; f < width; f++) {
            const k = f * slots + (binned[off + f] ?? 0);
            histG[k] = (histG[k] ?? 0) + gr;
            histH[k] = (histH[k] ?? 0) + hr;
          }
        }
        const parent = (G * G) / (H + o.lambda);
        for (let f = 0; f < width; f++) {
          let gl = 0;
          let hl = 0;
          const count = (edges[f] ?? []).length;
          for (let b = 0; b < count; b++) {
            gl += histG[f * slots + b] ?? 0;
            hl += histH[f * slots + b] ?? 0;
            const hr = H - hl;
            if (hl < o.minHessian || hr < o.minHessian) continue;
            const gr = G - gl;
            const gain = (gl * gl) / (hl + o.lambda) + (gr * gr) / (hr + o.lambda) - parent;
            if (gain > best) {
              best = gain;
              code = f * MAX_BINS + b;
            }
          }
        }
      }
      tree[i] = code;
      const l = 2 * i + 1;
      const rt = 2 * i + 2;
      const f = code >= 0 ? Math.floor(code / MAX_BINS) : 0;
      const b = code >= 0 ? code % MAX_BINS : 0;
      for (let r = 0; r < n; r++) {
        if (node[r] !== i) continue;
        const goLeft = code < 0 || (binned[r * width + f] ?? 0) <= b;
        const child = goLeft ? l : rt;
        node[r] = child;
        sumG[child] = (sumG[child] ?? 0) + (g[r] ?? 0);
        sumH[child] = (sumH[child] ?? 0) + (h[r] ?? 0);
      }
    }
    for (let leaf = 0; leaf <= inner; leaf++) {
      const G = sumG[inner + leaf] ?? 0;
      const H = sumH[inner + leaf] ?? 0;
      tree[inner + leaf] = round((-G / (H + o.lambda)) * o.rate, o.digits);
    }
    trees.push(tree);
    // Every row (sampled or not) moves by the stored tree, as the runtime will evaluate it.
    for (let r = 0; r < n; r++) {
      let i = 0;
      while (i < inner) {
        const c = tree[i] ?? -1;
        const left = c < 0 || (binned[r * width + Math.floor(c / MAX_BINS)] ?? 0) <= c % MAX_BINS;
        i = 2 * i + (left ? 1 : 2);
      }
      z[r] = (z[r] ?? 0) + (tree[i] ?? 0);
    }
    o.onTree?.(model, t + 1);
  }
  return model;
}
