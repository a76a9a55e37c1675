import { qualifiedParts } from '@/lib/graph/infer/api-edges';
import { MAX_WORDS, mentionForms, tokenize } from '@/lib/graph/infer/mention-index';
import type { Occurrence, StoredConcept, StoredPage } from '@/lib/types';

// The inference rules look concepts up by name: a mention in a sentence, heading or link text
// (mention-index), the base of a word family (vocab-edges), an API owner, supertype or signature
// type (api-edges). Each concept is stored with the keys it can be looked up by (an index), and a
// read asks only for the keys its page can produce, so it never loads the concepts of every page
// read before. Both sides may say more than the rules use (a superset only costs a row more); a
// key missing on either side would lose an edge, which the equivalence test in
// tests/lib/db/infer-input.test.ts would show.

/** Suffixes a word-family base can be found behind: the longest derivational prefix is 3 letters. */
const MAX_PREFIX = 4;

const mention = (form: string) => `m ${form}`;
const vocab = (lang: string, word: string) => `v ${lang} ${word}`;
const api = (name: string) => `a ${name.toLowerCase()}`;

/** The keys a concept is found by. */
export function conceptNameKeys(c: StoredConcept): string[] {
  const keys = new Set(mentionForms(c).map(mention));
  if (c.kind === 'vocab') keys.add(vocab(c.lang, (c.lemma ?? c.label).toLowerCase()));
  if (c.kind === 'api') {
    const parts = qualifiedParts(c.label);
    if (parts.length > 0) {
      keys.add(api(parts.join('.')));
      keys.add(api(parts.at(-1)!));
    }
  }
  return [...keys];
}

/**
 * Every key the rules could look up while inferring this page's edges: the word runs (up to the
 * longest name) of the texts they search, the stems a vocabulary word may be built on, and the
 * names an API item's label, owner, supertypes and signature hold.
 */
export function pageNameKeys(
  page: StoredPage,
  concepts: readonly StoredConcept[],
  occurrences: readonly Occurrence[],
): Set<string> {
  const keys = new Set<string>();
  const texts: string[] = [...page.headings.map((h) => h.text), ...page.links.map((l) => l.text)];
  for (const o of occurrences) if (o.sentence) texts.push(o.sentence);
  for (const c of concepts) {
    texts.push(c.label, ...c.aliases);
    if (c.lemma) texts.push(c.lemma);
    if (c.definition) texts.push(c.definition);
    if (c.kind === 'vocab') {
      const word = (c.lemma ?? c.label).toLowerCase();
      for (let n = 1; n <= word.length; n++) keys.add(vocab(page.lang, word.slice(0, n)));
      for (let k = 1; k <= MAX_PREFIX; k++) keys.add(vocab(page.lang, word.slice(k)));
    }
    if (c.kind === 'api') {
      const named = [c.label, ...(c.owner ? [c.owner] : []), ...(c.uses ?? []), ...(c.implements ?? [])];
      named.push(...(c.signature?.match(/[A-Za-z_][\w.:#]*/g) ?? []));
      for (const name of named) {
        const parts = qualifiedParts(name);
        for (let n = 1; n <= parts.length; n++) keys.add(api(parts.slice(0, n).join('.')));
        for (const part of parts) keys.add(api(part));
      }
    }
  }
  for (const text of texts) {
    const words = tokenize(text);
    for (let i = 0; i < words.length; i++) {
      let run = '';
      for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
        run = n === 1 ? words[i]! : `${run} ${words[i + n - 1]}`;
        keys.add(mention(run));
      }
    }
  }
  return keys;
}
