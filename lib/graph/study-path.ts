import type { PrereqGraph } from '@/lib/graph/prereq-graph';
import { GATING_CONFIDENCE, type IsMastered, type QueryOptions } from '@/lib/graph/query-options';

export interface StudyStep {
  key: string;
  /** True for a concept of the page itself, false for a prerequisite it needs. */
  onPage: boolean;
}

/**
 * An order in which to learn what a page needs: for each of its unmastered concepts in the page's
 * order, first its unmastered prerequisites (through unmastered ones, as in gapsBehind), then the
 * concept. A depth-first post-order, so every step comes after all the unmastered prerequisites
 * it has; keeping the page's order means the learner meets things roughly as the page does.
 */
export function studyPath(
  graph: PrereqGraph,
  pageConceptKeys: readonly string[],
  isMastered: IsMastered,
  options: QueryOptions = {},
): StudyStep[] {
  const min = options.minConfidence ?? GATING_CONFIDENCE;
  const onPage = new Set(pageConceptKeys);
  const placed = new Set<string>();
  const path: StudyStep[] = [];
  const prereqsOf = (k: string): string[] =>
    [...graph.prerequisiteEdges(k)]
      .filter((e) => e.confidence >= min && !isMastered(e.from))
      .map((e) => e.from)
      .sort((a, b) => graph.rank(a) - graph.rank(b));

  for (const target of pageConceptKeys) {
    if (placed.has(target) || isMastered(target)) continue;
    // Iterative DFS: chains can be thousands of concepts long.
    const onStack = new Set<string>([target]);
    const stack: Array<{ key: string; next: string[] }> = [{ key: target, next: prereqsOf(target) }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const child = top.next.shift();
      if (child === undefined) {
        stack.pop();
        onStack.delete(top.key);
        placed.add(top.key);
        path.push({ key: top.key, onPage: onPage.has(top.key) });
        continue;
      }
      if (placed.has(child) || onStack.has(child)) continue;
      onStack.add(child);
      stack.push({ key: child, next: prereqsOf(child) });
    }
  }
  return path;
}
