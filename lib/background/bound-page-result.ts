import type { ExtractResult } from '@/lib/types';

/**
 * What one page may keep in the database. The protocol admits 5,000 sentences of 20,000
 * characters (a hostile or broken page can send that); stored as is, one page and its `?n=1`
 * twin took about 64 M characters each. Quizzes quote a sentence of at most 400 characters
 * (usable-passage.ts), readiness samples the words of the main text and ordering questions look
 * for procedure steps, so the text is kept in reading order up to a budget that holds a long
 * docs page whole; a longer sentence is cut, but past 400 characters so it can never become a
 * quiz passage.
 */
export const PAGE_LIMITS = {
  concepts: 300,
  sentences: 1500,
  sentenceChars: 1000,
  textChars: 300_000,
  headings: 500,
  headingChars: 300,
  links: 500,
  linkTextChars: 200,
  titleChars: 500,
  /** A concept's definition or summary is quoted as one passage. */
  conceptTextChars: 1000,
} as const;

const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);

export function boundPageResult(result: ExtractResult): ExtractResult {
  const L = PAGE_LIMITS;
  const sentences: string[] = [];
  let chars = 0;
  for (const s of result.sentences) {
    if (sentences.length >= L.sentences) break;
    const kept = cut(s, L.sentenceChars);
    if (chars + kept.length > L.textChars) break;
    chars += kept.length;
    sentences.push(kept);
  }
  return {
    ...result,
    title: cut(result.title, L.titleChars),
    concepts: result.concepts.slice(0, L.concepts).map((c) => ({
      ...c,
      ...(c.definition !== undefined && { definition: cut(c.definition, L.conceptTextChars) }),
      ...(c.summary !== undefined && { summary: cut(c.summary, L.conceptTextChars) }),
    })),
    sentences,
    headings: result.headings.slice(0, L.headings).map((h) => ({ ...h, text: cut(h.text, L.headingChars) })),
    links: result.links.slice(0, L.links).map((l) => ({ ...l, text: cut(l.text, L.linkTextChars) })),
  };
}
