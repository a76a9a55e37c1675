/** Expected calibration error over 10 equal-width bins of the prediction. */
export function expectedCalibrationError(preds: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = new Array<number>(10).fill(0);
  const sum = new Array<number>(10).fill(0);
  const right = new Array<number>(10).fill(0);
  for (let i = 0; i < preds.length; i++) {
    const p = preds[i] ?? 0;
    const b = Math.min(9, Math.max(0, Math.floor(p * 10)));
    n[b] = (n[b] ?? 0) + 1;
    sum[b] = (sum[b] ?? 0) + p;
    right[b] = (right[b] ?? 0) + (labels[i] ?? 0);
  }
  let e = 0;
  for (let b = 0; b < 10; b++) e += Math.abs((sum[b] ?? 0) - (right[b] ?? 0));
  return preds.length ? e / preds.length : 0;
}

export interface MasteredCalls {
  /** Rows predicted at or above the criterion. */
  calls: number;
  /** Their mean prediction (0 when there are none). */
  predicted: number;
  /** The share of them answered right (0 when there are none). */
  observed: number;
}

/** How the model's "mastered" calls (prediction >= `criterion`) turned out. */
export function masteredCalls(
  preds: ArrayLike<number>,
  labels: ArrayLike<number>,
  criterion: number,
): MasteredCalls {
  let calls = 0;
  let sum = 0;
  let right = 0;
  for (let i = 0; i < preds.length; i++) {
    const p = preds[i] ?? 0;
    if (p < criterion) continue;
    calls++;
    sum += p;
    right += labels[i] ?? 0;
  }
  return { calls, predicted: calls ? sum / calls : 0, observed: calls ? right / calls : 0 };
}
