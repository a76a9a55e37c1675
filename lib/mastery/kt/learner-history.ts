/**
 * One learner's running history, turned into the features of a logistic knowledge-tracing model
 * in the Best-LR / DAS3H family (Gervet et al. 2020; Choffin et al. 2019): item and skill
 * difficulty, log-scaled counts of earlier attempts and successes per skill, per item and in
 * total (with per-skill learning rates as in PFA), recency-weighted success rates in several
 * windows (row order stands in for time when a log has no timestamps), and the last outcomes.
 *
 * Updating after an answer touches three small records, so it costs microseconds. This is
 * the population research model behind `kt-eval --model population`; the extension runs
 * lib/mastery/learner-model.ts instead.
 */

/** Feature keys: kind * KIND + id. Dense features use kind 0 with the slot as id. */
export const KIND = 1e9;
export enum FeatureKind {
  Dense = 0,
  Item = 1,
  Skill = 2,
  SkillAttempts = 3,
  SkillWins = 4,
  SkillRecent = 5,
  /** Grid of (attempts bucket, success-rate bucket) on the skill: the count/rate interaction. */
  SkillGrid = 6,
  /** Last three outcomes on the skill, and in total, as a pattern. */
  Pattern = 7,
}

const countBucket = (n: number) =>
  n === 0 ? 0 : n < 2 ? 1 : n < 3 ? 2 : n < 5 ? 3 : n < 8 ? 4 : n < 14 ? 5 : n < 25 ? 6 : 7;

/** Decay per step of the recency-weighted success rates (short, medium and long windows). */
const DECAYS = [0.5, 0.8, 0.95] as const;

interface Counter {
  attempts: number;
  wins: number;
  /** Step (this learner's answer number) of the last attempt. */
  lastStep: number;
  lastCorrect: boolean;
  /** Recency-weighted sums of successes and of attempts, one pair per decay. */
  ewWins: number[];
  ewAll: number[];
  /** Last outcomes as bits (most recent lowest), with `attempts` telling how many are valid. */
  recent: number;
}

function newCounter(): Counter {
  return {
    attempts: 0,
    wins: 0,
    lastStep: -1,
    lastCorrect: false,
    recent: 0,
    ewWins: DECAYS.map(() => 0),
    ewAll: DECAYS.map(() => 0),
  };
}

function bump(c: Counter, correct: boolean, step: number): void {
  // Decay by the steps elapsed since this counter last moved, so skill windows count the
  // learner's answers in between (interleaving), not only this skill's.
  const gap = c.lastStep < 0 ? 0 : step - c.lastStep;
  DECAYS.forEach((d, k) => {
    const f = d ** gap;
    c.ewWins[k] = (c.ewWins[k] ?? 0) * f + (correct ? 1 : 0);
    c.ewAll[k] = (c.ewAll[k] ?? 0) * f + 1;
  });
  c.attempts++;
  if (correct) c.wins++;
  c.lastStep = step;
  c.lastCorrect = correct;
  c.recent = ((c.recent << 1) | (correct ? 1 : 0)) & 7;
}

function counterOf(map: Map<number, Counter>, id: number): Counter {
  const found = map.get(id);
  if (found) return found;
  const c = newCounter();
  map.set(id, c);
  return c;
}

/** Pattern id of the last (up to) three outcomes: length and bits. */
const pattern = (c: Counter | undefined) => (c ? Math.min(3, c.attempts) * 8 + c.recent : 0);

export class FeatureList {
  keys: number[] = [];
  values: number[] = [];
  clear(): void {
    this.keys.length = 0;
    this.values.length = 0;
  }
  add(key: number, value: number): void {
    if (value !== 0) {
      this.keys.push(key);
      this.values.push(value);
    }
  }
}

const logit = (w: number, a: number) => Math.log((w + 1) / (a - w + 1));

export class LearnerHistory {
  private step = 0;
  private total = newCounter();
  private skills = new Map<number, Counter>();
  private items = new Map<number, Counter>();
  private lastItem = -1;
  /** Sums of (outcome - population expectation): this learner's ability above the population. */
  private residual = 0;
  private ewResidual = 0;
  private ewResidualWeight = 0;
  private skillResidual = new Map<number, number>();

