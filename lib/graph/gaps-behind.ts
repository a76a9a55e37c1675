import type { PrereqGraph } from '@/lib/graph/prereq-graph';
import { type PrereqHit, prerequisitesOf } from '@/lib/graph/prerequisites-of';
import type { IsMastered, QueryOptions } from '@/lib/graph/query-options';

/**
 * The gaps behind a concept: its unmastered prerequisites, deepest first. The walk stops at a
 * mastered prerequisite — having mastered it is evidence that what lies under it is in place — so
 * a gap is an unmastered prerequisite reachable through unmastered ones only.
 */
export function gapsBehind(
  graph: PrereqGraph,
  key: string,
  isMastered: IsMastered,
  options: QueryOptions = {},
): PrereqHit[] {
  const unmastered = (k: string) => !isMastered(k);
  return prerequisitesOf(graph, key, { ...options, descendInto: unmastered }).filter((h) =>
    unmastered(h.key),
  );
}
