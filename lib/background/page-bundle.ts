import { hasDictionaries, lookUpWords, segmentText } from '@/lib/db/dictionaries';
import {
  conceptsByKeys,
  mapNeighbours,
  occurrencesOf,
  occurrencesOnPage,
  pageByUrl,
} from '@/lib/db/page-queries';
import type { RungDatabase } from '@/lib/db/schema';
import { tableVersions } from '@/lib/db/table-versions';
import { focusPool } from '@/lib/quiz/focus-pool';
import { generateQuiz } from '@/lib/quiz/generate-quiz';
import type { Question } from '@/lib/quiz/types';
import { seededRandom } from '@/lib/random';
import type { Settings } from '@/lib/settings';
import type { Occurrence, StoredConcept, StoredPage } from '@/lib/types';

/** How many of a page's concepts it takes to "know" the page: its core, not every word on it. */
export const REQUIRED_PER_PAGE = 6;
const POOL_SIZE = 60;

export interface PageBundle {
  page: StoredPage;
  /** In the page's order of importance. */
  concepts: StoredConcept[];
  occurrences: Occurrence[];
  /**
   * API items the map links to this page's items, read on other pages: alternatives of the same
   * kind the learner has met ("Vec" beside "BinaryHeap" on a page that documents one type).
   */
  related: StoredConcept[];
}

/** How many linked items from other pages may stand as alternatives in a page's questions. */
const RELATED_MAX = 40;

export async function loadPageBundle(db: RungDatabase, url: string): Promise<PageBundle | null> {
  const page = await pageByUrl(db, url);
  if (!page) return null;
  const [found, occurrences] = await Promise.all([
    conceptsByKeys(db, page.conceptKeys),
    occurrencesOnPage(db, url),
  ]);
  const concepts = await withGlosses(
    db,
    found.filter((c): c is StoredConcept => c !== undefined),
    page.lang,
  );
  const apiKeys = concepts.filter((c) => c.kind === 'api').map((c) => c.key);
  return { page, concepts, occurrences, related: await relatedItems(db, page, apiKeys) };
}

/**
 * Linked items found before, by database, page, the page's items and the versions of the map and
 * the concepts they were read from: a bundle is loaded on every answer and popup request, and the
 * map changes far less often (reads and evidence), so the two indexed queries and the bulk read
 * behind it run again only after a write to either table.
 */
const relatedKept = new WeakMap<RungDatabase, Map<string, StoredConcept[]>>();
const RELATED_KEPT = 8;

async function relatedItems(db: RungDatabase, page: StoredPage, apiKeys: string[]): Promise<StoredConcept[]> {
  if (apiKeys.length === 0) return [];
  // Read before the tables are, so a write racing the reads below leaves a stale key, never stale data.
  const key = [tableVersions(db, ['edges', 'concepts']), page.url, page.readAt, ...apiKeys].join('\u0002');
  const kept = relatedKept.get(db) ?? new Map<string, StoredConcept[]>();
  relatedKept.set(db, kept);
  const hit = kept.get(key);
  if (hit) return [...hit];
  const related = (await conceptsByKeys(db, await mapNeighbours(db, apiKeys, RELATED_MAX))).filter(
    (c): c is StoredConcept => c !== undefined && c.kind === 'api',
  );
  kept.set(key, related);
  if (kept.size > RELATED_KEPT) kept.delete(kept.keys().next().value!);
  return [...related];
}

/**
 * Vocabulary with meanings from the learner's imported dictionaries, looked up by lemma (and, for
 * text without spaces, by longest match over the label). Concepts stay as stored; a failing
 * lookup leaves them without glosses rather than failing the quiz.
 */
export async function withGlosses(
  db: RungDatabase,
  concepts: StoredConcept[],
  lang: string,
): Promise<StoredConcept[]> {
  const vocab = concepts.filter((c) => c.kind === 'vocab');
  if (vocab.length === 0) return concepts;
  try {
    if (!(await hasDictionaries(db))) return concepts;
    const words = vocab.flatMap((c) => [c.label, ...(c.lemma ? [c.lemma] : [])]);
    const found = await lookUpWords(db, words, lang);
    const glosses = new Map<string, string[]>();
    for (const c of vocab) {
      let m = found.get(c.label) ?? (c.lemma ? found.get(c.lemma) : undefined);
      if (!m) {
        const parts = await segmentText(db, c.label);
        if (parts.length === 1 && parts[0]?.word === c.label) m = parts[0].meaning;
      }
      if (m) glosses.set(c.key, m.glosses.slice(0, 8));
    }
    return concepts.map((c) => (glosses.has(c.key) ? { ...c, glosses: glosses.get(c.key) } : c));
  } catch {
    return concepts;
  }
}

