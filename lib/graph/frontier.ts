import type { PrereqGraph } from '@/lib/graph/prereq-graph';
import { GATING_CONFIDENCE, type IsMastered, type QueryOptions } from '@/lib/graph/query-options';

export interface FrontierOptions extends QueryOptions {
  /** Concepts to consider (default: every concept in the graph); keys not in the graph have no prerequisites. */
  among?: Iterable<string>;
}

/**
 * The learner's frontier: unmastered concepts whose direct prerequisites are all mastered — what
 * they are ready to learn next. Returned in topological order (foundations first).
 */
export function frontier(
  graph: PrereqGraph,
  isMastered: IsMastered,
  options: FrontierOptions = {},
): string[] {
  const min = options.minConfidence ?? GATING_CONFIDENCE;
  const result: string[] = [];
  const seen = new Set<string>();
  for (const key of options.among ?? graph.nodes()) {
    if (seen.has(key)) continue;
    seen.add(key);
    if (isMastered(key)) continue;
    let ready = true;
    for (const e of graph.prerequisiteEdges(key)) {
      if (e.confidence >= min && !isMastered(e.from)) {
        ready = false;
        break;
      }
    }
    if (ready) result.push(key);
  }
  return result.sort((a, b) => graph.rank(a) - graph.rank(b));
}
