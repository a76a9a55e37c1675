import type { ExtractResult } from '@/lib/types';

// Made-up pages for simulated learners: chapters of eight invented terms, as the extractor would
// return them, so a test can build a map of any size whose concepts the quiz can ask about.

/** Concepts per simulated page. */
export const PER_PAGE = 8;

const NOUNS = [
  'river',
  'stone',
  'lantern',
  'garden',
  'mirror',
  'engine',
  'ladder',
  'compass',
  'anchor',
  'harbor',
];

/** `count` made-up words of the same length (none inside another, none an English word). */
export function simWords(random: () => number, count: number): string[] {
  const c = 'bdfgklmnprstvz';
  const v = 'aeiou';
  const out = new Set<string>();
  while (out.size < count) {
    let w = '';
    for (let s = 0; s < 3; s++)
      w += c[Math.floor(random() * c.length)]! + v[Math.floor(random() * v.length)]!;
    out.add(w);
  }
  return [...out];
}

export const simPageUrl = (p: number) => `https://sim.example/chapter-${p}.html`;

/** Page `p` of `pages`: its terms, each defined and used in two more sentences, most important first. */
export function simPage(p: number, labels: readonly string[], pages: number): ExtractResult {
  const sentences: string[] = [];
  const concepts = labels.map((label, j) => {
    const i = p * PER_PAGE + j;
    const n = (k: number) => NOUNS[(i + k) % NOUNS.length];
    const definition = `A ${label} is a ${n(0)} measure that counts ${n(3)}s in a closed ${n(5)}.`;
    sentences.push(
      definition,
      `Every ${label} keeps its ${n(1)} steady while the ${n(2)} turns.`,
      `Engineers compare the ${label} with older tools before they build a ${n(4)}.`,
    );
    return {
      key: `term:en:${label}`,
      label,
      kind: 'term' as const,
      score: 1 - j / 10,
      definition,
      section: 0,
    };
  });
  return {
    title: `Chapter ${p}`,
    lang: 'en',
    pageKind: 'tutorial',
    concepts,
    sentences,
    headings: [{ level: 1, text: `Chapter ${p}` }],
    links: [],
    wordCount: sentences.join(' ').split(' ').length,
    ...(p + 1 < pages ? { nextUrl: simPageUrl(p + 1) } : {}),
  };
}
