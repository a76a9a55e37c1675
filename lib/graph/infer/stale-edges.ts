import type { InferContext } from '@/lib/graph/infer/infer-context';
import type { PrereqEdge } from '@/lib/types';

/** Evidence that does not depend on the order the material was read in. */
const ORDER_FREE = new Set([
  'api-member',
  'api-supertype',
  'api-implements',
  'api-module',
  'api-signature',
  'word-family',
  'frequency',
  'learner',
]);

/**
 * Stored edges that the page order now contradicts. Reading a tutorial out of order stores edges
 * under a provisional order; when an earlier chapter is read later, a concept turns out to be
 * introduced before what was taken as its prerequisite. Only edges whose evidence is all
 * order-based go; structural and learner evidence stand on their own.
 */
export function staleEdges(ctx: InferContext, stored: Iterable<PrereqEdge>): PrereqEdge[] {
  const stale: PrereqEdge[] = [];
  for (const e of stored) {
    if (e.evidence.some((v) => ORDER_FREE.has(v.source))) continue;
    if (!ctx.inOrder(e.from, e.to)) stale.push(e);
  }
  return stale;
}
