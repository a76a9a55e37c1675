import type { EdgeEvidence, PrereqEdge } from '@/lib/types';

/** Enough to show the learner why; more would only bloat the stored row. */
export const MAX_EVIDENCE = 12;

/** One key per edge (from, to), for maps and sets of edges. */
export function edgeId(e: Pick<PrereqEdge, 'from' | 'to'>): string {
  return `${e.from}\u0000${e.to}`;
}

function evidenceId(e: EdgeEvidence): string {
  return `${e.source}\u0000${e.detail}\u0000${e.pageUrl ?? ''}`;
}

/**
 * Combines two claims about the same edge. Independent evidence adds up (noisy-or), but the same
 * evidence seen again (the learner re-reads a page) must not inflate the confidence, so only
 * evidence not already recorded counts.
 */
export function mergeEdge(existing: PrereqEdge, incoming: PrereqEdge): PrereqEdge {
  const known = new Set(existing.evidence.map(evidenceId));
  const fresh = incoming.evidence.filter((e) => !known.has(evidenceId(e)));
  const confidence =
    fresh.length === 0
      ? Math.max(existing.confidence, incoming.confidence)
      : 1 - (1 - existing.confidence) * (1 - incoming.confidence);
  return {
    from: existing.from,
    to: existing.to,
    confidence: clampConfidence(confidence),
    evidence: [...existing.evidence, ...fresh].slice(-MAX_EVIDENCE),
  };
}

/** Never exactly 0 or 1: learner evidence must always be able to move an edge. */
export function clampConfidence(c: number): number {
  if (!Number.isFinite(c)) return 0.01;
  return Math.min(0.99, Math.max(0.01, c));
}
