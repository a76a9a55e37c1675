import type { RungDatabase, StoredDictionary } from '@/lib/db/schema';
import { lemmaCandidates } from '@/lib/dictionary/lemma-candidates';
import { longestMatches, substringsOf } from '@/lib/dictionary/longest-match';
import {
  DictionaryError,
  type DictionaryTerm,
  foldKey,
  readYomitanArchive,
} from '@/lib/dictionary/yomitan-archive';
import { hasCjk } from '@/lib/quiz/script-class';

const CHUNK = 5000;

/**
 * Imports a Yomitan dictionary file: parsed and checked first, then written in chunks so a large
 * dictionary does not hold one huge transaction. A dictionary with the same title is replaced
 * (a newer revision), never duplicated. Throws DictionaryError with a message for the learner.
 */
export async function importDictionary(
  db: RungDatabase,
  bytes: Uint8Array,
  now: number,
): Promise<StoredDictionary> {
  const { index, terms } = readYomitanArchive(bytes);
  await removeDictionary(db, index.title);
  const record: StoredDictionary = {
    ...index,
    terms: terms.length,
    bytes: bytes.byteLength,
    importedAt: now,
  };
  try {
    for (let i = 0; i < terms.length; i += CHUNK) await db.dictionaryTerms.bulkAdd(terms.slice(i, i + CHUNK));
    // Listed only once every term is in: a half-imported dictionary is never used.
    await db.dictionaries.put(record);
  } catch (error) {
    await db.dictionaryTerms.where('dictionary').equals(index.title).delete();
    const full = error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
    throw new DictionaryError(
      full
        ? 'The disk is full: the dictionary was not imported. Free some space and try again.'
        : `The dictionary could not be stored: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return record;
}

export async function listDictionaries(db: RungDatabase): Promise<StoredDictionary[]> {
  return db.dictionaries.orderBy('importedAt').toArray();
}

/** Whether the learner imported any dictionary (vocabulary is glossed only then). */
export async function hasDictionaries(db: RungDatabase): Promise<boolean> {
  return (await db.dictionaries.count()) > 0;
}

export async function removeDictionary(db: RungDatabase, title: string): Promise<void> {
  await db.dictionaries.delete(title);
  await db.dictionaryTerms.where('dictionary').equals(title).delete();
}

export interface WordMeaning {
  /** The headword found (the lemma of an inflected form). */
  term: string;
  glosses: string[];
  tags: string[];
  dictionary: string;
}

/** Terms of listed dictionaries only (an interrupted import leaves none behind that count). */
async function termsFor(db: RungDatabase, keys: string[]): Promise<Map<string, DictionaryTerm[]>> {
  const out = new Map<string, DictionaryTerm[]>();
  if (keys.length === 0) return out;
  const listed = new Set((await db.dictionaries.toCollection().primaryKeys()) as string[]);
  if (listed.size === 0) return out;
  const rows = await db.dictionaryTerms
    .where('key')
    .anyOf([...new Set(keys)])
    .toArray();
  for (const r of rows) {
    if (!listed.has(r.dictionary)) continue;
    out.set(r.key, [...(out.get(r.key) ?? []), r]);
  }
  return out;
}

function meaningOf(rows: DictionaryTerm[] | undefined): WordMeaning | null {
  const withGlosses = (rows ?? []).filter((r) => r.glosses.length > 0).sort((a, b) => b.score - a.score);
  const best = withGlosses[0];
  if (!best) return null;
  const glosses = [
    ...new Set(withGlosses.filter((r) => r.dictionary === best.dictionary).flatMap((r) => r.glosses)),
  ];
  return { term: best.term, glosses, tags: best.tags, dictionary: best.dictionary };
}

/**
 * Meanings of words as they appear on a page, by lemma: each word's candidates (itself, then its
 * dictionary forms) are fetched in one query and the first that is a headword wins; an entry that
 * only says "form of X" leads to X. Words with no entry are absent from the result.
 */
export async function lookUpWords(
  db: RungDatabase,
  words: readonly string[],
  lang: string,
): Promise<Map<string, WordMeaning>> {
  const candidates = new Map(words.map((w) => [w, lemmaCandidates(w, lang).map(foldKey)]));
  const found = await termsFor(db, [...candidates.values()].flat());
  const formTargets = [...found.values()].flat().flatMap((r) => (r.formOf ? [foldKey(r.formOf)] : []));
  const targets = await termsFor(db, formTargets);
  const out = new Map<string, WordMeaning>();
  for (const [word, keys] of candidates) {
    for (const k of keys) {
      const rows = found.get(k);
      const direct = meaningOf(rows);
      const viaForm = rows?.find((r) => r.formOf)?.formOf;
      const m = direct ?? (viaForm ? meaningOf(targets.get(foldKey(viaForm))) : null);
      if (m) {
        out.set(word, m);
        break;
      }
    }
  }
  return out;
}

/**
 * The dictionary words of a text written without spaces, longest match first (人工智能 is one
 * word), with their meanings. Text in spaced scripts is looked up word by word instead.
 */
export async function segmentText(
  db: RungDatabase,
  text: string,
): Promise<{ word: string; start: number; meaning: WordMeaning }[]> {
  if (!hasCjk(text)) return [];
  const found = await termsFor(db, substringsOf(text));
  return longestMatches(text, (s) => meaningOf(found.get(foldKey(s))) !== null).map((m) => ({
    ...m,
    meaning: meaningOf(found.get(foldKey(m.word)))!,
  }));
}
