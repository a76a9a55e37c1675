import { followsToGap } from '@/lib/graph/gaps-behind';
import type { PrereqGraph } from '@/lib/graph/prereq-graph';
import { prerequisitesOf } from '@/lib/graph/prerequisites-of';

/**
 * Adaptive search for the hole behind a wrong answer. Hypotheses: the hole is one candidate h, the
 * failed concept itself or one of its unmastered prerequisites; under h the learner knows every
 * candidate except h and what rests on h. Answers are noisy (a slip, a lucky guess whose chance
 * depends on the question's form). The posterior is exact (one number per hypothesis) and is
 * recomputed from the stored answers, so the quiz keeps only what was asked. The next question
 * goes to the candidate whose answer has the largest expected information gain about h: on a
 * chain this is a noisy binary search, on a map it follows the map's shape.
 */
export interface HoleDiagnosis {
  failed: string;
  /** Candidate holes: the prerequisites, deepest first, then the failed concept (last). */
  candidates: string[];
  /** rests[q]: indices of the hypotheses under which candidate q is not known (q itself and what q rests on). */
  rests: number[][];
  /** Prior of each hypothesis (sums to 1), from what the learner model and the map believe. */
  prior: number[];
  /** The questions the search asked, in order. */
  asked: DiagnosticAnswer[];
  /** Answers on candidates given earlier in the quiz: evidence, not questions the search asked. */
  earlier?: DiagnosticAnswer[];
  /** The hole, once the search concluded (the failed concept itself when every prerequisite held). */
  found?: string;
  /** Questions the quiz took on from the page for the search (dropped again when cleared). */
  addedQuestionIds?: string[];
}

export interface DiagnosticAnswer {
  conceptKey: string;
  correct: boolean;
  /** Chance of a right answer without knowing (1 / choices, or small for typed answers). */
  guess: number;
}

/** A known concept answered wrong (a slip of attention or of the keyboard). */
const SLIP = 0.1;
/** The search stops when one hypothesis reaches this posterior. */
export const HOLE_CONFIDENCE = 0.9;
/** And after this many questions whatever it believes (the learner came to practise, not to be tested). */
const MAX_DIAGNOSTIC_QUESTIONS = 6;

/**
 * Starts a search after a wrong answer on `failed`. Candidates are its prerequisites over gating
 * edges, walked as the gap list walks them (`followsToGap`) and through unmastered ones only (a mastered prerequisite vouches for what is under it),
 * that the quiz can ask (`askable`), plus `failed` itself. `pKnown` is the belief that a concept is
 * known before the search (the learner model with credit and blame through the map): weak ones are
 * suspected first. Returns null when there is nothing to tell apart (no askable prerequisite).
 */
export function startHoleDiagnosis(
  graph: PrereqGraph,
  failed: string,
  askable: (key: string) => boolean,
  mastered: (key: string) => boolean,
  pKnown: (key: string) => number,
): HoleDiagnosis | null {
  const hits = prerequisitesOf(graph, failed, {
    descendInto: (k) => !mastered(k),
    follow: followsToGap(failed),
  });
  const prereqs = hits.filter((h) => !mastered(h.key) && askable(h.key)).map((h) => h.key);
  if (prereqs.length === 0) return null;
  const candidates = [...prereqs, failed];
  const index = new Map(candidates.map((k, i) => [k, i]));
  const rests = candidates.map((q) => {
    const row = [index.get(q) as number];
    for (const a of prerequisitesOf(graph, q, { follow: followsToGap(q) })) {
      const i = index.get(a.key);
      if (i !== undefined) row.push(i);
    }
    return row.sort((a, b) => a - b);
  });
  const weights = candidates.map((k) => Math.max(0.02, 1 - pKnown(k)));
  const total = weights.reduce((s, w) => s + w, 0);
  return { failed, candidates, rests, prior: weights.map((w) => w / total), asked: [] };
}

/** P(right answer on candidate q | hole h). */
function pRight(d: HoleDiagnosis, h: number, q: number, guess: number): number {
  return d.rests[q]?.includes(h) ? guess : 1 - SLIP;
}

/** The posterior over hypotheses after the answers given so far. */
function holePosterior(d: HoleDiagnosis): number[] {
  const post = [...d.prior];
  for (const a of [...(d.earlier ?? []), ...d.asked]) {
    const q = d.candidates.indexOf(a.conceptKey);
    if (q < 0) continue;
    for (let h = 0; h < post.length; h++) {
      const p = pRight(d, h, q, a.guess);
      post[h] = (post[h] ?? 0) * (a.correct ? p : 1 - p);
    }
  }
  const z = post.reduce((s, x) => s + x, 0) || 1;
  return post.map((p) => p / z);
}

const entropy = (p: number) => (p <= 0 || p >= 1 ? 0 : -p * Math.log2(p) - (1 - p) * Math.log2(1 - p));

/** Expected information (bits) about the hole from one more answer on candidate q. */
function informationGain(d: HoleDiagnosis, posterior: readonly number[], q: number, guess: number): number {
  let right = 0;
  let noise = 0;
  for (let h = 0; h < posterior.length; h++) {
    const p = pRight(d, h, q, guess);
    right += (posterior[h] ?? 0) * p;
    noise += (posterior[h] ?? 0) * entropy(p);
  }
  return entropy(right) - noise;
}

/** The likeliest hole and its posterior. */
export function likeliestHole(d: HoleDiagnosis): { key: string; probability: number } {
  const post = holePosterior(d);
  let best = post.length - 1;
  for (let h = 0; h < post.length; h++) if ((post[h] ?? 0) > (post[best] ?? 0)) best = h;
  return { key: d.candidates[best] ?? d.failed, probability: post[best] ?? 0 };
}

/**
 * The candidate to ask about next, or undefined when the search is over: one hypothesis is sure
 * enough, the budget is spent, or no candidate that can still be asked (`askable`, with the chance
 * of guessing its next question) would tell anything.
 */
export function nextDiagnosticConcept(
  d: HoleDiagnosis,
  askable: (key: string) => number | undefined,
  maxQuestions = MAX_DIAGNOSTIC_QUESTIONS,
): string | undefined {
  if (d.found !== undefined || d.asked.length >= maxQuestions) return undefined;
  const post = holePosterior(d);
  if (Math.max(...post) >= HOLE_CONFIDENCE) return undefined;
  let best: string | undefined;
  let bestGain = 0.01;
  for (let q = 0; q < d.candidates.length; q++) {
    const key = d.candidates[q] as string;
    const guess = askable(key);
    if (guess === undefined) continue;
    const gain = informationGain(d, post, q, guess);
    if (gain > bestGain + 1e-9) {
      bestGain = gain;
      best = key;
    }
  }
  return best;
}

/** P(known) of each candidate under the posterior: how far the search cleared it. */
export function knownAfterDiagnosis(d: HoleDiagnosis): Map<string, number> {
  const post = holePosterior(d);
  return new Map(
    d.candidates.map((k, q) => [k, post.reduce((s, p, h) => s + (d.rests[q]?.includes(h) ? 0 : p), 0)]),
  );
}
