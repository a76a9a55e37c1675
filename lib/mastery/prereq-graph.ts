import type { PrereqEdge } from '@/lib/types';

/** The prerequisite map as plain data: whatever the graph layer stores, seen through one function. */
export interface PrereqGraph {
  /** Direct prerequisites of `key` (concepts to know before it). */
  prereqsOf(key: string): readonly string[];
}

/** A graph over stored edges, keeping those at or above `minConfidence`. */
export function graphFromEdges(edges: readonly PrereqEdge[], minConfidence = 0): PrereqGraph {
  const map = new Map<string, string[]>();
  for (const e of edges) {
    if (e.confidence < minConfidence || e.from === e.to) continue;
    const list = map.get(e.to) ?? [];
    if (!list.includes(e.from)) list.push(e.from);
    map.set(e.to, list);
  }
  return { prereqsOf: (key) => map.get(key) ?? [] };
}

/**
 * All transitive prerequisites of `key` with their distance (1 = direct), nearest first. Cycles
 * (a learned map can have them) are cut: each concept is visited once and never includes `key`.
 */
export function ancestorsOf(
  graph: PrereqGraph,
  key: string,
  maxDepth = Number.POSITIVE_INFINITY,
): Map<string, number> {
  const depth = new Map<string, number>();
  let frontier = [key];
  for (let d = 1; frontier.length > 0 && d <= maxDepth; d++) {
    const next: string[] = [];
    for (const k of frontier) {
      for (const p of graph.prereqsOf(k)) {
        if (p === key || depth.has(p)) continue;
        depth.set(p, d);
        next.push(p);
      }
    }
    frontier = next;
  }
  return depth;
}
