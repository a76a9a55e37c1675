import { ancestorsOf, type PrereqGraph } from '@/lib/mastery/prereq-graph';

export interface CheckResult {
  conceptKey: string;
  correct: boolean;
}

export interface TestOutOptions {
  /** Share of right answers the check needs to pass at all. */
  passRate?: number;
}

/**
 * Test-out: the concepts a passed short mixed check marks as mastered. A concept answered right
 * is marked with all its prerequisites (using it implies knowing them), except that a concept
 * answered wrong is never marked, nor anything resting on it: a wrong answer on a prerequisite
 * makes a right answer above it look like luck. A check below `passRate` marks nothing.
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
  const restsOnFailure = (key: string) =>
    failed.has(key) || [...ancestorsOf(graph, key).keys()].some((a) => failed.has(a));
  const marked = new Set<string>();
  for (const r of results) {
    if (!r.correct || restsOnFailure(r.conceptKey)) continue;
    marked.add(r.conceptKey);
    for (const a of ancestorsOf(graph, r.conceptKey).keys()) if (!restsOnFailure(a)) marked.add(a);
  }
  return [...marked].sort();
}
