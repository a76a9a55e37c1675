import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { inferAndStoreForPage, loadGraph, storeEdges } from '@/lib/db/edge-store';
import { RungDatabase } from '@/lib/db/schema';
import { edge, isAcyclic } from '../graph/support';

let n = 0;
const dbs: RungDatabase[] = [];
function freshDb(): RungDatabase {
  const db = new RungDatabase(`graph-store-${n++}`, { indexedDB, IDBKeyRange });
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('edge store', () => {
  it('stores edges and loads them back as a graph', async () => {
    const db = freshDb();
    await storeEdges(db, [edge('a', 'b', 0.7), edge('b', 'c', 0.6)]);
    const { graph } = await loadGraph(db);
    expect(graph.edgeCount).toBe(2);
    expect(graph.edge('a', 'b')?.confidence).toBe(0.7);
  });

  it('keeps the stored map acyclic across pages: a stronger edge replaces the weakest of a cycle', async () => {
    const db = freshDb();
    await storeEdges(db, [edge('a', 'b', 0.7), edge('b', 'c', 0.2)]);
    const r = await storeEdges(db, [edge('c', 'a', 0.9)]);
    expect(r.conflicts[0]?.outcome).toBe('replaced');
    expect(await db.edges.get(['b', 'c'])).toBeUndefined();
    expect(await db.edges.get(['c', 'a'])).toBeDefined();
    const { graph } = await loadGraph(db);
    expect(isAcyclic(graph)).toBe(true);
  });

  it('rejects a weaker edge closing a cycle and leaves the stored ones', async () => {
    const db = freshDb();
    await storeEdges(db, [edge('a', 'b', 0.7)]);
    const r = await storeEdges(db, [edge('b', 'a', 0.3)]);
    expect(r.conflicts[0]?.outcome).toBe('rejected');
    expect(await db.edges.count()).toBe(1);
  });

  it('infers and stores the edges of a saved page', async () => {
    const db = freshDb();
    const url = 'https://t/a';
    await db.pages.put({
      url,
      title: 'A',
      lang: 'en',
      pageKind: 'tutorial',
      readAt: 1,
      conceptKeys: ['seq', 'list'],
      sentences: [],
      headings: [],
      links: [],
      wordCount: 10,
    });
    await db.concepts.bulkPut([
      { key: 'seq', label: 'sequence', kind: 'term', lang: 'en', aliases: [], firstSeenAt: 1 },
      { key: 'list', label: 'list', kind: 'term', lang: 'en', aliases: [], firstSeenAt: 1 },
    ]);
    await db.occurrences.bulkPut([
      { pageUrl: url, conceptKey: 'seq', score: 1, firstOffset: 0 },
      {
        pageUrl: url,
        conceptKey: 'list',
        score: 1,
        firstOffset: 9,
        sentence: 'A list is a mutable sequence.',
      },
    ]);
    const r = await inferAndStoreForPage(db, url);
    expect(r.stored.map((e) => `${e.from}>${e.to}`)).toEqual(['seq>list']);
    expect(await db.edges.get(['seq', 'list'])).toBeDefined();
  });
});
