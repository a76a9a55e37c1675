/** One response of a knowledge-tracing log (the corpus `kt/` format, or Rung's own attempts). */
export interface KtRow {
  user: number;
  item: number;
  skill: number;
  correct: boolean;
  /** Seconds; 0 when the log has no timestamps (row order is then time order). */
  t: number;
}

/**
 * Parses the tab-separated `user_id item_id timestamp correct skill_id` format (header first, any
 * column order). Rows are kept in file order, which the corpus documents as time order per user.
 */
export function parseKtTsv(text: string): KtRow[] {
  const lines = text.split('\n');
  const header = (lines[0] ?? '').trim().split('\t');
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`missing column "${name}" in header`);
    return i;
  };
  const [u, it, ts, c, s] = [
    col('user_id'),
    col('item_id'),
    col('timestamp'),
    col('correct'),
    col('skill_id'),
  ];
  const rows: KtRow[] = [];
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n];
    if (!line) continue;
    const f = line.split('\t');
    rows.push({
      user: Number(f[u]),
      item: Number(f[it]),
      t: Number(f[ts]),
      correct: f[c]?.trim() === '1',
      skill: Number(f[s]),
    });
  }
  return rows;
}

/** Rows grouped by user, each user's rows in time order (stable: ties keep file order). */
export function byUser(rows: readonly KtRow[]): KtRow[][] {
  const groups = new Map<number, KtRow[]>();
  for (const r of rows) {
    const g = groups.get(r.user);
    if (g) g.push(r);
    else groups.set(r.user, [r]);
  }
  return [...groups.values()].map((g) =>
    g
      .map((r, i) => ({ r, i }))
      .sort((a, b) => a.r.t - b.r.t || a.i - b.i)
      .map((x) => x.r),
  );
}
