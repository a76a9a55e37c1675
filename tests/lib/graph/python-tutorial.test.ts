import { readFileSync } from 'node:fs';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { savePage } from '@/lib/background/save-page';
import { inferAndStoreForPage, loadGraph } from '@/lib/db/edge-store';
import { RungDatabase } from '@/lib/db/schema';
import { extractPage } from '@/lib/extract/extract-page';
import type { ExtractResult } from '@/lib/types';
import { CORPUS, corpusPath } from '../../support/corpus';
import { isAcyclic } from './support';

// The tutorial's own order, as its pages' rel="next" links give it (checked in beforeAll).
const CHAPTERS = [
  'index',
  'appetite',
  'interpreter',
  'introduction',
  'controlflow',
  'datastructures',
  'modules',
  'inputoutput',
  'errors',
  'classes',
  'stdlib',
  'stdlib2',
  'venv',
  'whatnow',
  'interactive',
  'floatingpoint',
  'appendix',
];
const BASE = 'https://docs.python.org/3.6/tutorial/';

interface Figure {
  crossChapter: number;
  forward: number;
  share: number;
  total: number;
  wrong: string[];
}

/** Reads the chapters in `readingOrder` into a fresh database and measures the stored map. */
async function readAndMeasure(
  results: Map<string, ExtractResult>,
  readingOrder: string[],
  name: string,
): Promise<Figure> {
  const db = new RungDatabase(name, { indexedDB, IDBKeyRange });
  let now = 1_000;
  for (const chapter of readingOrder) {
    const url = `${BASE}${chapter}.html`;
    await savePage(db, url, results.get(chapter)!, now++);
    await inferAndStoreForPage(db, url);
  }
  const { graph } = await loadGraph(db);
  expect(isAcyclic(graph)).toBe(true);
  // "First defined" = the first chapter, in the tutorial's order, whose page has the concept.
  const firstChapter = new Map<string, number>();
  for (const o of await db.occurrences.toArray()) {
    const i = CHAPTERS.indexOf(o.pageUrl.slice(BASE.length, -'.html'.length));
    const before = firstChapter.get(o.conceptKey);
    if (before === undefined || i < before) firstChapter.set(o.conceptKey, i);
  }
  let crossChapter = 0;
  let forward = 0;
  const wrong: string[] = [];
  for (const e of graph.edges()) {
    const a = firstChapter.get(e.from);
    const b = firstChapter.get(e.to);
    if (a === undefined || b === undefined || a === b) continue;
    crossChapter++;
    if (a < b) forward++;
    else
      wrong.push(
        `${e.from} (${CHAPTERS[a]}) → ${e.to} (${CHAPTERS[b]}) [${e.evidence.map((v) => v.source).join(', ')}]`,
      );
  }
  await db.delete();
  return {
    crossChapter,
    forward,
    share: crossChapter === 0 ? 0 : forward / crossChapter,
    total: graph.edgeCount,
    wrong,
  };
}

describe.skipIf(!CORPUS)('prerequisite map on the Python tutorial (real corpus)', () => {
  const results = new Map<string, ExtractResult>();

  beforeAll(() => {
    for (const chapter of CHAPTERS) {
      const html = readFileSync(corpusPath('pages', 'docs', 'python', 'tutorial', `${chapter}.html`), 'utf8');
      const { document } = parseHTML(html);
      results.set(chapter, extractPage(document as unknown as Document, { url: `${BASE}${chapter}.html` }));
    }
  });

  it('the chapters chain by their own "next" links in the expected order', () => {
    CHAPTERS.slice(0, -1).forEach((chapter, i) => {
      expect(results.get(chapter)!.nextUrl).toBe(`${BASE}${CHAPTERS[i + 1]}.html`);
    });
  });

  it('read in order: at least 90% of cross-chapter edges point from the earlier chapter to the later', async () => {
    const f = await readAndMeasure(results, CHAPTERS, 'py-tutorial-in-order');
    console.log(
      `python tutorial, read in order: ${f.total} edges, ${f.crossChapter} cross-chapter, ${f.forward} forward = ${(100 * f.share).toFixed(1)}%`,
    );
    console.log(`wrong edges (${f.wrong.length}):\n  ${f.wrong.join('\n  ')}`);
    expect(f.crossChapter).toBeGreaterThan(50);
    expect(f.share).toBeGreaterThanOrEqual(0.9);
  });

  it('read in reverse: the "next" links still recover the order for at least 90% of cross-chapter edges', async () => {
    const f = await readAndMeasure(results, [...CHAPTERS].reverse(), 'py-tutorial-reversed');
    console.log(
      `python tutorial, read in reverse: ${f.total} edges, ${f.crossChapter} cross-chapter, ${f.forward} forward = ${(100 * f.share).toFixed(1)}%`,
    );
    console.log(`wrong edges (${f.wrong.length}):\n  ${f.wrong.slice(0, 40).join('\n  ')}`);
    expect(f.crossChapter).toBeGreaterThan(50);
    expect(f.share).toBeGreaterThanOrEqual(0.9);
  });
});
