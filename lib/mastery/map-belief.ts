import type { PrereqGraph } from '@/lib/graph/prereq-graph';
import { GATING_CONFIDENCE } from '@/lib/graph/query-options';
import type { MasteryLookup } from '@/lib/mastery/mastery-lookup';

/** Credit kept per step down the map: a direct prerequisite gets all of it, the next half. */
const CREDIT_DECAY = 0.5;
/** Log-odds one right answer on a dependant adds to a prerequisite (it was used). */
const CREDIT = 0.8;
/** Log-odds one wrong answer on a dependant takes away, shared among its unknown prerequisites. */
const BLAME = 1.2;
/** How far down the map the credit reaches (a loader of part of the map needs to know). */
export const MAP_BELIEF_DEPTH = 3;

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * How likely the learner knows `key`, with implicit credit and blame through the map. A concept
 * the learner answered on is what the learner model predicts for it. Otherwise the answers on the
 * concepts that rest on it speak for it: a right answer above is partial evidence the
 * prerequisite is in place (it was used), fading with distance; a wrong one says something under
 * it is missing, and that blame is shared among the prerequisites not known yet, so a concept with
 * many suspects gets a small share. Used to rank the suspects of a failure before asking.
 */
export function mapBelief(graph: PrereqGraph, m: MasteryLookup, key: string): number {
  const own = m.record(key);
  if (own && own.attempts > 0) return m.pCorrect(key);
  let z = 0;
  const seen = new Set<string>([key]);
  let frontier = [key];
  for (let depth = 1; depth <= MAP_BELIEF_DEPTH && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const n of frontier) {
      for (const e of graph.dependantEdges(n)) {
        if (e.confidence < GATING_CONFIDENCE || seen.has(e.to)) continue;
        seen.add(e.to);
        next.push(e.to);
        const r = m.record(e.to);
        if (!r || r.attempts === 0) continue;
        const wrong = r.attempts - r.correct;
        const suspects = Math.max(1, unknownPrerequisites(graph, m, e.to));
        z += CREDIT_DECAY ** (depth - 1) * (CREDIT * r.correct - (BLAME * wrong) / suspects) * e.confidence;
      }
    }
    frontier = next;
  }
  return sigmoid(logit(0.5) + Math.max(-4, Math.min(4, z)));
}

/** Direct prerequisites of `key` the learner has not mastered (the suspects of a failure on it). */
function unknownPrerequisites(graph: PrereqGraph, m: MasteryLookup, key: string): number {
  let n = 0;
  for (const e of graph.prerequisiteEdges(key))
    if (e.confidence >= GATING_CONFIDENCE && !m.mastered(e.from)) n++;
  return n;
}
