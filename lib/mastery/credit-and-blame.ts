import { ancestorsOf, type PrereqGraph } from '@/lib/mastery/prereq-graph';

/** Evidence an answer on one concept gives about another through the prerequisite map. */
export interface ImplicitEvidence {
  conceptKey: string;
  /** A right answer credits prerequisites; a wrong one raises suspicion on them. */
  correct: boolean;
  /** Strength in [0, 1]: 1 would be as good as answering that concept itself. */
  weight: number;
}

export interface CreditOptions {
  /** Credit kept per step down the map (a direct prerequisite gets this much). */
  creditDecay?: number;
  /** Total suspicion a wrong answer spreads over the prerequisites. */
  blameBudget?: number;
  maxDepth?: number;
}

/**
 * Implicit credit and blame. Answering an advanced concept right is partial evidence that its
 * prerequisites are known (they were used), fading with distance. Answering it wrong says
 * something is missing but not what: the suspicion is shared among the prerequisites in
 * proportion to how weak they are believed to be (`pKnown`), nearest first, so the weakest
 * prerequisite gets most of the blame and a well-known one almost none.
 */
export function creditAndBlame(
  graph: PrereqGraph,
  conceptKey: string,
  correct: boolean,
  pKnown: (key: string) => number,
  options: CreditOptions = {},
): ImplicitEvidence[] {
  const { creditDecay = 0.5, blameBudget = 0.6, maxDepth = 3 } = options;
  const ancestors = ancestorsOf(graph, conceptKey, maxDepth);
  if (correct) {
    return [...ancestors].map(([key, d]) => ({ conceptKey: key, correct: true, weight: creditDecay ** d }));
  }
  const weakness = [...ancestors].map(([key, d]) => ({ key, w: (1 - pKnown(key)) / d }));
  const total = weakness.reduce((s, x) => s + x.w, 0);
  if (total <= 0) return [];
  return weakness
    .map(({ key, w }) => ({
      conceptKey: key,
      correct: false,
      weight: Math.min(1, (blameBudget * w) / total),
    }))
    .filter((e) => e.weight > 1e-3)
    .sort((a, b) => b.weight - a.weight);
}
