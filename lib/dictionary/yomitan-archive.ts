import { strFromU8, unzipSync } from 'fflate';
import { z } from 'zod';
import { structuredGlosses } from '@/lib/dictionary/structured-gloss';

/** One headword of an imported dictionary, as stored (see lib/db/dictionaries.ts). */
export interface DictionaryTerm {
  /** The dictionary's title (its identity, as in Yomitan). */
  dictionary: string;
  term: string;
  /** `term` folded for lookup: NFC, lower case. */
  key: string;
  reading: string;
  /** Part-of-speech and usage tags ("n", "v", "adj", "masc"…), from the definition tags. */
  tags: string[];
  /** Plain-text meanings, in the dictionary's order. */
  glosses: string[];
  score: number;
  /** Set when the entry only says "this is a form of <lemma>" (Yomitan's deinflection glosses). */
  formOf?: string;
}

export interface DictionaryIndex {
  title: string;
  revision: string;
  sourceLanguage?: string;
  targetLanguage?: string;
}

export class DictionaryError extends Error {}

const indexSchema = z.object({
  title: z.string().min(1).max(200),
  revision: z.union([z.string(), z.number()]).transform(String),
  format: z.number().optional(),
  version: z.number().optional(),
  sourceLanguage: z.string().max(20).optional(),
  targetLanguage: z.string().max(20).optional(),
});

// [term, reading, definitionTags, rules, score, glossary, sequence, termTags] (term bank v3).
const termRowSchema = z
  .tuple([
    z.string(),
    z.string(),
    z.string().nullable(),
    z.string(),
    z.number(),
    z.array(z.unknown()),
    z.number(),
    z.string(),
  ])
  .rest(z.unknown());

/** A very large dictionary would fill the learner's disk; JMdict is about 300,000 entries. */
export const MAX_TERMS = 1_000_000;
const MAX_GLOSS = 300;

export const foldKey = (s: string): string => s.normalize('NFC').toLocaleLowerCase().trim();

function glossesOf(glossary: unknown[]): { glosses: string[]; formOf?: string } {
  const glosses: string[] = [];
  let formOf: string | undefined;
  for (const g of glossary) {
    if (typeof g === 'string') glosses.push(g);
    else if (Array.isArray(g) && typeof g[0] === 'string') formOf ??= g[0];
    else if (g && typeof g === 'object') {
      const o = g as { type?: unknown; text?: unknown; content?: unknown };
      if (o.type === 'text' && typeof o.text === 'string') glosses.push(o.text);
      else if (o.type === 'structured-content') glosses.push(...structuredGlosses(o.content));
    }
  }
  const clean = glosses
    .map((x) => x.replace(/\s+/g, ' ').trim())
    .filter((x) => x.length > 0 && x.length <= MAX_GLOSS);
  return { glosses: [...new Set(clean)], formOf };
}

/**
 * Reads a Yomitan dictionary (a zip of index.json and term_bank_N.json files; other banks, tags
 * and images are skipped). Throws DictionaryError with a message for the learner when the file is
 * not one.
 */
export function readYomitanArchive(bytes: Uint8Array): { index: DictionaryIndex; terms: DictionaryTerm[] } {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => f.name === 'index.json' || /^term_bank_\d+\.json$/.test(f.name),
    });
  } catch {
    throw new DictionaryError('This file is not a zip archive. A Yomitan dictionary is a .zip file.');
  }
  const indexBytes = files['index.json'];
  if (!indexBytes) throw new DictionaryError('This zip has no index.json: it is not a Yomitan dictionary.');
  let parsed: z.infer<typeof indexSchema>;
  try {
    parsed = indexSchema.parse(JSON.parse(strFromU8(indexBytes)));
  } catch {
    throw new DictionaryError('index.json has no title or revision: it is not a Yomitan dictionary.');
  }
  if ((parsed.format ?? parsed.version) !== 3)
    throw new DictionaryError(
      `Only Yomitan dictionaries of format 3 can be imported (this one is ${parsed.format ?? parsed.version ?? 'unknown'}).`,
    );
  const title = parsed.title.trim();
  const banks = Object.keys(files)
    .filter((n) => n.startsWith('term_bank_'))
    .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]));
  if (banks.length === 0) throw new DictionaryError('This dictionary has no term banks (term_bank_1.json…).');
  const terms: DictionaryTerm[] = [];
  for (const name of banks) {
    let rows: unknown;
    try {
      rows = JSON.parse(strFromU8(files[name]!));
    } catch {
      throw new DictionaryError(`${name} is not valid JSON.`);
    }
    if (!Array.isArray(rows)) throw new DictionaryError(`${name} is not a list of terms.`);
    for (const row of rows) {
      const r = termRowSchema.safeParse(row);
      if (!r.success) continue;
      const [term, reading, defTags, , score, glossary, , termTags] = r.data;
      const { glosses: all, formOf } = glossesOf(glossary);
      // A gloss that only repeats the headword (a ruby base, a cross-reference) is no meaning.
      const glosses = all.filter((g) => foldKey(g) !== foldKey(term));
      if (!term.trim() || (glosses.length === 0 && !formOf)) continue;
      terms.push({
        dictionary: title,
        term,
        key: foldKey(term),
        reading,
        tags: [...new Set(`${defTags ?? ''} ${termTags}`.split(/\s+/).filter(Boolean))],
        glosses,
        score,
        ...(formOf && glosses.length === 0 ? { formOf } : {}),
      });
      if (terms.length > MAX_TERMS)
        throw new DictionaryError(`This dictionary has more than ${MAX_TERMS.toLocaleString('en')} terms.`);
    }
  }
  if (terms.length === 0) throw new DictionaryError('This dictionary has no usable terms.');
  return {
    index: {
      title,
      revision: parsed.revision,
      sourceLanguage: parsed.sourceLanguage,
      targetLanguage: parsed.targetLanguage,
    },
    terms,
  };
}
