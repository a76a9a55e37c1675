import { describe, expect, it } from 'vitest';
import { pageReadiness } from '@/lib/graph/page-readiness';
import type { StoredConcept } from '@/lib/types';

const vocab = (key: string, label: string, lemma?: string): StoredConcept => ({
  key,
  label,
  lemma,
  kind: 'vocab',
  lang: 'es',
  aliases: [],
  firstSeenAt: 0,
});

describe('pageReadiness', () => {
  it('share of the page concepts mastered', () => {
    const r = pageReadiness(
      { conceptKeys: ['a', 'b', 'c', 'd'], sentences: [], lang: 'en', pageKind: 'tutorial' },
      (k) => k === 'a' || k === 'c',
    );
    expect(r).toEqual({ mastered: 2, total: 4, share: 0.5 });
  });

  it('foreign-language page: share of running words known, against 95% and 98%', () => {
    const concepts = [
      vocab('v:el', 'el'),
      vocab('v:gato', 'gato'),
      vocab('v:come', 'come', 'comer'),
      vocab('v:pescado', 'pescado'),
    ];
    const page = {
      conceptKeys: concepts.map((c) => c.key),
      sentences: ['El gato come pescado.', 'El gato come.'],
      lang: 'es',
      pageKind: 'foreign-language' as const,
    };
    const some = pageReadiness(page, (k) => k !== 'v:pescado', { concepts });
    expect(some.words).toEqual({ known: 6, total: 7, share: 6 / 7, assisted: false, unassisted: false });
    const all = pageReadiness(page, () => true, { concepts });
    expect(all.words?.share).toBe(1);
    expect(all.words?.unassisted).toBe(true);
  });

  it('words mapping to no concept count as unknown unless told otherwise', () => {
    const page = {
      conceptKeys: [],
      sentences: ['uno dos tres'],
      lang: 'es',
      pageKind: 'foreign-language' as const,
    };
    expect(pageReadiness(page, () => true).words?.share).toBe(0);
    expect(pageReadiness(page, () => true, { unmappedWords: 'known' }).words?.share).toBe(1);
  });
});
