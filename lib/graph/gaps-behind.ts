import { LOCAL_EVIDENCE } from '@/lib/graph/infer/api-edges';
import { LEARNER_EVIDENCE } from '@/lib/graph/learner-evidence';
import type { PrereqGraph } from '@/lib/graph/prereq-graph';
import { type PrereqHit, prerequisitesOf } from '@/lib/graph/prerequisites-of';
import type { IsMastered, QueryOptions } from '@/lib/graph/query-options';
import type { PrereqEdge } from '@/lib/types';

/**
 * How sure the chain of edges to a gap must be (the product of their confidences) for a failure
 * to name it outright. Below it a prerequisite is a guess about a guess: with no stronger one
 * practicable, a failure on the sorting how-to's "cmp parameter" named "functional programming",
 * five weak edges away (0.014). The search for the hole still suspects such ones: it asks before it
 * names (held to the same floor, it found the real hole in 78.9% of the learners bench's searches
 * instead of 82.9%, and one mastery call in 54 went wrong).
 */
export const MIN_GAP_CERTAINTY = 0.1;

export interface GapOptions extends QueryOptions {
  /** How good a concept is as something to practise, 0..1 (default 1). */
  quality?: (key: string) => number;
}

/**
 * The gaps behind a concept: its unmastered prerequisites, surest first. The walk stops at a
 * mastered prerequisite — having mastered it is evidence that what lies under it is in place — so
 * a gap is an unmastered prerequisite reachable through unmastered ones only. They are ranked by
 * how sure the chain of edges to the concept is, times the concept's quality, not by depth: a
 * deep chain of weak guesses must not push out the type a failed method belongs to.
 */
export function gapsBehind(
  graph: PrereqGraph,
  key: string,
  isMastered: IsMastered,
  options: GapOptions = {},
): PrereqHit[] {
  const unmastered = (k: string) => !isMastered(k);
  const quality = options.quality ?? (() => 1);
  const rank = (h: PrereqHit) => h.certainty * quality(h.key);
  return prerequisitesOf(graph, key, { ...options, descendInto: unmastered, follow: followsToGap(key) })
    .filter((h) => unmastered(h.key))
    .sort((a, b) => rank(b) - rank(a) || a.distance - b.distance || b.depth - a.depth);
}

/**
 * Which edges a walk for the gaps behind a failure on `failed` follows; the adaptive search for the
 * hole (lib/mastery/hole-diagnosis.ts) walks the same way, so it never suspects what no gap list
 * would name.
 *
 * A trait a type implements (rustdoc's trait implementations) is something the type offers, with
 * its methods documented under the trait, and a module is only where an item lives: behind a
 * failure on the type or the item they are fair gaps, behind a failure on what builds on them
 * (BinaryHeap::push ← BinaryHeap ← FromIterator, into_vec ← Vec ← std::vec) they are not.
 * What the learner's answers added to an edge does not change what kind of edge it is.
 */
export function followsToGap(failed: string): (edge: PrereqEdge) => boolean {
  const local = (e: PrereqEdge) =>
    e.evidence.some((v) => LOCAL_EVIDENCE.has(v.source)) &&
    e.evidence.every((v) => LOCAL_EVIDENCE.has(v.source) || v.source === LEARNER_EVIDENCE);
  return (e) => e.to === failed || !local(e);
}
