import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeInOrder } from '@/lib/db/page-order';
import { RungDatabase } from '@/lib/db/schema';
import { compareOrder, orderPages } from '@/lib/graph/infer/page-sequence';
import type { StoredPage } from '@/lib/types';

const url = (i: number) => `https://t.example/p${i}.html`;

function page(i: number, next: number | undefined, readAt: number): StoredPage {
  return {
    url: url(i),
    title: `p${i}`,
    lang: 'en',
    pageKind: 'tutorial',
    readAt,
    nextUrl: next === undefined ? undefined : url(next),
    conceptKeys: [],
    sentences: [],
    headings: [],
    links: [],
    wordCount: 0,
    urlKey: url(i),
    nextKey: next === undefined ? undefined : url(next),
  };
}

/** Reads the pages one by one, as savePage places them, and returns the stored order by URL. */
async function readOneByOne(pages: StoredPage[]): Promise<string[]> {
  const db = new RungDatabase('order', { indexedDB: new IDBFactory(), IDBKeyRange });
  for (const p of pages) {
    const copy = { ...p };
    await placeInOrder(db, copy);
    await db.pages.put(copy);
  }
  const stored = await db.pages.toArray();
  db.close();
  return stored.sort((a, b) => compareOrder(a.order!, b.order!)).map((p) => p.url);
}

describe('placeInOrder', () => {
  it('an earlier chapter read after a later one moves the later one after it', async () => {
    // Chapter 2 read first, then an unrelated page, then chapter 1 (whose next is chapter 2).
    const order = await readOneByOne([
      page(2, 3, 1),
      page(9, undefined, 2),
      page(1, 2, 3),
      page(3, undefined, 4),
    ]);
    expect(order).toEqual([url(9), url(1), url(2), url(3)]);
  });

  it('property: reading pages one by one in any order gives the order orderPages gives for all of them', async () => {
    // Tutorials as chains (a page's next is the following page), pages read in a random order.
    const chains = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 5 });
    await fc.assert(
      fc.asyncProperty(chains, fc.integer(), async (lengths, seed) => {
        const pages: StoredPage[] = [];
        let n = 0;
        for (const len of lengths) {
          for (let j = 0; j < len; j++, n++) pages.push(page(n, j < len - 1 ? n + 1 : undefined, 0));
        }
        // A random reading order, given by a seeded shuffle; readAt follows it.
        const shuffled = pages
          .map((p, i) => ({ p, k: Math.sin(seed + i * 12.9898) }))
          .sort((a, b) => a.k - b.k)
          .map(({ p }, i) => ({ ...p, readAt: 1000 + i }));
        const expected = [...orderPages(shuffled).entries()].sort((a, b) => a[1] - b[1]).map(([u]) => u);
        expect(await readOneByOne(shuffled)).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});
