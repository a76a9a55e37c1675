import { FeatureList as Features } from '@/lib/mastery/kt/learner-history';

/**
 * One learner's running history, as the learner model sees it: counts, recency-weighted success
 * and recent outcomes, on each concept and over all of this learner's answers, and this learner's
 * own Elo ratings (an ability, an offset per concept, how surprising the answers were). Nothing
 * here knows any other learner, any item's or concept's population difficulty, or the clock: time
 * is counted in this learner's answers (the public logs the weights are fitted on have no usable
 * times; the clock's part, forgetting between sessions, is the memory model's job).
 */

/** Decay per answer of the recency-weighted success rates (short, medium, long windows). */
const DECAYS = [0.5, 0.8, 0.95] as const;

/**
 * Per-learner Elo ratings, two speeds: an ability over all answers and an offset per concept, both
 * moved by the surprise of each answer, with steps that shrink as answers accumulate. A rating is
 * the learner's own (nothing about other learners); it weighs a right answer by how unexpected it
 * was, which counts cannot.
 */
const ELO = [
  { ability: 0.4, concept: 0.4, shrink: 0.05 },
  { ability: 0.2, concept: 0.8, shrink: 0.1 },
] as const;

interface Counter {
  attempts: number;
  wins: number;
  /** Answer number (this learner's) of the last attempt, -1 before any. */
  lastStep: number;
  lastCorrect: boolean;
  /** Right answers in a row, ending with the last one. */
  streak: number;
  /** Last outcomes as bits, most recent lowest (`attempts` says how many are valid). */
  recent: number;
  ewWins: number[];
  ewAll: number[];
  /** This learner's Elo offset on the concept, one per rating speed (see ELO). */
  elo: number[];
  /** Recency-weighted surprise on the concept: outcome minus what ability alone expected. */
  ewSurprise: number;
}

function newCounter(): Counter {
  return {
    attempts: 0,
    wins: 0,
    lastStep: -1,
    lastCorrect: false,
    streak: 0,
    recent: 0,
    ewWins: DECAYS.map(() => 0),
    ewAll: DECAYS.map(() => 0),
    elo: ELO.map(() => 0),
    ewSurprise: 0,
  };
}

function bump(c: Counter, correct: boolean, step: number): void {
  // Decay by the answers elapsed since this counter last moved, so a concept's windows count the
  // learner's answers on other concepts in between.
  const gap = c.lastStep < 0 ? 0 : step - c.lastStep;
  for (let k = 0; k < DECAYS.length; k++) {
    const f = (DECAYS[k] as number) ** gap;
    c.ewWins[k] = (c.ewWins[k] ?? 0) * f + (correct ? 1 : 0);
    c.ewAll[k] = (c.ewAll[k] ?? 0) * f + 1;
  }
  c.attempts++;
  if (correct) c.wins++;
  c.lastStep = step;
  c.lastCorrect = correct;
  c.streak = correct ? c.streak + 1 : 0;
  c.recent = ((c.recent << 1) | (correct ? 1 : 0)) & 7;
}

// One sparse feature vector for the product model and the research model (keys index the weights).
export { Features };

/** Keys of the one-hot groups (dense features use 0..DENSE-1). */
const DENSE = 40;
const GRID = DENSE; // 8 count buckets x 5 rate buckets
const PATTERN_CONCEPT = GRID + 40; // 4 lengths x 8 bit patterns
const PATTERN_ALL = PATTERN_CONCEPT + 32;
const STREAK = PATTERN_ALL + 32; // 0..7+
/** Number of weights the model has. */
export const FEATURE_COUNT = STREAK + 8;

const countBucket = (n: number) =>
  n === 0 ? 0 : n < 2 ? 1 : n < 3 ? 2 : n < 5 ? 3 : n < 8 ? 4 : n < 14 ? 5 : n < 25 ? 6 : 7;
const pattern = (c: Counter | undefined) => (c ? Math.min(3, c.attempts) * 8 + c.recent : 0);
/** Smoothed log-odds of `wins` out of `n`. */
const logOdds = (wins: number, n: number) => Math.log((wins + 1) / (n - wins + 1));
const ewRate = (c: Counter, k: number) => (c.ewWins[k] ?? 0) / (c.ewAll[k] || 1) - 0.5;

