import type { RungDatabase } from '@/lib/db/schema';
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
}

export async function loadPageBundle(db: RungDatabase, url: string): Promise<PageBundle | null> {
  const page = await db.pages.get(url);
  if (!page) return null;
  const [found, occurrences] = await Promise.all([
    db.concepts.bulkGet(page.conceptKeys),
    db.occurrences.where('pageUrl').equals(url).toArray(),
  ]);
  const concepts = found.filter((c): c is StoredConcept => c !== undefined);
  return { page, concepts, occurrences };
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
  const conceptPart = concepts.map((c) => `${c.key}\u0001${c.definition ?? ''}\u0001${c.aliases.length}`);
  return [page.url, page.readAt, page.sentences.length, kinds, occurrences.length, ...conceptPart].join(
    '\u0002',
  );
}

/** All offline questions for a page, reproducible for the page (same page, same pool). */
export function questionPool(bundle: PageBundle, settings: Settings): Question[] {
  const key = poolKey(bundle, settings);
  const kept = pools.get(key);
  if (kept) {
    // Most recently used last, so the oldest is dropped first.
    pools.delete(key);
    pools.set(key, kept);
    return [...kept];
  }
  const tracked = bundle.concepts.filter((c) => settings.kinds[c.kind]);
  const pool = generateQuiz({
    page: bundle.page,
    concepts: tracked,
    occurrences: bundle.occurrences,
    random: seededRandom(bundle.page.url),
    count: POOL_SIZE,
  });
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
  const urls = (await db.occurrences.where('conceptKey').equals(conceptKey).limit(8).toArray()).map(
    (o) => o.pageUrl,
  );
  const ordered = [...new Set([...(prefer && urls.includes(prefer) ? [prefer] : []), ...urls])];
  for (const url of ordered) {
    const bundle = await loadPageBundle(db, url);
    if (bundle && questionPool(bundle, settings).some((q) => q.conceptKey === conceptKey)) return url;
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
