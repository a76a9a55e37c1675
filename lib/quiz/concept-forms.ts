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
