import type { PrereqGraph } from '@/lib/graph/prereq-graph';
import { prerequisitesOf } from '@/lib/graph/prerequisites-of';
import type { PrereqEdge } from '@/lib/types';

export interface CheckResult {
  conceptKey: string;
  correct: boolean;
}

export interface TestOutOptions {
  /** Share of right answers the check needs to pass at all. */
  passRate?: number;
}

/** Confidence an edge needs before a test-out may vouch for what lies under it. */
export const SURE_CONFIDENCE = 0.5;

/**
 * An edge the map is sure of: confident, and not only a model's suggestion (an LLM's guess is a
 * hint for the map, not evidence that knowing one concept implies knowing another).
 */
export function isSureEdge(e: PrereqEdge): boolean {
  if (e.confidence < SURE_CONFIDENCE) return false;
  return !(e.evidence.length > 0 && e.evidence.every((ev) => ev.source === 'llm'));
}

/** Prerequisites of `key` reachable over sure edges only. */
function sureAncestors(graph: PrereqGraph, key: string): Set<string> {
  const seen = new Set<string>();
  const queue = [key];
  for (let i = 0; i < queue.length; i++) {
    for (const e of graph.prerequisiteEdges(queue[i] as string)) {
      if (!isSureEdge(e) || e.from === key || seen.has(e.from)) continue;
      seen.add(e.from);
      queue.push(e.from);
    }
  }
  return seen;
}

/**
 * Test-out: the concepts a passed short mixed check marks as mastered. A concept answered right
 * is marked with the prerequisites under it over sure edges (using it implies knowing them), except
 * that a concept answered wrong is never marked, nor anything resting on it: a wrong answer on a
 * prerequisite makes a right answer above it look like luck. A check below `passRate` marks nothing.
 */
export function testOut(
  graph: PrereqGraph,
  results: readonly CheckResult[],
  options: TestOutOptions = {},
): string[] {
  const { passRate = 0.8 } = options;
  if (results.length === 0) return [];
  const right = results.filter((r) => r.correct).length;
  if (right / results.length < passRate) return [];
  const failed = new Set(results.filter((r) => !r.correct).map((r) => r.conceptKey));
  // Blame is read over every edge, credit only over sure ones: doubt is cheap, a false "mastered" is not.
  const restsOnFailure = (key: string) =>
    failed.has(key) || prerequisitesOf(graph, key, { minConfidence: 0 }).some((h) => failed.has(h.key));
  const marked = new Set<string>();
  for (const r of results) {
    if (!r.correct || restsOnFailure(r.conceptKey)) continue;
    marked.add(r.conceptKey);
    for (const a of sureAncestors(graph, r.conceptKey)) if (!restsOnFailure(a)) marked.add(a);
  }
  return [...marked].sort();
}
