import { normalizeUrl } from '@/lib/graph/infer/page-sequence';
import type { Occurrence, StoredConcept, StoredPage } from '@/lib/types';
import type { RungDatabase } from './schema';

// Named reads and writes of what a page read stores: pages, their concepts, and where each concept
// was met (occurrences).

/** Whether Rung found this concept on this page (the overlay may only open quizzes on those). */
export async function isConceptOnPage(db: RungDatabase, url: string, conceptKey: string): Promise<boolean> {
  return (await occurrenceOn(db, url, conceptKey)) !== undefined;
}

export function pageByUrl(db: RungDatabase, url: string): Promise<StoredPage | undefined> {
  return db.pages.get(url);
}

/** The pages at `urls`, in that order (undefined where none is stored). */
export function pagesByUrls(db: RungDatabase, urls: readonly string[]): Promise<(StoredPage | undefined)[]> {
  return db.pages.bulkGet([...urls]);
}

export async function putPage(db: RungDatabase, page: StoredPage): Promise<void> {
  await db.pages.put(page);
}

/** Advance: the learner is done with the page at `at` (an unknown page is left alone). */
export async function markPageDone(db: RungDatabase, url: string, at: number): Promise<void> {
  const page = await db.pages.get(url);
  if (page) await db.pages.put({ ...page, doneAt: at });
}

/**
 * Points a stored page's "next" link at `nextUrl`, with the key the reading order follows (as
 * savePage writes it), so a later read of `nextUrl` is placed after this page.
 */
export async function setNextLink(db: RungDatabase, url: string, nextUrl: string): Promise<void> {
  await db.pages.update(url, { nextUrl, nextKey: normalizeUrl(nextUrl, url) });
}

export function conceptByKey(db: RungDatabase, key: string): Promise<StoredConcept | undefined> {
  return db.concepts.get(key);
}

/** The concepts at `keys`, in that order (undefined where none is stored). */
export function conceptsByKeys(
  db: RungDatabase,
  keys: readonly string[],
): Promise<(StoredConcept | undefined)[]> {
  return db.concepts.bulkGet([...keys]);
}

export async function putConcepts(db: RungDatabase, concepts: readonly StoredConcept[]): Promise<void> {
  await db.concepts.bulkPut([...concepts]);
}

/** Where a concept was met on one page, when it was. */
export function occurrenceOn(
  db: RungDatabase,
  url: string,
  conceptKey: string,
): Promise<Occurrence | undefined> {
  return db.occurrences.get([url, conceptKey]);
}

export function occurrencesOnPage(db: RungDatabase, url: string): Promise<Occurrence[]> {
  return db.occurrences.where('pageUrl').equals(url).toArray();
}

/** The pages a concept was met on, in storage order; at most `limit` when given. */
export function occurrencesOf(db: RungDatabase, conceptKey: string, limit?: number): Promise<Occurrence[]> {
  const found = db.occurrences.where('conceptKey').equals(conceptKey);
  return (limit === undefined ? found : found.limit(limit)).toArray();
}

/** Re-reading a page replaces its occurrences: the page may have changed. */
export async function replaceOccurrences(
  db: RungDatabase,
  url: string,
  occurrences: readonly Occurrence[],
): Promise<void> {
  await db.occurrences.where('pageUrl').equals(url).delete();
  await db.occurrences.bulkPut([...occurrences]);
}

/**
 * Runs `work` in one read-write transaction over what a page read writes (pages, concepts,
 * occurrences and the concept-name filter), so a read is stored whole or not at all.
 */
export function inPageWrite<T>(db: RungDatabase, work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.pages, db.concepts, db.occurrences, db.nameFilter, work);
}

/**
 * Keys of the concepts the map links to these (their prerequisites and what builds on them), not
 * among them; at most `limit`. Indexed on both ends of an edge, so a read never scans the map.
 */
export async function mapNeighbours(
  db: RungDatabase,
  keys: readonly string[],
  limit: number,
): Promise<string[]> {
  if (keys.length === 0) return [];
  const own = new Set(keys);
  const [into, outOf] = await Promise.all([
    db.edges
      .where('to')
      .anyOf([...keys])
      .limit(limit * 4)
      .toArray(),
    db.edges
      .where('from')
      .anyOf([...keys])
      .limit(limit * 4)
      .toArray(),
  ]);
  const found = new Set<string>();
  for (const e of [...into, ...outOf]) {
    for (const k of [e.from, e.to]) if (!own.has(k) && found.size < limit) found.add(k);
  }
  return [...found];
}
