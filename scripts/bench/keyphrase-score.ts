// The keyphrase scorer, with the corpus README's protocol (../shared/corpus/README.md, "Evaluation
// protocol and baselines (F1@10)"): lowercase, whitespace collapsed, every word Snowball-stemmed
// for the document's language, duplicate gold keys dropped, exact match, top 10. Shared by the
// keyphrase bench and `rung kp-score`, so every figure comes from this one scorer.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type Stemmer = { stem: (w: string) => string };
// snowball-stemmers ships no type declarations; these are the two functions the scorer needs.
const snowball = createRequire(import.meta.url)('snowball-stemmers') as {
  newStemmer: (lang: string) => Stemmer;
  algorithms: () => string[];
};

// ISO 639-1 codes of the sets' `lan.txt` ("en-US", "fr", "pt-PT") to Snowball algorithm names.
const STEMMER_BY_CODE: Record<string, string> = {
  ar: 'arabic',
  ca: 'catalan',
  cs: 'czech',
  da: 'danish',
  de: 'german',
  en: 'english',
  es: 'spanish',
  eu: 'basque',
  fi: 'finnish',
  fr: 'french',
  ga: 'irish',
  hu: 'hungarian',
  hy: 'armenian',
  it: 'italian',
  nl: 'dutch',
  no: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sl: 'slovene',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
};

/** The Snowball algorithm for a language given as a name ("french") or a code ("fr", "pt-PT"). */
export function stemmerName(language: string): string | undefined {
  const l = language.trim().toLowerCase();
  if (snowball.algorithms().includes(l)) return l;
  return STEMMER_BY_CODE[l.split(/[-_]/)[0] ?? ''];
}

export function newStemmer(name: string): Stemmer {
  return snowball.newStemmer(name);
}

/** A set's stemmer from its `language.txt` ("english"), else its `lan.txt` ("en-US"). */
export function setStemmerName(setDir: string): string | undefined {
  for (const file of ['language.txt', 'lan.txt']) {
    const p = join(setDir, file);
    if (!existsSync(p)) continue;
    const name = stemmerName(readFileSync(p, 'utf8'));
    if (name) return name;
  }
  return undefined;
}

export function normalizer(stemmer: Stemmer): (s: string) => string {
  return (s) =>
    s
      .toLowerCase()
      // A few gold keys end in punctuation ("processes.", "CL,"): it is not part of the phrase.
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
      .replace(/\s+/g, ' ')
      .trim()
      .split(' ')
      .map((w) => stemmer.stem(w))
      .join(' ');
}

export type Score = { f1: number; precision: number; recall: number };

/** P@10, R@10 and F1@10 of one document. */
export function scoreAt10(predicted: string[], gold: string[], norm: (s: string) => string): Score {
  const g = new Set(gold.map(norm).filter(Boolean));
  // Two predictions that normalise to the same key are one prediction: dedupe BEFORE cutting to
  // 10, so a system is not charged twice for "network"/"networks" (both systems get the same rule).
  const p = [...new Set(predicted.map(norm).filter(Boolean))].slice(0, 10);
  if (g.size === 0 || p.length === 0) return { f1: 0, precision: 0, recall: 0 };
  const hits = p.filter((x) => g.has(x)).length;
  if (hits === 0) return { f1: 0, precision: 0, recall: 0 };
  const precision = hits / p.length;
  const recall = hits / g.size;
  return { f1: (2 * precision * recall) / (precision + recall), precision, recall };
}

export function f1At10(predicted: string[], gold: string[], norm: (s: string) => string): number {
  return scoreAt10(predicted, gold, norm).f1;
}

/** The non-empty lines of a keys or predictions file, trimmed. */
export function readPhrases(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((k) => k.trim())
    .filter(Boolean);
}
