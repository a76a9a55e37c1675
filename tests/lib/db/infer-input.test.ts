import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { savePage } from '@/lib/background/save-page';
import { inferInputForPage } from '@/lib/db/infer-input';
import { RungDatabase } from '@/lib/db/schema';
import { extractPage } from '@/lib/extract/extract-page';
import { inferEdgesForPage } from '@/lib/graph/infer-edges-for-page';
import type { ExtractResult, StoredConcept, StoredPage } from '@/lib/types';
import { CORPUS, corpusPath } from '../../support/corpus';
import { FRENCH_URL, readFrenchPage } from '../../support/french-page';

const TUTORIAL = 'https://docs.python.org/3.6/tutorial/';
const LIBRARY = 'https://docs.python.org/3.6/library/';

function read(path: string, url: string): ExtractResult {
  const { document } = parseHTML(readFileSync(corpusPath('pages', path), 'utf8'));
  return extractPage(document as unknown as Document, { url });
}

/** Inference as it was before the read went through indexes: every page, concept and occurrence. */
async function overEverything(db: RungDatabase, url: string) {
  const strip = <T extends object>(row: T, keys: string[]) =>
    Object.fromEntries(Object.entries(row).filter(([k]) => !keys.includes(k))) as T;
  const [pages, concepts, occurrences] = await Promise.all([
    db.pages.toArray(),
    db.concepts.toArray(),
    db.occurrences.toArray(),
  ]);
  return inferEdgesForPage({
    page: (await db.pages.get(url))!,
    // Without the stored places, so the order is computed from all pages (orderPages).
    pages: pages.map((p) => strip<StoredPage>(p, ['order'])),
    concepts: concepts.map((c) => strip<StoredConcept>(c, ['intro'])),
    occurrences,
  });
}

describe.skipIf(!CORPUS)('a page read through indexes infers what a read of everything did', () => {
  it('on tutorial chapters (one read out of order), API references and a French article', async () => {
    const db = new RungDatabase('infer-input', { indexedDB: new IDBFactory(), IDBKeyRange });
    const reads: [string, () => ExtractResult][] = [
      [
        `${TUTORIAL}datastructures.html`,
        () => read('docs/python/tutorial/datastructures.html', `${TUTORIAL}datastructures.html`),
      ],
      [
        `${TUTORIAL}controlflow.html`,
        () => read('docs/python/tutorial/controlflow.html', `${TUTORIAL}controlflow.html`),
      ],
      [`${TUTORIAL}modules.html`, () => read('docs/python/tutorial/modules.html', `${TUTORIAL}modules.html`)],
      [`${LIBRARY}array.html`, () => read('docs/python/library/array.html', `${LIBRARY}array.html`)],
      [
        `${LIBRARY}collections.abc.html`,
        () => read('docs/python/library/collections.abc.html', `${LIBRARY}collections.abc.html`),
      ],
      [FRENCH_URL, () => readFrenchPage()],
    ];
    let now = 1_000;
    let compared = 0;
    let loaded = 0;
    for (const [url, result] of reads) {
      now += 60_000;
      await savePage(db, url, result(), now);
      const indexed = await inferInputForPage(db, url);
      const edges = inferEdgesForPage(indexed!.input);
      const reference = await overEverything(db, url);
      expect(edges, url).toEqual(reference);
      compared += edges.length;
      loaded = indexed!.input.pages!.length;
    }
    expect(compared).toBeGreaterThan(100);
    // The last read (a page outside the tutorial) loaded none of the pages read before.
    expect(await db.pages.count()).toBe(reads.length);
    expect(loaded).toBe(0);
  });
});
