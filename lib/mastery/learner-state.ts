/**
 * One learner's running history, as the learner model sees it: counts, recency-weighted success
 * and recent outcomes, on each concept and over all of this learner's answers. Nothing here knows
 * any other learner, any item's or concept's population difficulty, or the clock: time is counted
 * in this learner's answers (the public logs the model is fitted on have no usable times; the
 * clock's part, forgetting between sessions, is the memory model's job).
 *
 * The state is plain data (numbers, arrays, one Map) so that it survives being stored as a
 * snapshot (lib/db/learner-snapshot.ts).
 */

/**
 * Decay per answer of the recency-weighted success rates, from "the last two or three answers" to
 * "most of the history": which window tells most differs by learner and subject, and the trees
 * pick per case.
 */
const DECAYS = [0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98] as const;
/** Prior strengths (in answers) of the smoothed success rates. */
const PRIORS = [2, 5, 10] as const;
/** Before any answer, a learner is taken to be right this often (the prior of their own mean). */
const PRIOR_RATE = 0.7;

interface Counter {
  attempts: number;
  wins: number;
  /** Answer number (this learner's) of the last attempt, -1 before any. */
  lastStep: number;
  lastCorrect: boolean;
  /** Right answers in a row, ending with the last one. */
  streak: number;
  /** Wrong answers in a row, ending with the last one. */
  misses: number;
  /** Last outcomes as bits, most recent lowest (`attempts` says how many are valid). */
  recent: number;
  /** Outcome of the first attempt. */
  firstCorrect: boolean;
  /** Attempt number (on this counter) of the first wrong answer, -1 before any. */
  firstWrong: number;
  ewWins: number[];
  ewAll: number[];
}

function newCounter(): Counter {
  return {
    attempts: 0,
    wins: 0,
    lastStep: -1,
    lastCorrect: false,
    streak: 0,
    misses: 0,
    recent: 0,
    firstCorrect: false,
    firstWrong: -1,
    ewWins: DECAYS.map(() => 0),
    ewAll: DECAYS.map(() => 0),
  };
}

function bump(c: Counter, correct: boolean, step: number): void {
  // Decay by the answers elapsed since this counter last moved, so a concept's windows count the
  // learner's answers on other concepts in between.
  const gap = c.lastStep < 0 ? 0 : step - c.lastStep;
  for (let k = 0; k < DECAYS.length; k++) {
    const d = DECAYS[k] as number;
    const f = gap === 1 ? d : d ** gap;
    c.ewWins[k] = (c.ewWins[k] ?? 0) * f + (correct ? 1 : 0);
    c.ewAll[k] = (c.ewAll[k] ?? 0) * f + 1;
  }
  if (c.attempts === 0) c.firstCorrect = correct;
  if (!correct && c.firstWrong < 0) c.firstWrong = c.attempts;
  c.attempts++;
  if (correct) c.wins++;
  c.lastStep = step;
  c.lastCorrect = correct;
  c.streak = correct ? c.streak + 1 : 0;
  c.misses = correct ? 0 : c.misses + 1;
  c.recent = ((c.recent << 1) | (correct ? 1 : 0)) & 7;
}

/** Names of the features, in vector order (the fit script prints them; the trees index them). */
export const FEATURE_NAMES: readonly string[] = [
  'answers',
  'right answers',
  'log-odds right',
  ...PRIORS.map((a) => `own mean, prior ${a}`),
  ...DECAYS.map((d) => `recent right ${d}`),
  'last right',
  'right in a row',
  'wrong in a row',
  'last 3 pattern',
  'concepts met',
  'first sight right',
  'previous concept last right',
  'concept: answers',
  'concept: right answers',
  ...PRIORS.map((a) => `concept: mean, prior ${a}`),
  ...DECAYS.map((d) => `concept: recent right ${d}`),
  ...DECAYS.map((d) => `concept: recent weight ${d}`),
  'concept: last right',
  'concept: right in a row',
  'concept: wrong in a row',
  'concept: last 3 pattern',
  'concept: answers since last',
  'concept: just answered, right',
  'concept: just answered, wrong',
  'concept: first right',
  'concept: answers since first wrong',
  'concept: log-odds above own',
];

/** Length of the feature vector. */
export const FEATURE_COUNT = FEATURE_NAMES.length;

