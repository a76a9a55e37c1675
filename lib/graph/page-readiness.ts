import type { IsMastered } from '@/lib/graph/query-options';
import type { StoredConcept, StoredPage } from '@/lib/types';

/** Coverage thresholds from reading research (Hu & Nation 2000; Laufer & Ravenhorst-Kalovski 2010). */
export const ASSISTED_COVERAGE = 0.95;
export const UNASSISTED_COVERAGE = 0.98;

export interface WordCoverage {
  known: number;
  /** Running words counted (tokens of the main text). */
  total: number;
  share: number;
  /** Enough for reading with help (a dictionary, glosses): share ≥ 95%. */
  assisted: boolean;
  /** Enough for reading alone: share ≥ 98%. */
  unassisted: boolean;
}

export interface PageReadiness {
  mastered: number;
  total: number;
  /** Share of the page's concepts already mastered (1 for a page without concepts). */
  share: number;
  /** Only for a foreign-language page. */
  words?: WordCoverage;
}

export interface ReadinessOptions {
  /** The page's concepts; used to map running words to vocabulary concepts. */
  concepts?: readonly StoredConcept[];
  /** Overrides the mapping: is this running word known? */
  isKnownWord?: (token: string) => boolean;
  /**
   * Words that map to no concept (often the very frequent ones the extractor skips) count as
   * unknown by default, so coverage is never overstated.
   */
  unmappedWords?: 'unknown' | 'known';
}

type ReadablePage = Pick<StoredPage, 'conceptKeys' | 'sentences' | 'lang' | 'pageKind'>;

export function pageReadiness(
  page: ReadablePage,
  isMastered: IsMastered,
  options: ReadinessOptions = {},
): PageReadiness {
  const keys = [...new Set(page.conceptKeys)];
  const mastered = keys.filter((k) => isMastered(k)).length;
  const readiness: PageReadiness = {
    mastered,
    total: keys.length,
    share: keys.length === 0 ? 1 : mastered / keys.length,
  };
  if (page.pageKind === 'foreign-language') readiness.words = wordCoverage(page, isMastered, options);
  return readiness;
}

function wordCoverage(page: ReadablePage, isMastered: IsMastered, options: ReadinessOptions): WordCoverage {
  const formToKey = new Map<string, string>();
  for (const c of options.concepts ?? []) {
    if (c.kind !== 'vocab') continue;
    for (const form of [c.label, c.lemma, ...c.aliases]) {
      if (form) formToKey.set(form.toLocaleLowerCase(page.lang || undefined), c.key);
    }
  }
  const isKnown =
    options.isKnownWord ??
    ((token: string) => {
      const key = formToKey.get(token.toLocaleLowerCase(page.lang || undefined));
      return key === undefined ? options.unmappedWords === 'known' : isMastered(key);
    });
  // Intl.Segmenter splits words in scripts without spaces (Chinese, Japanese) too.
  const segmenter = new Intl.Segmenter(page.lang || undefined, { granularity: 'word' });
  let known = 0;
  let total = 0;
  for (const sentence of page.sentences) {
    for (const s of segmenter.segment(sentence)) {
      if (!s.isWordLike || /^\p{N}+$/u.test(s.segment)) continue;
      total++;
      if (isKnown(s.segment)) known++;
    }
  }
  const share = total === 0 ? 1 : known / total;
  return {
    known,
    total,
    share,
    assisted: share >= ASSISTED_COVERAGE,
    unassisted: share >= UNASSISTED_COVERAGE,
  };
}
