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

/** All offline questions for a page, reproducible for the page (same page, same pool). */
export function questionPool(bundle: PageBundle, settings: Settings): Question[] {
  const tracked = bundle.concepts.filter((c) => settings.kinds[c.kind]);
  return generateQuiz({
    page: bundle.page,
    concepts: tracked,
    occurrences: bundle.occurrences,
    random: seededRandom(bundle.page.url),
    count: POOL_SIZE,
  });
}

/** The concepts the page needs: its most important ones that a question can be asked about. */
export function requiredKeys(bundle: PageBundle, pool: readonly Question[]): string[] {
  const askable = new Set(pool.map((q) => q.conceptKey));
  return bundle.concepts
    .filter((c) => askable.has(c.key))
    .slice(0, REQUIRED_PER_PAGE)
    .map((c) => c.key);
}
