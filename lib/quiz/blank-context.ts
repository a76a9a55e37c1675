import { BLANK } from '@/lib/quiz/find-mentions';
import { scriptClass } from '@/lib/quiz/script-class';
import { usedAsNoun } from '@/lib/quiz/word-class';
import { isStopword } from '@/lib/text/stopwords';

// Conjunctions that pair the blank with a word of its own kind, in the spaced languages Rung meets most.
// (Not "o": it is the Portuguese article as often as the Spanish "or".)
const CONJUNCTION = 'and|or|nor|y|e|ni|et|ou|und|oder|ed';
// What may stand between the conjunction and the word it pairs the blank with.
const DETERMINER =
  "(?:the|a|an|le|la|les|l['’]|un|une|des|el|los|las|o|os|as|um|uma|der|die|das|ein|eine|il|lo|gli)\\s+";

/** A word that carries meaning: not a function word of the language, not a number. */
function contentWord(w: string | undefined, lang: string): boolean {
  return !!w && /\p{L}/u.test(w) && !(isStopword(w, lang) && Array.from(w).length <= 5);
}

/**
 * Why a word blank in `prompt` (with the page's `sentences`) would be answered by association
 * rather than by knowing the page, or null when it would not:
 * - "coordinated": paired with a word of its own kind ("how scopes and _____ work", "a _____ (or
 *   method)", "issues of _____ and online censorship"): the pair picks its mate, and a sibling
 *   option often reads as well.
 * - "compound": in English, a noun right after the blank makes it a noun adjunct ("a _____ key",
 *   "When a _____ attribute is…", "The _____ module provides…"): the compound is the answer.
 * Only for spaced scripts, where words show.
 */
export function blankGivenAway(
  prompt: string,
  lang: string,
  sentences: readonly string[],
): 'coordinated' | 'compound' | null {
  if (scriptClass(prompt) !== 'spaced' || !prompt.includes(BLANK)) return null;
  const parts = prompt.split(BLANK);
  for (let i = 0; i < parts.length - 1; i++) {
    const before = parts[i] ?? '';
    const after = parts[i + 1] ?? '';
    const paired = new RegExp(
      `([\\p{L}][\\p{L}\\p{N}'’-]*)\\s*,?\\s+(?:${CONJUNCTION})\\s+(?:${DETERMINER})?$`,
      'iu',
    ).exec(before)?.[1];
    const pairedAfter = new RegExp(
      `^\\s*\\(?\\s*(?:${CONJUNCTION})\\s+(?:${DETERMINER})?([\\p{L}][\\p{L}\\p{N}'’-]*)`,
      'iu',
    ).exec(after)?.[1];
    if (contentWord(paired, lang) || contentWord(pairedAfter, lang)) return 'coordinated';
    if (/^en\b/i.test(lang)) {
      const next = /^\s+([\p{L}][\p{L}\p{N}'’-]*)/u.exec(after)?.[1];
      if (contentWord(next, lang) && next && usedAsNoun(sentences, next) === true) return 'compound';
    }
  }
  return null;
}