/** Smoothed log-odds of `wins` out of `n`. */
const logOdds = (wins: number, n: number) => Math.log((wins + 1) / (n - wins + 1));
const logit = (p: number) => Math.log(p / (1 - p));
const ewRate = (c: Counter, k: number) => (c.ewWins[k] ?? 0) / (c.ewAll[k] || 1) - 0.5;
const sign = (b: boolean) => (b ? 1 : -1);
/** Scratch for the learner's own means (features() is called per concept, often). */
const ownMeans = new Float64Array(PRIORS.length);

export class LearnerState {
  private step = 0;
  private total = newCounter();
  private concepts = new Map<string, Counter>();
  /** First answers on each concept: how much this learner tends to know before practising. */
  private firstTries = 0;
  private firstWins = 0;
  private lastConcept = '';

  /** How many answers this learner has given. */
  get answers(): number {
    return this.step;
  }

  /**
   * Features for this learner's next answer on `concept`, before it is seen (FEATURE_NAMES says
   * what each is). Which question will be asked is left out on purpose: mastery is about a
   * question on the concept not met yet (and per-question counts fitted on the logs hurt the
   * language log badly).
   */
  features(concept: string, out: Float64Array = new Float64Array(FEATURE_COUNT)): Float64Array {
    const t = this.total;
    const s = this.concepts.get(concept);
    let slot = 0;
    // The learner overall.
    out[slot++] = Math.log1p(t.attempts);
    out[slot++] = Math.log1p(t.wins);
    out[slot++] = t.attempts ? logOdds(t.wins, t.attempts) : 0;
    // Their own mean with a prior, which later also is the prior of a concept's mean.
    const own = ownMeans;
    for (let k = 0; k < PRIORS.length; k++) {
      const a = PRIORS[k] as number;
      own[k] = (t.wins + a * PRIOR_RATE) / (t.attempts + a);
      out[slot++] = logit(own[k] as number);
    }
    for (let k = 0; k < DECAYS.length; k++) out[slot++] = t.attempts ? ewRate(t, k) : 0;
    out[slot++] = t.attempts ? sign(t.lastCorrect) : 0;
    out[slot++] = Math.log1p(t.streak);
    out[slot++] = Math.log1p(t.misses);
    out[slot++] = Math.min(3, t.attempts) * 8 + t.recent;
    out[slot++] = Math.log1p(this.concepts.size);
    const firstRate = (this.firstWins + 2 * (own[0] ?? PRIOR_RATE)) / (this.firstTries + 2);
    out[slot++] = logit(firstRate);
    const previous = this.lastConcept !== concept ? this.concepts.get(this.lastConcept) : undefined;
    out[slot++] = previous ? sign(previous.lastCorrect) : 0;
    // This concept.
    const n = s?.attempts ?? 0;
    const w = s?.wins ?? 0;
    out[slot++] = Math.log1p(n);
    out[slot++] = Math.log1p(w);
    for (let k = 0; k < PRIORS.length; k++) {
      const a = PRIORS[k] as number;
      out[slot++] = logit((w + a * (own[k] ?? PRIOR_RATE)) / (n + a));
    }
    for (let k = 0; k < DECAYS.length; k++) out[slot++] = s ? ewRate(s, k) : 0;
    for (let k = 0; k < DECAYS.length; k++) out[slot++] = s ? Math.log1p(s.ewAll[k] ?? 0) : 0;
    out[slot++] = s ? sign(s.lastCorrect) : 0;
    out[slot++] = s ? Math.log1p(s.streak) : 0;
    out[slot++] = s ? Math.log1p(s.misses) : 0;
    out[slot++] = s ? Math.min(3, s.attempts) * 8 + s.recent : 0;
    out[slot++] = s ? Math.log1p(this.step - s.lastStep) : 0;
    const justHere = s !== undefined && s.lastStep === this.step - 1;
    out[slot++] = justHere && s.lastCorrect ? 1 : 0;
    out[slot++] = justHere && !s.lastCorrect ? 1 : 0;
    out[slot++] = s ? sign(s.firstCorrect) : 0;
    out[slot++] = s && s.firstWrong >= 0 ? Math.log1p(s.attempts - s.firstWrong) : 0;
    out[slot++] = s ? logOdds(w, n) - logOdds(t.wins, t.attempts) : 0;
    return out;
  }

  /** Records one answer (a right answer after a hint counts as not known unaided). */
  observe(concept: string, correct: boolean): void {
    let c = this.concepts.get(concept);
    if (!c) {
      c = newCounter();
      this.concepts.set(concept, c);
      this.firstTries++;
      if (correct) this.firstWins++;
    }
    bump(this.total, correct, this.step);
    bump(c, correct, this.step);
    this.lastConcept = concept;
    this.step++;
  }
}
