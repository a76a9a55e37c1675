import { conceptForms, mentionOptions } from '@/lib/quiz/concept-forms';
import { findMentions } from '@/lib/quiz/find-mentions';
import { scriptClass } from '@/lib/quiz/script-class';
import type { StoredConcept } from '@/lib/types';

// Languages that capitalise every noun: there a capital inside a sentence does not mark a name.
const NOUNS_CAPITALISED = new Set(['de', 'lb']);

const byPage = new WeakMap<readonly string[], Map<string, boolean>>();

/**
 * Whether the page writes a word or term as a name (a person, a publication, a show, a language:
 * "Emery", "New York magazine", "Python"): every mention of it inside a sentence, not at its
 * start, opens on a capital, and there is at least one such mention. A name as the blank of a
 * cloze is picked by the kind of thing the sentence needs ("___ retweeted" takes a person, "an
 * article by ___" a publication, "___ comes with many built-in ABCs" a language), a kind the
 * offline generator cannot see in the options; among common nouns, a name is the odd one out.
 * Only for spaced scripts outside languages that capitalise all nouns; elsewhere false.
 */
export function writtenAsName(concept: StoredConcept, sentences: readonly string[], limit = 600): boolean {
  if (concept.kind === 'api' || NOUNS_CAPITALISED.has(concept.lang.toLowerCase().split(/[-_]/)[0] ?? ''))
    return false;
  if (scriptClass(concept.label) !== 'spaced' || !/\p{L}/u.test(concept.label)) return false;
  let cache = byPage.get(sentences);
  if (!cache) {
    cache = new Map();
    byPage.set(sentences, cache);
  }
  const known = cache.get(concept.key);
  if (known !== undefined) return known;
  const forms = conceptForms(concept);
  const options = mentionOptions(concept);
  const probes = forms.map((f) => f.toLowerCase().slice(0, Math.max(2, f.length - 2)));
  let capital = 0;
  let lower = 0;
  for (const s of sentences.slice(0, limit)) {
    const low = s.toLowerCase();
    if (!probes.some((p) => low.includes(p))) continue;
    for (const m of findMentions(s, forms, options)) {
      // At the start of a sentence (after any opening quote or bracket) every word is capitalised.
      if (/^[\s"“«¿¡('‘#@-]*$/u.test(s.slice(0, m.start))) continue;
      // After a colon or a full stop inside the sentence (a title, a quotation) too.
      if (/[:.!?]\s*["“«]?\s*$/u.test(s.slice(0, m.start))) continue;
      if (/^\p{Lu}/u.test(s.slice(m.start, m.end))) capital++;
      else lower++;
    }
    if (lower > 0) break;
  }
  const name = capital > 0 && lower === 0;
  cache.set(concept.key, name);
  return name;
}
