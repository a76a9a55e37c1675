import { storeEdges } from '@/lib/db/edge-store';
import { conceptsByKeys, occurrencesOnPage, pageByUrl } from '@/lib/db/page-queries';
import { suggestPrerequisites } from '@/lib/llm/suggest-prerequisites';
import type { BackgroundDeps } from './deps';
import { llmContextFor } from './llm-deps';
import { passageFor } from './llm-passage';

/** How many of a page's concepts get model-suggested prerequisites per read: a bounded cost. */
const CONCEPTS_PER_PAGE = 3;

/**
 * With the LLM on for this site, asks the model which known concepts come before the page's top
 * concepts. Suggestions become edges at the model's lower confidence, through the same cycle-safe
 * store as inferred edges, so they can never close a cycle. Off, this sends nothing.
 */
export async function suggestEdgesForPage(deps: BackgroundDeps, url: string): Promise<number> {
  const ctx = await llmContextFor(deps, url, { timeoutMs: 20_000, maxRetries: 1 });
  if (!ctx) return 0;
  const page = await pageByUrl(deps.db, url);
  if (!page) return 0;
  const [concepts, occurrences] = await Promise.all([
    conceptsByKeys(deps.db, page.conceptKeys.slice(0, 60)),
    occurrencesOnPage(deps.db, url),
  ]);
  const known = concepts.filter((c) => c !== undefined);
  let stored = 0;
  for (const concept of known.slice(0, CONCEPTS_PER_PAGE)) {
    const passage = passageFor(concept.key, occurrences);
    if (!passage) continue;
    const result = await suggestPrerequisites(ctx, { concept, candidates: known, passage, pageUrl: url });
    if (result.value.length === 0) continue;
    stored += (await storeEdges(deps.db, result.value)).stored.length;
  }
  return stored;
}
