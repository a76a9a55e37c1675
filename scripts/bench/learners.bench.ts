// Simulated learners through the live quiz code (tests/support/learner-simulation.ts): more of them
// than the unit test runs. Learners with known hidden knowledge over a 200-concept map (slips,
// guesses, learning from feedback) read two chapters and take quizzes through the background
// handlers over fake-indexeddb; how often "mastered" and Advance were right, and how the hole
// searches went against a random order of questions.
import { simulateLearners } from '@/tests/support/learner-simulation';

const LEARNERS = 16;

export async function run(): Promise<void> {
  const t0 = performance.now();
  const r = await simulateLearners(LEARNERS, 2027);
  const seconds = (performance.now() - t0) / 1000;
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
  process.stdout.write(
    `${LEARNERS} learners, ${r.answers} answers, ${seconds.toFixed(1)} s\n` +
      `mastery calls right: ${r.rightCalls} of ${r.calls} (${pct(r.rightCalls, r.calls)}); known concepts called: ${r.knownCalled} of ${r.knownSeen}\n` +
      `Advance opened: ${r.advances}, with every required concept known: ${r.rightAdvances}\n` +
      `hole searches in the live quiz: ${r.searches}, found the real hole: ${r.liveRight} (${pct(r.liveRight, r.searches)}), ${r.liveQuestions.toFixed(2)} questions each\n` +
      `same searches replayed, same noise: adaptive ${r.adaptive.questions.toFixed(2)} questions (${pct(r.adaptive.right, r.searches)} right), ` +
      `random order ${r.random.questions.toFixed(2)} questions (${pct(r.random.right, r.searches)} right)\n`,
  );
}
