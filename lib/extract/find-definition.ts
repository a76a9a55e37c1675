import { splitSentences } from '@/lib/text/split-sentences';

// The sentence that defines a concept, or else the first that mentions it. It must contain the
// label verbatim, because the quiz blanks the label out of it.

const DEFINING = [
  /\b(?:is|are|was|were)\s+(?:an?|the|one|called|known as|defined as)\b/i,
  /\b(?:refers? to|means|denotes|stands for|is called|are called|is defined as)\b/i,
  /\b(?:es|son|era)\s+(?:un|una|el|la|los|las)\b|\bse (?:llama|denomina|refiere)\b/i,
  /\b(?:est|sont|était)\s+(?:un|une|le|la|les|l')|\b(?:désigne|signifie|s'appelle)\b/i,
  /\b(?:é|são|era)\s+(?:um|uma|o|a|os|as)\b|\b(?:chama-se|significa|refere-se)\b/i,
  /\b(?:ist|sind|war)\s+(?:ein|eine|der|die|das)\b|\bbezeichnet\b/i,
  /是一|是指|称为|指的是|とは|という|である/u,
];

export interface DefinitionSource {
  /** Sentences in reading order. */
  sentences: readonly string[];
  /** Short texts that can serve when no sentence mentions the label (headings, list items). */
  extra?: readonly string[];
}

/** Index-free lookup: returns the defining sentence, the first mention, or undefined. */
export function findDefinition(label: string, src: DefinitionSource, preferFrom = 0): string | undefined {
  let first: string | undefined;
  const limit = Math.min(src.sentences.length, 5000);
  for (let i = 0; i < limit; i++) {
    const s = src.sentences[i]!;
    if (!s.includes(label)) continue;
    if (i >= preferFrom && DEFINING.some((re) => re.test(s)) && s.length < 600) return s;
    first ??= s;
  }
  if (first) return first;
  for (const e of src.extra ?? []) {
    if (e.includes(label)) return splitSentences(e).find((s) => s.includes(label)) ?? e.slice(0, 2000);
  }
  return undefined;
}
