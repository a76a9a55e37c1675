import type { PageText } from '@/lib/extract/page-text';
import { isStopword } from '@/lib/text/stopwords';

// Terms the page itself defines, in page order: <dfn>, glossary-style <dt> entries that are plain
// words, and a bold or italic term that the sentence goes on to define ("A **Hermitian matrix**
// (or self-adjoint matrix) is a…", "El **aprendizaje automático** es una…"). A teacher would
// quiz these first.

const MAX_WORDS = 6;
/** What may follow a defined term: an aside in brackets or commas, then a defining verb. */
const DEFINING_TAIL =
  /^\)?\s*(?:\([^)]{0,80}\)\s*|,[^,]{0,80},\s*)?(?:is|are|was|were|refers? to|means|denotes|es|son|se refiere|est|sont|désigne|é|são|refere-se|ist|sind|bezeichnet)\s/iu;
const PLAIN_WORDS = /^\p{L}[\p{L}\p{M}\p{N}\s'’-]*$/u;

export function definedTerms(page: PageText, lang: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const h of page.highlights) {
    const text = h.text.replace(/\s+/g, ' ').trim();
    const words = text.split(' ').length;
    if (text.length < 3 || words > MAX_WORDS || !/\p{L}{2}/u.test(text)) continue;
    // "at all", "this": emphasis on function words is tone, not a term.
    if (text.split(' ').every((w) => isStopword(w, lang))) continue;
    let defined = false;
    if (h.kind === 'dfn') defined = true;
    else if (h.kind === 'dt') defined = words <= 4 && PLAIN_WORDS.test(text);
    else if (h.kind === 'strong' || h.kind === 'em') {
      const block = page.blocks[h.block]?.text ?? '';
      const at = block.indexOf(text);
      defined = at >= 0 && DEFINING_TAIL.test(block.slice(at + text.length, at + text.length + 120));
    }
    const key = text.toLowerCase();
    if (!defined || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}
