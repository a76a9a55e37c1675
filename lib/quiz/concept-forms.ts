import type { StoredConcept } from '@/lib/types';

/** Every surface form a concept goes by: label, lemma, aliases; unique, longest first. */
export function conceptForms(concept: Pick<StoredConcept, 'label' | 'lemma' | 'aliases'>): string[] {
  const all = [concept.label, concept.lemma ?? '', ...(concept.aliases ?? [])].map((f) => f.trim());
  return [...new Set(all.filter((f) => f.length > 0))].sort((a, b) => b.length - a.length);
}
