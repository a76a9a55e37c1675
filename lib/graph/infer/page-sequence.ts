import type { PageOrder, StoredPage } from '@/lib/types';

/** The URL without its fragment, resolved against `base`; undefined when it does not parse. */
export function normalizeUrl(href: string, base?: string): string | undefined {
  try {
    const u = new URL(href, base);
    u.hash = '';
    return u.href;
  } catch {
    return undefined;
  }
}

export function compareOrder(a: PageOrder, b: PageOrder): number {
  return a[0] - b[0] || a[1] - b[1];
}

/**
 * A page's place in the reading order, from its own read time and the places of the pages whose
 * "next" link leads to it: the first page of a chain is placed by when it was read, each page
 * after it one step further along the chain, and a page two chains lead to follows the later one.
 * Kept on each page as it is read (lib/db/page-order.ts), so a read compares a few stored keys
 * instead of ordering every page read so far; sorting by it gives the order orderPages computes
 * for the same pages (tests/lib/graph/infer/page-sequence.test.ts checks that they agree).
 */
export function orderAfter(readAt: number, before: readonly PageOrder[]): PageOrder {
  let last: PageOrder | undefined;
  for (const o of before) if (!last || compareOrder(o, last) > 0) last = o;
  return last ? [last[0], last[1] + 1] : [readAt, 0];
}

/**
 * Places the pages the learner read in one order: a tutorial's own sequence (each page's "next"
 * link) wins over the order in which they happened to be read, which breaks the remaining ties.
 * Returns url → position (0 = first).
 */
export function orderPages(pages: readonly StoredPage[]): Map<string, number> {
  const byUrl = new Map<string, StoredPage>();
  for (const p of pages) byUrl.set(normalizeUrl(p.url) ?? p.url, p);
  const next = new Map<string, string>();
  const indegree = new Map<string, number>();
  for (const url of byUrl.keys()) indegree.set(url, 0);
  for (const [url, p] of byUrl) {
    const n = p.nextUrl ? normalizeUrl(p.nextUrl, p.url) : undefined;
    if (n && n !== url && byUrl.has(n)) {
      next.set(url, n);
      indegree.set(n, indegree.get(n)! + 1);
    }
  }
  const readAt = (u: string) => byUrl.get(u)!.readAt;
  const position = new Map<string, number>();
  // Kahn's algorithm taking the earliest-read ready page first; a "next" loop (rare, but pages
  // are written by strangers) is broken at its earliest-read page.
  const remaining = new Set(byUrl.keys());
  while (remaining.size > 0) {
    let pick: string | undefined;
    for (const u of remaining) {
      if (indegree.get(u)! > 0) continue;
      if (pick === undefined || readAt(u) < readAt(pick)) pick = u;
    }
    if (pick === undefined) {
      for (const u of remaining) if (pick === undefined || readAt(u) < readAt(pick)) pick = u;
    }
    const u = pick!;
    remaining.delete(u);
    position.set(u, position.size);
    // Follow the chain at once so a tutorial's pages stay together.
    for (let n = next.get(u); n && remaining.has(n); n = next.get(n)) {
      indegree.set(n, indegree.get(n)! - 1);
      if (indegree.get(n)! > 0) break;
      remaining.delete(n);
      position.set(n, position.size);
    }
  }
  return position;
}

/** Pages before `url` along the "next" chain (nearest first). */
export function predecessors(pages: readonly StoredPage[], url: string): string[] {
  const prev = new Map<string, string>();
  for (const p of pages) {
    const self = normalizeUrl(p.url) ?? p.url;
    const n = p.nextUrl ? normalizeUrl(p.nextUrl, p.url) : undefined;
    if (n && n !== self && !prev.has(n)) prev.set(n, self);
  }
  const out: string[] = [];
  const seen = new Set([normalizeUrl(url) ?? url]);
  for (let p = prev.get(normalizeUrl(url) ?? url); p && !seen.has(p); p = prev.get(p)) {
    seen.add(p);
    out.push(p);
  }
  return out;
}
