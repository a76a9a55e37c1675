/** ROC AUC (Mann-Whitney, ties counted half), as scikit-learn's roc_auc_score computes it. */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number | boolean>): number {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0));
  let pos = 0;
  let rankSumPos = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1] ?? 0] === scores[order[i] ?? 0]) j++;
    const midRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[order[k] ?? 0]) {
        pos++;
        rankSumPos += midRank;
      }
    }
    i = j + 1;
  }
  const neg = n - pos;
  if (pos === 0 || neg === 0) return Number.NaN;
  return (rankSumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}

export function rmse(scores: ArrayLike<number>, labels: ArrayLike<number | boolean>): number {
  let s = 0;
  for (let i = 0; i < scores.length; i++) {
    const d = (scores[i] ?? 0) - (labels[i] ? 1 : 0);
    s += d * d;
  }
  return Math.sqrt(s / Math.max(1, scores.length));
}