  /** Features for the next answer on `item` (of skill set `skill`), before it is seen. */
  features(item: number, skill: number, out: FeatureList, expected?: number): FeatureList {
    out.clear();
    const t = this.total;
    const s = this.skills.get(skill);
    const i = this.items.get(item);
    let slot = 0;
    const dense = (v: number) => out.add(FeatureKind.Dense * KIND + slot++, v);
    dense(1);
    dense(Math.log1p(t.attempts));
    dense(Math.log1p(t.wins));
    dense(t.attempts ? logit(t.wins, t.attempts) : 0);
    dense(s ? Math.log1p(s.attempts) : 0);
    dense(s ? Math.log1p(s.wins) : 0);
    dense(s ? logit(s.wins, s.attempts) : 0);
    dense(i ? Math.log1p(i.attempts) : 0);
    dense(i ? Math.log1p(i.wins) : 0);
    dense(i ? logit(i.wins, i.attempts) : 0);
    dense(i ? 0 : 1);
    for (let k = 0; k < DECAYS.length; k++) {
      dense(t.attempts ? (t.ewWins[k] ?? 0) / (t.ewAll[k] || 1) - 0.5 : 0);
      dense(s ? (s.ewWins[k] ?? 0) / (s.ewAll[k] || 1) - 0.5 : 0);
    }
    dense(t.attempts ? (t.lastCorrect ? 1 : -1) : 0);
    dense(s ? (s.lastCorrect ? 1 : -1) : 0);
    dense(i ? (i.lastCorrect ? 1 : -1) : 0);
    const repeat = this.lastItem === item;
    dense(repeat ? 1 : 0);
    dense(repeat && t.lastCorrect ? 1 : 0);
    dense(s ? Math.log1p(this.step - s.lastStep) : 0);
    dense(i ? Math.log1p(this.step - i.lastStep) : 0);
    dense(s && s.attempts === s.wins ? 1 : 0);
    dense(s && s.wins === 0 ? 1 : 0);
    const rateBucket = s ? Math.min(4, Math.floor((s.wins / s.attempts) * 5)) : 0;
    out.add(FeatureKind.SkillGrid * KIND + countBucket(s?.attempts ?? 0) * 5 + rateBucket, 1);
    out.add(FeatureKind.Pattern * KIND + pattern(s), 1);
    out.add(FeatureKind.Pattern * KIND + 100 + pattern(t), 1);
    // Ability above the population: residuals against the item's population success rate, in
    // total, recency-weighted and on this skill (an online IRT-style ability estimate).
    if (expected !== undefined) {
      const p = Math.min(0.99, Math.max(0.01, expected));
      dense(Math.log(p / (1 - p)));
      dense(t.attempts ? this.residual / Math.sqrt(t.attempts) : 0);
      dense(this.ewResidualWeight ? this.ewResidual / this.ewResidualWeight : 0);
      dense(s ? (this.skillResidual.get(skill) ?? 0) / Math.sqrt(s.attempts) : 0);
    }
    out.add(FeatureKind.Item * KIND + item, 1);
    out.add(FeatureKind.Skill * KIND + skill, 1);
    out.add(FeatureKind.SkillAttempts * KIND + skill, s ? Math.log1p(s.attempts) : 0);
    out.add(FeatureKind.SkillWins * KIND + skill, s ? Math.log1p(s.wins) : 0);
    out.add(FeatureKind.SkillRecent * KIND + skill, s ? (s.ewWins[1] ?? 0) / (s.ewAll[1] || 1) - 0.5 : 0);
    return out;
  }

  /** Records the answer: the fast per-learner update. */
  observe(item: number, skill: number, correct: boolean, expected?: number): void {
    if (expected !== undefined) {
      const r = (correct ? 1 : 0) - expected;
      this.residual += r;
      this.ewResidual = this.ewResidual * 0.9 + r;
      this.ewResidualWeight = this.ewResidualWeight * 0.9 + 1;
      this.skillResidual.set(skill, (this.skillResidual.get(skill) ?? 0) + r);
    }
    bump(this.total, correct, this.step);
    bump(counterOf(this.skills, skill), correct, this.step);
    bump(counterOf(this.items, item), correct, this.step);
    this.lastItem = item;
    this.step++;
  }
}
