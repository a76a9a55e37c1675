import { ancestorsOf, type PrereqGraph } from '@/lib/mastery/prereq-graph';

/**
 * Adaptive gap diagnosis after a failure on `failed`. Hypotheses: the hole is one concept h among
 * the failed concept's prerequisites (or the failed concept itself, when every prerequisite is
 * known); under h the learner knows every candidate except h and what depends on h. Answers are
 * noisy (slip, guess). The posterior is exact (one number per hypothesis), and the next question
 * is the concept whose answer has the largest expected information gain about h — on a chain
 * this is a noisy binary search, on a DAG it follows the shape of the map.
 */
export interface DiagnosisOptions {
  slip?: number;
  guess?: number;
  /** Stop when one hypothesis reaches this posterior. */
  confidence?: number;
  /** Prior belief that a concept is known (e.g. from mastery records); weak concepts are suspected first. */
  pKnown?: (key: string) => number;
}

export interface Diagnosis {
  failed: string;
  /** Candidate holes: the prerequisites, then the failed concept itself (last). */
  candidates: string[];
  /** unknownUnder[h][q]: would q be unknown if h were the hole? */
  unknownUnder: boolean[][];
  posterior: number[];
  asked: { conceptKey: string; correct: boolean }[];
  slip: number;
  guess: number;
  confidence: number;
}

export function startDiagnosis(
  graph: PrereqGraph,
  failed: string,
  options: DiagnosisOptions = {},
): Diagnosis {
  const candidates = [...ancestorsOf(graph, failed).keys(), failed];
  const index = new Map(candidates.map((k, i) => [k, i]));
  // q depends on h when h is among q's prerequisites (or q = h): then h missing makes q unknown.
  const dependsOn = candidates.map((q) => {
    const row = new Array<boolean>(candidates.length).fill(false);
    row[index.get(q) ?? 0] = true;
    for (const a of ancestorsOf(graph, q).keys()) {
      const i = index.get(a);
      if (i !== undefined) row[i] = true;
    }
    return row;
  });
  const unknownUnder = candidates.map((_, h) => candidates.map((_, q) => dependsOn[q]?.[h] ?? false));
  const pKnown = options.pKnown ?? (() => 0.5);
  const prior = candidates.map((k) => Math.max(1e-3, 1 - pKnown(k)));
  const z = prior.reduce((s, x) => s + x, 0);
  return {
    failed,
    candidates,
    unknownUnder,
    posterior: prior.map((p) => p / z),
    asked: [],
    slip: options.slip ?? 0.1,
    guess: options.guess ?? 0.25,
    confidence: options.confidence ?? 0.95,
  };
}

function pCorrectUnder(d: Diagnosis, h: number, q: number): number {
  return d.unknownUnder[h]?.[q] ? d.guess : 1 - d.slip;
}

/** Bayes update with one answer (returns a new state; the old one is left as it was). */
export function recordDiagnosticAnswer(d: Diagnosis, conceptKey: string, correct: boolean): Diagnosis {
  const q = d.candidates.indexOf(conceptKey);
  const asked = [...d.asked, { conceptKey, correct }];
  if (q < 0) return { ...d, asked };
  const post = d.posterior.map((p, h) => {
    const pc = pCorrectUnder(d, h, q);
    return p * (correct ? pc : 1 - pc);
  });
  const z = post.reduce((s, x) => s + x, 0) || 1;
  return { ...d, asked, posterior: post.map((p) => p / z) };
}

const entropy = (p: number) => (p <= 0 || p >= 1 ? 0 : -p * Math.log2(p) - (1 - p) * Math.log2(1 - p));

/** Expected information gain (bits) about the hole from asking about candidate `q`. */
export function informationGain(d: Diagnosis, q: number): number {
  let pc = 0;
  let noise = 0;
  d.posterior.forEach((p, h) => {
    const c = pCorrectUnder(d, h, q);
    pc += p * c;
    noise += p * entropy(c);
  });
  return entropy(pc) - noise;
}

/** The most probable hole and its posterior. */
export function likeliestHole(d: Diagnosis): { conceptKey: string; probability: number } {
  let best = 0;
  d.posterior.forEach((p, h) => {
    if (p > (d.posterior[best] ?? 0)) best = h;
  });
  return { conceptKey: d.candidates[best] ?? d.failed, probability: d.posterior[best] ?? 0 };
}

/** P(known) of every candidate under the current posterior. */
export function knownProbabilities(d: Diagnosis): Map<string, number> {
  return new Map(
    d.candidates.map((k, q) => [k, d.posterior.reduce((s, p, h) => s + (d.unknownUnder[h]?.[q] ? 0 : p), 0)]),
  );
}

/** True when the hole is found with the wanted confidence or the question budget is spent. */
export function diagnosisDone(d: Diagnosis, maxQuestions = 3 * d.candidates.length): boolean {
  return likeliestHole(d).probability >= d.confidence || d.asked.length >= maxQuestions;
}

/**
 * The concept to ask about next, or undefined when the hole is found with the wanted confidence
 * (or nothing left can tell more). Ties go to the nearer prerequisite (listed first).
 */
export function nextDiagnosticQuestion(
  d: Diagnosis,
  maxQuestions = 3 * d.candidates.length,
): string | undefined {
  if (diagnosisDone(d, maxQuestions)) return undefined;
  let best = -1;
  let bestGain = 1e-6;
  for (let q = 0; q < d.candidates.length; q++) {
    const gain = informationGain(d, q);
    if (gain > bestGain) {
      bestGain = gain;
      best = q;
    }
  }
  return best < 0 ? undefined : d.candidates[best];
}
