import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { savePage } from '@/lib/background/save-page';
import {
  mapNeighbours,
  markPageDone,
  occurrencesOf,
  pageByUrl,
  replaceOccurrences,
  setNextLink,
} from '@/lib/db/page-queries';
import { rowCounts } from '@/lib/db/row-counts';
import { RungDatabase } from '@/lib/db/schema';
import { compareOrder } from '@/lib/graph/infer/page-sequence';
import type { ExtractResult } from '@/lib/types';

let db: RungDatabase;
beforeEach(async () => {
  db = new RungDatabase('page-queries', { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
});
afterEach(() => db.close());

const result = (keys: string[], extra: Partial<ExtractResult> = {}): ExtractResult => ({
  title: 'A page',
  lang: 'en',
  pageKind: 'tutorial',
  concepts: keys.map((k) => ({ key: `term:en:${k}`, label: k, kind: 'term', score: 1 })),
  sentences: [],
  headings: [],
  links: [],
  wordCount: 0,
  ...extra,
});

describe('page queries', () => {
  it('markPageDone stamps a stored page and leaves an unknown one unstored', async () => {
    await savePage(db, 'https://a.example/1', result(['x']), 10);
    await markPageDone(db, 'https://a.example/1', 500);
    await markPageDone(db, 'https://a.example/unknown', 500);
    expect((await pageByUrl(db, 'https://a.example/1'))?.doneAt).toBe(500);
    expect(await pageByUrl(db, 'https://a.example/unknown')).toBeUndefined();
  });

  it('setNextLink makes a later read of the link come after the page in the reading order', async () => {
    // The second page is read first, then linked to: without the chain key it would come first.
    await savePage(db, 'https://a.example/2', result(['y']), 10);
    await savePage(db, 'https://a.example/1', result(['x']), 20);
    await setNextLink(db, 'https://a.example/1', 'https://a.example/3#top');
    await savePage(db, 'https://a.example/3', result(['z']), 5);
    const first = await pageByUrl(db, 'https://a.example/1');
    const third = await pageByUrl(db, 'https://a.example/3');
    expect(first?.nextUrl).toBe('https://a.example/3#top');
    expect(compareOrder(first!.order!, third!.order!)).toBeLessThan(0);
  });

  it('occurrencesOf finds every page a concept was met on, or the first few', async () => {
    for (let i = 0; i < 4; i++)
      await savePage(db, `https://a.example/${i}`, result(['shared', `own${i}`]), i);
    expect((await occurrencesOf(db, 'term:en:shared')).map((o) => o.pageUrl).sort()).toEqual(
      [0, 1, 2, 3].map((i) => `https://a.example/${i}`),
    );
    expect(await occurrencesOf(db, 'term:en:shared', 2)).toHaveLength(2);
    expect(await occurrencesOf(db, 'term:en:own9')).toEqual([]);
  });

  it('replaceOccurrences drops what a page had before, and only that page’s', async () => {
    await savePage(db, 'https://a.example/1', result(['x', 'y']), 1);
    await savePage(db, 'https://a.example/2', result(['x']), 2);
    await replaceOccurrences(db, 'https://a.example/1', [
      { pageUrl: 'https://a.example/1', conceptKey: 'term:en:z', score: 1 },
    ]);
    expect((await occurrencesOf(db, 'term:en:x')).map((o) => o.pageUrl)).toEqual(['https://a.example/2']);
    expect(await occurrencesOf(db, 'term:en:y')).toEqual([]);
    expect(await occurrencesOf(db, 'term:en:z')).toHaveLength(1);
  });

  it('rowCounts counts every table', async () => {
    await savePage(db, 'https://a.example/1', result(['x', 'y']), 1);
    const counts = await rowCounts(db);
    expect(counts).toMatchObject({ pages: 1, concepts: 2, occurrences: 2, edges: 0, attempts: 0 });
    expect(Object.keys(counts).sort()).toEqual(db.tables.map((t) => t.name).sort());
  });
});

describe('mapNeighbours', () => {
  const edge = (from: string, to: string) => ({ from, to, confidence: 0.8, evidence: [] });
  it('gives the concepts linked to the given ones on either end, not the given ones, up to the limit', async () => {
    await db.edges.bulkPut([edge('a', 'b'), edge('b', 'c'), edge('x', 'y'), edge('d', 'b'), edge('b', 'e')]);
    expect((await mapNeighbours(db, ['b'], 10)).sort()).toEqual(['a', 'c', 'd', 'e']);
    expect(await mapNeighbours(db, ['a', 'b'], 10)).not.toContain('a');
    expect(await mapNeighbours(db, ['b'], 2)).toHaveLength(2);
    expect(await mapNeighbours(db, [], 10)).toEqual([]);
    expect(await mapNeighbours(db, ['y'], 10)).toEqual(['x']);
  });
});
