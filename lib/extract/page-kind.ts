import { baseLang } from '@/lib/text/stopwords';
import type { PageKind } from '@/lib/types';

// What kind of reading the page is decides the concept mix: an API reference yields symbols and
// terms, a foreign-language page yields vocabulary, the rest yields terms.

export interface PageKindSignals {
  lang: string;
  wordCount: number;
  apiSymbols: number;
  /** The page documents one API item as a whole (its <h1> is the item: a rustdoc struct page). */
  apiPageItem?: boolean;
  headings: number;
  codeBlocks: number;
  title: string;
  url?: string;
  /** The learner's language; pages in another language are read for vocabulary. */
  nativeLang?: string;
}

const TUTORIAL =
  /\b(?:tutorial|how[- ]?to|howto|guide|getting started|introduction|learn|walkthrough|step by step|cookbook|primer)\b/i;
const DOCS = /\b(?:documentation|docs|reference|manual|specification|glossary|api)\b/i;

/**
 * The page says it is documentation or teaching material (its title or address: "tutorial",
 * "docs", "reference", "guide"): such a page teaches the words a blog post on the same subject
 * only uses ("function", "instance").
 */
export function namesItselfDocumentation(title: string, url?: string): boolean {
  const where = `${title} ${url ?? ''}`;
  return TUTORIAL.test(where) || DOCS.test(where);
}

export function choosePageKind(s: PageKindSignals): PageKind {
  if (s.wordCount < 3 && s.apiSymbols === 0) return 'empty';
  // Before the language test: a translated reference (Chinese prose around English identifiers)
  // is still a reference, read for its API items.
  if (
    s.apiSymbols >= 5 ||
    (s.apiPageItem && s.apiSymbols >= 1) ||
    (s.apiSymbols >= 1 && s.apiSymbols * 150 > s.wordCount)
  )
    return 'api-reference';
  if (baseLang(s.lang) !== baseLang(s.nativeLang ?? 'en') && baseLang(s.lang) !== 'und')
    return 'foreign-language';
  const where = `${s.title} ${s.url ?? ''}`;
  if (TUTORIAL.test(where) || (s.codeBlocks >= 3 && s.headings >= 2)) return 'tutorial';
  if (DOCS.test(where) || s.codeBlocks >= 1) return 'docs';
  return 'article';
}