export class LearnerState {
  private step = 0;
  private total = newCounter();
  private concepts = new Map<string, Counter>();
  /** First answers on each concept: how much this learner tends to know before practising. */
  private firstTries = 0;
  private firstWins = 0;
  /** Elo ability per rating speed (its step shrinks with `step`, the answers so far). */
  private ability = ELO.map(() => 0);
  /** Recency-weighted surprise over all answers. */
  private ewSurprise = 0;

  /** How many answers this learner has given. */
  get answers(): number {
    return this.step;
  }

  /**
   * Features for this learner's next answer on `concept`, before it is seen. Which question will
   * be asked is left out on purpose: mastery is about a question on the concept not met yet (and
   * per-question counts fitted on the logs hurt the language log badly).
   */
  features(concept: string, out: Features = new Features()): Features {
    out.clear();
    const t = this.total;
    const s = this.concepts.get(concept);
    let slot = 0;
    const dense = (v: number) => out.add(slot++, v);
    dense(1);
    dense(Math.log1p(t.attempts));
    dense(Math.log1p(t.wins));
    dense(t.attempts ? logOdds(t.wins, t.attempts) : 0);
    dense(s ? Math.log1p(s.attempts) : 0);
    dense(s ? Math.log1p(s.wins) : 0);
    dense(s ? logOdds(s.wins, s.attempts) : 0);
    dense(s ? 0 : 1);
    for (let k = 0; k < DECAYS.length; k++) {
      dense(t.attempts ? ewRate(t, k) : 0);
      dense(s ? ewRate(s, k) : 0);
    }
    dense(t.attempts ? (t.lastCorrect ? 1 : -1) : 0);
    dense(s ? (s.lastCorrect ? 1 : -1) : 0);
    dense(s && s.lastStep === this.step - 1 ? 1 : 0);
    dense(s ? Math.log1p(this.step - s.lastStep) : 0);
    dense(s && s.attempts === s.wins ? 1 : 0);
    dense(s && s.wins === 0 ? 1 : 0);
    dense(this.firstTries ? logOdds(this.firstWins, this.firstTries) : 0);
    dense(Math.log1p(this.concepts.size));
    dense(s ? Math.log1p(s.streak) : 0);
    dense(Math.log1p(t.streak));
    for (let k = 0; k < ELO.length; k++) {
      dense(this.ability[k] ?? 0);
      dense(s?.elo[k] ?? 0);
    }
    dense(s ? s.ewSurprise : 0);
    dense(this.ewSurprise);
    const rateBucket = s ? Math.min(4, Math.floor((s.wins / s.attempts) * 5)) : 0;
    out.add(GRID + countBucket(s?.attempts ?? 0) * 5 + rateBucket, 1);
    out.add(PATTERN_CONCEPT + pattern(s), 1);
    out.add(PATTERN_ALL + pattern(t), 1);
    out.add(STREAK + Math.min(7, s?.streak ?? 0), 1);
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
    const y = correct ? 1 : 0;
    // Surprise against ability alone, before this answer moves it.
    const surprise = y - 1 / (1 + Math.exp(-(this.ability[0] ?? 0)));
    c.ewSurprise = 0.7 * c.ewSurprise + surprise;
    this.ewSurprise = 0.8 * this.ewSurprise + surprise;
    for (let r = 0; r < ELO.length; r++) {
      const e = ELO[r] as (typeof ELO)[number];
      const theta = this.ability[r] ?? 0;
      const offset = c.elo[r] ?? 0;
      const error = y - 1 / (1 + Math.exp(-(theta + offset)));
      this.ability[r] = theta + (e.ability / (1 + e.shrink * this.step)) * error;
      c.elo[r] = offset + (e.concept / (1 + e.shrink * c.attempts)) * error;
    }
    bump(this.total, correct, this.step);
    bump(c, correct, this.step);
    this.step++;
  }
}
