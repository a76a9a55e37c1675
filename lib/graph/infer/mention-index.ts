import type { StoredConcept } from '@/lib/types';

/** Words, numbers, identifiers; dotted names (`list.append`) and contractions stay one token. */
const TOKEN = /[\p{L}\p{N}_]+(?:[.'’-][\p{L}\p{N}_]+)*/gu;
/** Longest name looked for, in words. */
export const MAX_WORDS = 6;

export interface Mention {
  key: string;
  /** Token index of the first word of the mention. */
  at: number;
}

export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(TOKEN) ?? []).map((t) => t.replace(/’/g, "'"));
}

/** The names a concept can be mentioned by (label, lemma, aliases), as tokens joined by spaces. */
export function mentionForms(c: StoredConcept): string[] {
  const out: string[] = [];
  for (const form of [c.label, c.lemma, ...c.aliases]) {
    if (!form) continue;
    const words = tokenize(form);
    if (words.length === 0 || words.length > MAX_WORDS) continue;
    if (words.length === 1 && words[0]!.length < 2) continue;
    out.push(words.join(' '));
  }
  return out;
}

/**
 * Finds concepts named in a piece of text, by label, lemma and aliases, on word boundaries. The
 * longest name wins and names do not overlap, so "list comprehension" is one mention, not also
 * "list" — a concept's own name never counts as a mention of its parts.
 */
export class MentionIndex {
  private readonly forms = new Map<string, string[]>();

  constructor(concepts: Iterable<StoredConcept>) {
    for (const c of concepts) {
      for (const k of mentionForms(c)) {
        const keys = this.forms.get(k);
        if (!keys) this.forms.set(k, [c.key]);
        else if (!keys.includes(c.key)) keys.push(c.key);
      }
    }
  }

  /** Concept keys whose name is exactly these words. */
  lookup(words: readonly string[]): readonly string[] {
    return this.forms.get(words.join(' ')) ?? [];
  }

  find(text: string): Mention[] {
    const words = tokenize(text);
    const found: Mention[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < words.length; ) {
      let matched = 0;
      for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
        const keys = this.forms.get(words.slice(i, i + n).join(' '));
        if (!keys) continue;
        for (const key of keys) {
          if (seen.has(key)) continue;
          seen.add(key);
          found.push({ key, at: i });
        }
        matched = n;
        break;
      }
      i += Math.max(1, matched);
    }
    return found;
  }
}
