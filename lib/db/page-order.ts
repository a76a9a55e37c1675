import type { RungDatabase } from '@/lib/db/schema';
import { compareOrder, orderAfter } from '@/lib/graph/infer/page-sequence';
import type { PageOrder, StoredPage } from '@/lib/types';

const same = (a: PageOrder | undefined, b: PageOrder) => a !== undefined && compareOrder(a, b) === 0;

/**
 * Gives a page being saved its place in the reading order (sets `page.order`; the caller writes
 * the page) and moves the pages after it along its "next" chain when their place changes (an
 * earlier chapter read after a later one, a first page read again); those are written here and
 * returned. Touches the page's neighbours through the `nextKey` / `urlKey` indexes only, never
 * the other pages read. A "next" loop is broken at the page whose read closed it. Call inside a
 * transaction on `pages`.
 */
export async function placeInOrder(db: RungDatabase, page: StoredPage): Promise<StoredPage[]> {
  const self = page.urlKey!;
  // The pages after this one, in chain order; a loop ends the walk where it comes back.
  const after: StoredPage[] = [];
  const seen = new Set([self]);
  for (let k = page.nextKey; k && !seen.has(k); ) {
    seen.add(k);
    const next = await db.pages.where('urlKey').equals(k).first();
    if (!next) break;
    after.push(next);
    k = next.nextKey;
  }
  const downstream = (from: number) => new Set(after.slice(from).map((p) => p.urlKey));
  const placed = new Map<string, PageOrder>();
  const orderOf = async (p: StoredPage, skip: Set<string | undefined>) => {
    const stored = await db.pages.where('nextKey').equals(p.urlKey!).toArray();
    // The page being saved may not be stored yet (or stored as it was before this read).
    const before = [
      ...stored.filter((q) => q.url !== page.url),
      ...(page.nextKey === p.urlKey ? [page] : []),
    ];
    const counted = before.filter((q) => q.url !== p.url && !skip.has(q.urlKey));
    return orderAfter(
      p.readAt,
      counted.map((q) => placed.get(q.url) ?? q.order).filter((o): o is PageOrder => o !== undefined),
    );
  };
  page.order = await orderOf(page, downstream(0));
  placed.set(page.url, page.order);
  const moved: StoredPage[] = [];
  for (let i = 0; i < after.length; i++) {
    const p = after[i]!;
    const order = await orderOf(p, downstream(i + 1));
    // Unchanged here, unchanged further on.
    if (same(p.order, order)) break;
    p.order = order;
    placed.set(p.url, order);
    moved.push(p);
  }
  if (moved.length > 0) await db.pages.bulkPut(moved);
  return moved;
}
