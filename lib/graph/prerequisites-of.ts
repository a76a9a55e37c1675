import type { PrereqGraph } from '@/lib/graph/prereq-graph';
import { GATING_CONFIDENCE, type QueryOptions } from '@/lib/graph/query-options';
import type { PrereqEdge } from '@/lib/types';

export interface PrereqHit {
  key: string;
  /** Length of the longest chain from this prerequisite up to the concept (1 = direct only). */
  depth: number;
  /** Fewest edges from this prerequisite to the concept. */
  distance: number;
  /** How sure the best chain to the concept is: the product of its edges' confidences. */
  certainty: number;
}

export interface PrerequisitesOptions extends QueryOptions {
  /** Stop after this many edges (by distance). */
  maxDepth?: number;
  /** Only walk through nodes for which this returns true (the start is always walked). */
  descendInto?: (key: string) => boolean;
  /** Only walk edges for which this returns true (default: every edge of enough confidence). */
  follow?: (edge: PrereqEdge) => boolean;
}

/**
 * Every prerequisite of `key`, transitively, deepest first (the most foundational first). Depth is
 * the longest chain, so when A is a prerequisite of B and both are listed, A comes before B.
 */
export function prerequisitesOf(
  graph: PrereqGraph,
  key: string,
  options: PrerequisitesOptions = {},
): PrereqHit[] {
  const min = options.minConfidence ?? GATING_CONFIDENCE;
  const maxDepth = options.maxDepth ?? Number.POSITIVE_INFINITY;
  const distance = new Map<string, number>([[key, 0]]);
  const queue = [key];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i]!;
    const d = distance.get(n)!;
    if (d >= maxDepth) continue;
    if (n !== key && options.descendInto && !options.descendInto(n)) continue;
    for (const e of graph.prerequisiteEdges(n)) {
      if (e.confidence < min || distance.has(e.from)) continue;
      if (options.follow && !options.follow(e)) continue;
      distance.set(e.from, d + 1);
      queue.push(e.from);
    }
  }
  // Longest chain: walk the found set from the concept downwards in topological order, so each
  // node's dependants inside the set are settled before it.
  const found = [...distance.keys()].sort((a, b) => graph.rank(b) - graph.rank(a));
  const depth = new Map<string, number>([[key, 0]]);
  const certainty = new Map<string, number>([[key, 1]]);
  for (const n of found) {
    if (n === key) continue;
    let best = 0;
    let sure = 0;
    for (const e of graph.dependantEdges(n)) {
      if (e.confidence < min) continue;
      if (options.follow && !options.follow(e)) continue;
      const dd = depth.get(e.to);
      // Only count chains that the walk actually followed (a blocked node does not extend them).
      if (dd === undefined) continue;
      if (e.to !== key && options.descendInto && !options.descendInto(e.to)) continue;
      if (dd + 1 > best) best = dd + 1;
      sure = Math.max(sure, (certainty.get(e.to) ?? 0) * e.confidence);
    }
    depth.set(n, best);
    certainty.set(n, sure);
  }
  return found
    .filter((n) => n !== key)
    .map((n) => ({
      key: n,
      depth: depth.get(n)!,
      distance: distance.get(n)!,
      certainty: certainty.get(n)!,
    }))
    .sort((a, b) => b.depth - a.depth || graph.rank(a.key) - graph.rank(b.key));
}
