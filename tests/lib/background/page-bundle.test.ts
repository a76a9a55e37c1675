import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { loadPageBundle, questionPool } from '@/lib/background/page-bundle';
import { savePage } from '@/lib/background/save-page';
import { putEdges } from '@/lib/db/edge-store';
import { RungDatabase } from '@/lib/db/schema';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { ExtractResult } from '@/lib/types';
import { countReads } from '@/tests/support/count-reads';
import { makeDeps } from '../../support/background-harness';
import { DEMO_URL, readDemoPage } from '../../support/demo-page';

async function storedDemo() {
  const deps = makeDeps();
  await savePage(deps.db, DEMO_URL, readDemoPage(DEMO_URL), deps.now());
  return { deps, bundle: (await loadPageBundle(deps.db, DEMO_URL))! };
}

describe('questionPool', () => {
  it('gives the same pool for the same stored page, and a copy the caller may change', async () => {
    const { bundle } = await storedDemo();
    const first = questionPool(bundle, DEFAULT_SETTINGS);
    expect(first.length).toBeGreaterThan(5);
    first.splice(0, first.length);
    const again = questionPool(bundle, DEFAULT_SETTINGS);
    expect(again.length).toBeGreaterThan(5);
    expect(again).toEqual(questionPool(structuredClone(bundle), DEFAULT_SETTINGS));
  });

  it('makes a new pool when what it is made of changes', async () => {
    const { bundle } = await storedDemo();
    const before = questionPool(bundle, DEFAULT_SETTINGS);

    // A concept's definition changed (another page defined it better): questions quote the new one.
    const changed = structuredClone(bundle);
    const target = changed.concepts.find((c) => before.some((q) => q.conceptKey === c.key && q.source))!;
    target.definition = `${target.label} is what this changed sentence defines for the test.`;
    const after = questionPool(changed, DEFAULT_SETTINGS);
    expect(after).not.toEqual(before);

    // Fewer kinds tracked: no question about an untracked kind.
    const noTerms = questionPool(bundle, {
      ...DEFAULT_SETTINGS,
      kinds: { ...DEFAULT_SETTINGS.kinds, term: false },
    });
    expect(noTerms.some((q) => bundle.concepts.find((c) => c.key === q.conceptKey)?.kind === 'term')).toBe(
      false,
    );
    expect(questionPool(bundle, DEFAULT_SETTINGS)).toEqual(before);
  });
});

describe('loadPageBundle related items', () => {
  const api = (name: string) => ({ key: `api:${name}`, label: name, kind: 'api' as const, score: 1 });
  const extracted = (names: string[]): ExtractResult => ({
    title: 'Reference',
    lang: 'en',
    pageKind: 'api-reference',
    concepts: names.map(api),
    sentences: [],
    headings: [],
    links: [],
    wordCount: 0,
  });

  it('reads the map once while nothing changes, and again after an edge or a concept is written', async () => {
    const db = new RungDatabase(`bundle-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const counter = countReads(db, 'edges');
    await savePage(db, 'https://docs.example/vec', extracted(['Vec', 'Vec::push']), 1);
    await savePage(db, 'https://docs.example/heap', extracted(['BinaryHeap', 'BinaryHeap::push']), 2);
    await savePage(db, 'https://docs.example/deque', extracted(['VecDeque']), 3);
    await putEdges(db, [{ from: 'api:Vec', to: 'api:BinaryHeap', confidence: 0.8, evidence: [] }]);

    const first = await loadPageBundle(db, 'https://docs.example/vec');
    expect(first?.related.map((c) => c.key)).toEqual(['api:BinaryHeap']);
    const reads = counter.calls;
    expect(reads).toBeGreaterThan(0);
    await loadPageBundle(db, 'https://docs.example/vec');
    await loadPageBundle(db, 'https://docs.example/vec');
    expect(counter.calls).toBe(reads);

    // A new edge is seen at once: the cache is keyed by the map's version, not by time.
    await putEdges(db, [{ from: 'api:Vec', to: 'api:VecDeque', confidence: 0.8, evidence: [] }]);
    const after = await loadPageBundle(db, 'https://docs.example/vec');
    expect(after?.related.map((c) => c.key).sort()).toEqual(['api:BinaryHeap', 'api:VecDeque']);
    expect(counter.calls).toBeGreaterThan(reads);

    // So is a cleared map (an import or "delete my data" clears tables).
    await db.edges.clear();
    expect((await loadPageBundle(db, 'https://docs.example/vec'))?.related).toEqual([]);
    db.close();
  });
});
