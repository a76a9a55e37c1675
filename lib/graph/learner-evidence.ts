import type { PrereqGraph } from '@/lib/graph/prereq-graph';
import type { IsMastered } from '@/lib/graph/query-options';
import type { PrereqEdge } from '@/lib/types';

/** Evidence source of what learners' answers showed about an edge. */
export const LEARNER_EVIDENCE = 'learner';

/** One graded answer, as the quiz reports it. */
export interface LearnerOutcome {
  conceptKey: string;
  correct: boolean;
  at: number;
  pageUrl?: string;
}

/** Multiplicative weakening / additive strengthening steps; small, so one lucky guess moves little. */
const PASS_DESPITE_UNMASTERED_PREREQ = 0.8;
const FAIL_DESPITE_MASTERED_PREREQS = 0.95;
const FAIL_WITH_UNMASTERED_PREREQ = 0.1;

/**
 * Adjusts edge confidence from learner outcomes (the map was inferred from text; learners show
 * which edges really gate):
 * - passing X while a supposed prerequisite P is unmastered: P → X may not be a prerequisite,
 *   so it weakens;
 * - failing X while every believed prerequisite is mastered: those prerequisites do not explain
 *   the failure (something else is missing), so they weaken slightly;
 * - failing X while some prerequisite P is unmastered: consistent with P → X, which strengthens.
 * Only confidences change, never the shape, so the graph stays acyclic. `isMastered` is the state
 * at the time of each outcome (callers replaying a log pass a predicate that reflects that).
 */
export function applyLearnerEvidence(
  graph: PrereqGraph,
  outcomes: readonly LearnerOutcome[],
  isMastered: IsMastered,
): PrereqEdge[] {
  const changed = new Map<string, PrereqEdge>();
  for (const o of outcomes) {
    const prereqs = [...graph.prerequisiteEdges(o.conceptKey)];
    if (prereqs.length === 0) continue;
    const unmastered = prereqs.filter((e) => !isMastered(e.from));
    for (const e of prereqs) {
      let next = e.confidence;
      let detail: string | undefined;
      if (o.correct && !isMastered(e.from)) {
        next = e.confidence * PASS_DESPITE_UNMASTERED_PREREQ;
        detail = `answered "${o.conceptKey}" correctly without having mastered "${e.from}"`;
      } else if (!o.correct && unmastered.length === 0) {
        next = e.confidence * FAIL_DESPITE_MASTERED_PREREQS;
        detail = `missed "${o.conceptKey}" although "${e.from}" and its other prerequisites were mastered`;
      } else if (!o.correct && !isMastered(e.from)) {
        next = e.confidence + (1 - e.confidence) * FAIL_WITH_UNMASTERED_PREREQ;
        detail = `missed "${o.conceptKey}" while "${e.from}" was not yet mastered`;
      }
      if (detail === undefined) continue;
      // One evidence line per kind of event is enough; repeating it would push out text evidence.
      const already = e.evidence.some((ev) => ev.source === LEARNER_EVIDENCE && ev.detail === detail);
      const updated = graph.adjustEdge(
        e.from,
        e.to,
        next,
        already ? undefined : { source: LEARNER_EVIDENCE, detail, pageUrl: o.pageUrl },
      );
      if (updated) changed.set(`${e.from}\u0000${e.to}`, updated);
    }
  }
  return [...changed.values()];
}
