import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { savePage } from '@/lib/background/save-page';
import type { ExtractedConcept, ExtractResult } from '@/lib/types';
import { makeDeps } from '@/tests/support/background-harness';
import { DEMO_URL, readDemoPage } from '@/tests/support/demo-page';

const URL_A = 'https://docs.example/a.html';
const URL_B = 'https://blog.example/b.html';

function concept(label: string, extra: Partial<ExtractedConcept> = {}): ExtractedConcept {
  return { key: `term:en:${label.toLowerCase()}`, label, kind: 'term', score: 1, ...extra };
}

function page(concepts: ExtractedConcept[], extra: Partial<ExtractResult> = {}): ExtractResult {
  return {
    title: 'A page',
    lang: 'en',
    pageKind: 'tutorial',
    concepts,
    sentences: ['One.', 'Two.'],
    headings: [{ level: 1, text: 'A page' }],
    links: [],
    wordCount: 2,
    ...extra,
  };
}

describe('savePage', () => {
  it('stores the page, its concepts once each, and where each occurs', async () => {
    const { db } = makeDeps();
    const closure = concept('Closure', { definition: 'A closure keeps its scope.', section: 1 });
    const stored = await savePage(db, URL_A, page([closure, concept('Scope'), closure]), 1000);
    expect(stored).toMatchObject({ url: URL_A, readAt: 1000, conceptKeys: [closure.key, 'term:en:scope'] });
    expect(await db.concepts.count()).toBe(2);
    expect(await db.occurrences.where('pageUrl').equals(URL_A).toArray()).toEqual([
      expect.objectContaining({
        conceptKey: closure.key,
        sentence: 'A closure keeps its scope.',
        section: 1,
      }),
      expect.objectContaining({ conceptKey: 'term:en:scope' }),
    ]);
  });

  it('keeps a concept’s first label, definition and first sighting; a new surface form becomes an alias', async () => {
    const { db } = makeDeps();
    await savePage(db, URL_A, page([concept('Closure', { definition: 'First.' })]), 1000);
    await savePage(
      db,
      URL_B,
      page([concept('closures', { key: 'term:en:closure', definition: 'Second.', aliases: ['closure fn'] })]),
      2000,
    );
    expect(await db.concepts.get('term:en:closure')).toMatchObject({
      label: 'Closure',
      definition: 'First.',
      firstSeenAt: 1000,
      aliases: expect.arrayContaining(['closures', 'closure fn']),
    });
    expect((await db.concepts.get('term:en:closure'))?.aliases).not.toContain('Closure');
  });

  it('re-reading a page replaces its occurrences and keeps when it was marked done', async () => {
    const { db } = makeDeps();
    await savePage(db, URL_A, page([concept('Closure'), concept('Scope')]), 1000);
    await db.pages.update(URL_A, { doneAt: 1500 });
    const again = await savePage(db, URL_A, page([concept('Scope')]), 2000);
    expect(again.doneAt).toBe(1500);
    expect((await db.occurrences.where('pageUrl').equals(URL_A).toArray()).map((o) => o.conceptKey)).toEqual([
      'term:en:scope',
    ]);
    // The concept itself stays: it may have been learned, or occur on other pages.
    expect(await db.concepts.get('term:en:closure')).toBeDefined();
  });

  it('caps what a hostile page may add', async () => {
    const { db } = makeDeps();
    const flood = Array.from({ length: 1000 }, (_, i) => concept(`Word ${i}`));
    const sentences = Array.from({ length: 5000 }, (_, i) => `Sentence ${i}.`);
    const stored = await savePage(db, URL_A, page(flood, { sentences }), 1000);
    expect(stored.conceptKeys).toHaveLength(300);
    expect(await db.concepts.count()).toBe(300);
    expect(stored.sentences).toHaveLength(1500);
  });
});

describe('page/read keeps only a safe "next page" link', () => {
  it.each(['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>'])(
    'a page whose next link is %s gets no nextUrl, so Advance cannot navigate there',
    async (unsafe) => {
      const deps = makeDeps();
      const h = createHandlers(deps);
      await h['page/read']({ url: DEMO_URL, result: { ...readDemoPage(DEMO_URL), nextUrl: unsafe } }, {});
      expect((await deps.db.pages.get(DEMO_URL))?.nextUrl).toBeUndefined();
      expect((await h['page/state']({ url: DEMO_URL }, {})).advance.nextUrl).toBeUndefined();
    },
  );
});
