import type { RungDatabase } from '@/lib/db/schema';
import type { PageGraphInput } from '@/lib/graph/infer/infer-context';
import { normalizeUrl } from '@/lib/graph/infer/page-sequence';
import type { PrereqEdge, StoredConcept, StoredPage } from '@/lib/types';

export interface InferInput {
  input: PageGraphInput;
  /** Stored edges whose order this read may have changed: those touching concepts first met here. */
  touching: PrereqEdge[];
}

/**
 * What inferring a page's edges needs, read through indexes so the cost follows the page, not
 * the history: the page and its occurrences, the concepts, the pages before it along its "next" chain and the pages it links to, and the
 * edges touching the concepts first met here. Every page carries its place in the reading order
 * and every concept its first page, so nothing else is needed to compare orders.
 */
export async function inferInputForPage(db: RungDatabase, url: string): Promise<InferInput | null> {
  const page = await db.pages.get(url);
  if (!page) return null;
  const [own, occurrences] = await Promise.all([
    db.concepts.bulkGet(page.conceptKeys),
    db.occurrences.where('pageUrl').equals(url).toArray(),
  ]);
  const pageConcepts = own.filter((c): c is StoredConcept => c !== undefined);
  const introHere = pageConcepts.filter((c) => c.intro?.url === url).map((c) => c.key);
  const [named, touching, chain, linked] = await Promise.all([
    // Concepts stay a full read for now (small rows): looking up only the names the page's text
    // holds took a point look-up per word run, slower than this at the sizes measured.
    // TODO(2026-12): a cheaper name index (issue 16).
    db.concepts.toArray(),
    introHere.length > 0
      ? db.edges.where('from').anyOf(introHere).or('to').anyOf(introHere).toArray()
      : Promise.resolve([]),
    chainBefore(db, page),
    linkedPages(db, page),
  ]);
  const concepts = new Map<string, StoredConcept>();
  for (const c of [...pageConcepts, ...named]) concepts.set(c.key, c);
  const ends = [...new Set(touching.flatMap((e) => [e.from, e.to]))].filter((k) => !concepts.has(k));
  for (const c of await db.concepts.bulkGet(ends)) if (c) concepts.set(c.key, c);
  const pages = new Map<string, StoredPage>();
  for (const p of [...chain, ...linked]) if (p.url !== url) pages.set(p.url, p);
  // In key order, as a full table read gives them: the rules take the first of equal names.
  const byKey = <T>(m: Map<string, T>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    input: {
      page,
      concepts: byKey(concepts).map(([, c]) => c),
      occurrences,
      pages: byKey(pages).map(([, p]) => p),
    },
    touching,
  };
}

/** The pages before this one along "next" links, nearest first, through the `nextKey` index. */
async function chainBefore(db: RungDatabase, page: StoredPage): Promise<StoredPage[]> {
  const urls: string[] = [];
  const seen = new Set([page.urlKey]);
  for (let k = page.urlKey; k; ) {
    // The first page (by URL) whose next link is k, as predecessors() picks it.
    const from = k;
    const prev = (await db.pages.where('nextKey').equals(k).primaryKeys()).find(
      (u) => (normalizeUrl(u) ?? u) !== from,
    );
    const key = prev === undefined ? undefined : (normalizeUrl(prev) ?? prev);
    if (prev === undefined || seen.has(key)) break;
    seen.add(key);
    urls.push(prev);
    k = key;
  }
  return (await db.pages.bulkGet(urls)).filter((p): p is StoredPage => p !== undefined);
}

async function linkedPages(db: RungDatabase, page: StoredPage): Promise<StoredPage[]> {
  const targets = new Set<string>();
  for (const l of page.links) {
    const t = normalizeUrl(l.href, page.url);
    if (t && t !== page.urlKey) targets.add(t);
  }
  return targets.size > 0
    ? db.pages
        .where('urlKey')
        .anyOf([...targets])
        .toArray()
    : [];
}
