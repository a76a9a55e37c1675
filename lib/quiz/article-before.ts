import { conceptForms, mentionOptions } from '@/lib/quiz/concept-forms';
import { findMentions } from '@/lib/quiz/find-mentions';
import type { StoredConcept } from '@/lib/types';

// Articles that agree with the noun. Swapping "inflación" for "tipo de interés" must also swap
// "La" for "El", or the grammar gives the false statement away.
const ARTICLE_BEFORE =
  /(?:^|[\s"'«“(])(el|la|los|las|un|una|unos|unas|le|les|une|des|der|die|das|ein|eine|il|lo|gli|a|an|l['’])\s*$/i;

// Portuguese articles, apart: "a", "as", "o" are other words in English.
const ARTICLE_BEFORE_PT = /(?:^|[\s"'«“(])(o|a|os|as|um|uma|uns|umas)\s*$/i;

export function articleBefore(text: string, at: number, lang = ''): { start: number; word: string } | null {
  const pattern = /^(pt|gl)\b/i.test(lang) ? ARTICLE_BEFORE_PT : ARTICLE_BEFORE;
  const m = pattern.exec(text.slice(0, at));
  if (!m?.[1]) return null;
  const start = at - m[0].length + m[0].indexOf(m[1]);
  return { start, word: m[1] };
}

/** The article the page itself puts before `concept`, from its own sentences. */
export function pageArticle(concept: StoredConcept, passages: readonly string[]): string | null {
  for (const p of passages) {
    const [m] = findMentions(p, conceptForms(concept), mentionOptions(concept));
    const a = m && articleBefore(p, m.start, concept.lang);
    if (a) return a.word;
  }
  return null;
}

// Gender and number an article shows, by language: "le" and "un" agree with the same nouns.
const AGREEMENT: Record<string, Record<string, string>> = {
  es: { el: 'm', un: 'm', la: 'f', una: 'f', los: 'mp', unos: 'mp', las: 'fp', unas: 'fp' },
  fr: { le: 'm', un: 'm', la: 'f', une: 'f', les: 'p', des: 'p' },
  pt: { o: 'm', um: 'm', a: 'f', uma: 'f', os: 'mp', uns: 'mp', as: 'fp', umas: 'fp' },
  it: { il: 'm', lo: 'm', un: 'm', la: 'f', una: 'f', gli: 'mp' },
};

/** The gender and number `article` marks in `lang`, or null when it marks none we know. */
export function articleAgreement(article: string, lang: string): string | null {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return AGREEMENT[base]?.[article.toLowerCase()] ?? null;
}
