import { describe, expect, it } from 'vitest';
import { boundPageResult, PAGE_LIMITS } from '@/lib/background/bound-page-result';
import { savePage } from '@/lib/background/save-page';
import { extractResultSchema } from '@/lib/protocol';
import type { ExtractResult } from '@/lib/types';
import { makeDeps } from '../../support/background-harness';
import { DEMO_URL, readDemoPage } from '../../support/demo-page';

/** The largest result the protocol lets a page send: 5,000 sentences of 20,000 characters. */
function hostile(): ExtractResult {
  const big = 'word '.repeat(4000);
  const result: ExtractResult = {
    title: 'T'.repeat(2000),
    lang: 'en',
    pageKind: 'article' as const,
    concepts: Array.from({ length: 2000 }, (_, i) => ({
      key: `term:en:c${i}`,
      label: `c${i}`,
      kind: 'term' as const,
      score: 1,
      definition: big,
      summary: big,
    })),
    sentences: Array.from({ length: 5000 }, () => big),
    headings: Array.from({ length: 2000 }, () => ({ level: 2, text: 'h'.repeat(2000) })),
    links: Array.from({ length: 5000 }, (_, i) => ({
      href: `https://x.example/${i}`,
      text: 'l'.repeat(2000),
    })),
    wordCount: 20_000_000,
  };
  // Within what the protocol admits, so this is what a page can really send.
  expect(extractResultSchema.safeParse({ ...result, sentences: result.sentences.slice(0, 5) }).success).toBe(
    true,
  );
  return result;
}

describe('boundPageResult', () => {
  it('keeps an ordinary page whole', () => {
    const page = readDemoPage(DEMO_URL);
    expect(boundPageResult(page)).toEqual(page);
  });

  it('stores a bounded page however much the page sends, and its twin the same', async () => {
    const deps = makeDeps();
    const sent = hostile();
    expect(sent.sentences.join('').length).toBeGreaterThanOrEqual(100_000_000);
    for (const url of ['https://x.example/a', 'https://x.example/a?n=1']) {
      await savePage(deps.db, url, sent, deps.now());
      const page = (await deps.db.pages.get(url))!;
      const occurrences = await deps.db.occurrences.where('pageUrl').equals(url).toArray();
      const concepts = await deps.db.concepts.bulkGet(page.conceptKeys);
      const size = JSON.stringify([page, occurrences, concepts]).length;
      // Text budget, plus headings, links and the concepts' passages: about 2.5 M characters.
      expect(size).toBeLessThan(3_000_000);
      expect(page.sentences.join('').length).toBeLessThanOrEqual(PAGE_LIMITS.textChars);
      expect(page.sentences.every((s) => s.length <= PAGE_LIMITS.sentenceChars)).toBe(true);
      expect(page.conceptKeys).toHaveLength(PAGE_LIMITS.concepts);
    }
  });

  it('cuts a long sentence past the length a quiz passage may have, never into one', () => {
    const long = `${'alpha beta '.repeat(200)}.`;
    const out = boundPageResult({ ...readDemoPage(DEMO_URL), sentences: ['Short one.', long] });
    expect(out.sentences[0]).toBe('Short one.');
    expect(out.sentences[1]!.length).toBe(PAGE_LIMITS.sentenceChars);
    expect(out.sentences[1]!.length).toBeGreaterThan(400);
  });
});
