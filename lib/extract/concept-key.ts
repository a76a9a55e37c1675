import { lightStem } from '@/lib/text/light-stem';
import { baseLang } from '@/lib/text/stopwords';
import type { ConceptKind } from '@/lib/types';

/** NFKC, lowercase, one space between words, no surrounding quotes or trailing punctuation. */
export function normalizeLabel(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”«»`([{]+|[\s"'“”«»`)\]},.;:!?。、，！？]+$/gu, '')
    .trim();
}

/**
 * Stable identity of a concept across pages and sites: `${kind}:${baseLang}:${normalized}`.
 * Terms and vocabulary are stem-merged word by word ("Closures" and "closure" are one concept);
 * API symbols keep their exact qualified name, where case and every character matter.
 */
export function conceptKey(kind: ConceptKind, lang: string, label: string): string {
  const base = baseLang(lang);
  if (kind === 'api')
    return `api:${base}:${label.normalize('NFKC').replace(/\s+/g, '').replace(/\(\)$/, '')}`;
  const norm = normalizeLabel(label);
  const merged = norm
    .split(' ')
    .map((w) => lightStem(w, base))
    .join(' ');
  return `${kind}:${base}:${merged}`;
}