/**
 * Pools already made, by what they are made of. Making one is the slowest part of the popup's page
 * state (tens of ms on a docs page), and it is asked for on every answer; the pool is a pure
 * function of the stored page, its concepts and the tracked kinds, so a few are kept.
 */
const pools = new Map<string, Question[]>();
const POOLS_KEPT = 8;

function poolKey(bundle: PageBundle, settings: Settings): string {
  const { page, concepts, occurrences } = bundle;
  const kinds = Object.entries(settings.kinds)
    .filter(([, on]) => on)
    .map(([k]) => k)
    .join(',');
  // Another page can change a shared concept (its definition, its aliases): that is in the key too.
  const conceptPart = concepts.map(
    (c) =>
      `${c.key}\u0001${c.definition ?? ''}\u0001${c.aliases.length}\u0001${(c.glosses ?? []).join('\u0003')}`,
  );
  const relatedPart = bundle.related.map((c) => c.key).join('\u0003');
  return [
    page.url,
    page.readAt,
    page.sentences.length,
    kinds,
    occurrences.length,
    relatedPart,
    ...conceptPart,
  ].join('\u0002');
}

/**
 * All offline questions for a page, reproducible for the page (same page, same pool). With `focus`,
 * the pool of a quiz on that concept: its questions are made first, follow-ups included, and it
 * holds every question the page pool has on it.
 */
export function questionPool(bundle: PageBundle, settings: Settings, focus?: string): Question[] {
  const key = `${focus ?? ''}\u0004${poolKey(bundle, settings)}`;
  const kept = pools.get(key);
  if (kept) {
    // Most recently used last, so the oldest is dropped first.
    pools.delete(key);
    pools.set(key, kept);
    return [...kept];
  }
  const generated = generateQuiz({
    page: bundle.page,
    concepts: bundle.concepts.filter((c) => settings.kinds[c.kind]),
    ...(focus ? { focus } : {}),
    occurrences: bundle.occurrences,
    related: bundle.related,
    random: seededRandom(bundle.page.url),
    count: POOL_SIZE,
  });
  // What the page pool can ask on the focus, a quiz on it can ask too (gaps are named from it).
  const pool = focus ? focusPool(generated, questionPool(bundle, settings), focus) : generated;
  pools.set(key, pool);
  if (pools.size > POOLS_KEPT) pools.delete(pools.keys().next().value!);
  return [...pool];
}

/**
 * The page to practise a concept on: `prefer` (the page being read) when a question can be asked
 * about it there, else the first page read with it that can; null when none can. A gap is only
 * named where it can be practised, and "Practise" must find the same page.
 */
export async function practicePage(
  db: RungDatabase,
  conceptKey: string,
  settings: Settings,
  prefer?: string,
): Promise<string | null> {
  const urls = (await occurrencesOf(db, conceptKey, 8)).map((o) => o.pageUrl);
  const ordered = [...new Set([...(prefer && urls.includes(prefer) ? [prefer] : []), ...urls])];
  for (const url of ordered) {
    const bundle = await loadPageBundle(db, url);
    // The pool a quiz on the concept draws on: where it has a question, "Practise" has one to ask.
    if (bundle && questionPool(bundle, settings, conceptKey).some((q) => q.conceptKey === conceptKey))
      return url;
  }
  return null;
}

/** The concepts the page needs: its most important ones that a question can be asked about. */
export function requiredKeys(bundle: PageBundle, pool: readonly Question[]): string[] {
  const askable = new Set(pool.map((q) => q.conceptKey));
  return bundle.concepts
    .filter((c) => askable.has(c.key))
    .slice(0, REQUIRED_PER_PAGE)
    .map((c) => c.key);
}
