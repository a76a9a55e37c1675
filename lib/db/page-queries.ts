import type { RungDatabase } from './schema';

/** Whether Rung found this concept on this page (the overlay may only open quizzes on those). */
export async function isConceptOnPage(db: RungDatabase, url: string, conceptKey: string): Promise<boolean> {
  return (await db.occurrences.get([url, conceptKey])) !== undefined;
}
