import { mentionsLoosely } from '@/lib/quiz/find-mentions';
import type { StoredConcept } from '@/lib/types';

/**
 * Every surface form a concept goes by: label, lemma, aliases, and for API names the unqualified
 * name prose uses ("dumps() returns…" for json.dumps). Unique, longest first.
 */
export function conceptForms(concept: Pick<StoredConcept, 'label' | 'lemma' | 'aliases' | 'kind'>): string[] {
  const all = [concept.label, concept.lemma ?? '', ...(concept.aliases ?? [])].map((f) => f.trim());
  if (concept.kind === 'api') {
    const short = shortApiName(concept.label);
    if (short.length >= 3) all.push(short);
  }
  return [...new Set(all.filter((f) => f.length > 0))].sort((a, b) => b.length - a.length);
}

/** "json.dumps" → "dumps", "Array.prototype.map()" → "map", "std::vec::Vec" → "Vec". */
export function shortApiName(label: string): string {
  return (
    label
      .replace(/\(.*\)$/, '')
      .split(/\.|::|#/)
      .at(-1) ?? label
  ).trim();
}

/** How a concept is looked for in text: words inflect and ignore case; API names do neither. */
export function mentionOptions(concept: Pick<StoredConcept, 'kind'>): {
  inflect: boolean;
  exactCase: boolean;
} {
  return { inflect: inflects(concept), exactCase: concept.kind === 'api' };
}

/** Word forms inflect ("closures"); API names do not ("load" is not "loads"). */
export function inflects(concept: Pick<StoredConcept, 'kind'>): boolean {
  return concept.kind !== 'api';
}

/** The words of an API name, lower-cased: "blockList.addSubnet" → block, list, add, subnet. */
function nameWords(label: string): string[] {
  return label
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3);
}

/**
 * Whether a word of the answer's API name that no other option has stands in the text ("Emitted
 * when the server closes" for 'close' among other events, "JSON decoder" for JSONDecoder): then
 * the name answers by form, not by knowing what the item does.
 */
export function namedByForm(answer: string, others: readonly string[], text: string): boolean {
  const theirs = new Set(others.flatMap(nameWords));
  const telling = nameWords(answer).filter((w) => !theirs.has(w));
  return telling.length > 0 && mentionsLoosely(text, telling);
}
