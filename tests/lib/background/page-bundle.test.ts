import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadPageBundle, questionPool } from '@/lib/background/page-bundle';
import { savePage } from '@/lib/background/save-page';
import { putEdges } from '@/lib/db/edge-store';
import { RungDatabase } from '@/lib/db/schema';
import { extractPage } from '@/lib/extract/extract-page';
import { sourceSentences } from '@/lib/quiz/check-quiz';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { ExtractResult } from '@/lib/types';
import { CORPUS, CORPUS_MISSING_MESSAGE, corpusPath } from '@/tests/support/corpus';
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

describe('a quiz on one concept', () => {
  // The gap list names what the page pool can ask about; "Practise" draws on the concept's own pool.
  // Pools are seeded by the page's address, so each page is tried at several (as test servers and
  // learners' sites differ).
  const pages = CORPUS
    ? [
        'readability/lemonde-1/source.html',
        'readability/gmw/source.html',
        'docs/python/tutorial/classes.html',
      ]
    : [];
  const urls = (path: string) =>
    [3000, 41234, 44351, 52007].map((port) => `http://127.0.0.1:${port}/corpus/${path}`);

  it('can ask about every concept the page pool asks about (the demo page)', async () => {
    const { bundle } = await storedDemo();
    const asked = new Set(questionPool(bundle, DEFAULT_SETTINGS).map((q) => q.conceptKey));
    for (const key of asked)
      expect(
        questionPool(bundle, DEFAULT_SETTINGS, key).some((q) => q.conceptKey === key),
        key,
      ).toBe(true);
  });

  it.skipIf(!CORPUS)(
    'can ask about every concept the page pool asks about (corpus pages, several addresses)',
    {
      timeout: 120_000,
    },
    async () => {
      if (!CORPUS) return console.warn(CORPUS_MISSING_MESSAGE);
      for (const path of pages) {
        const html = readFileSync(corpusPath('pages', path), 'utf8');
        for (const url of urls(path)) {
          const deps = makeDeps();
          const { document } = parseHTML(html);
          await savePage(deps.db, url, extractPage(document as unknown as Document, { url }), deps.now());
          const bundle = (await loadPageBundle(deps.db, url))!;
          const asked = new Set(questionPool(bundle, DEFAULT_SETTINGS).map((q) => q.conceptKey));
          // (Not vacuous. A French news page read without a dictionary asks few words: a word's
          // options must be words the page writes beside the same function word.)
          expect(asked.size).toBeGreaterThan(1);
          for (const key of asked) {
            const pool = questionPool(bundle, DEFAULT_SETTINGS, key);
            expect(
              pool.some((q) => q.conceptKey === key),
              `${url} ${key}`,
            ).toBe(true);
            // Still one question per source sentence.
            const sentences = pool.flatMap((q) => sourceSentences(q));
            expect(new Set(sentences).size, `${url} ${key}`).toBe(sentences.length);
          }
        }
      }
    },
  );
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
