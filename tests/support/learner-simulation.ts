import { createHandlers } from '@/lib/background/create-handlers';
import { storeEdges } from '@/lib/db/edge-store';
import {
  HOLE_CONFIDENCE,
  type HoleDiagnosis,
  likeliestHole,
  nextDiagnosticConcept,
} from '@/lib/mastery/hole-diagnosis';
import { type QuizView, RungFailure } from '@/lib/protocol';
import { seededRandom } from '@/lib/random';
import type { PrereqEdge } from '@/lib/types';
import { makeDeps, ok, storedQuiz } from '@/tests/support/background-harness';
import { PER_PAGE, simPage, simPageUrl, simWords } from '@/tests/support/sim-pages';

// Learners with known hidden knowledge over a 200-concept map, through the live quiz code: the
// background handlers over fake-indexeddb read the pages, start quizzes, grade answers, name gaps,
// search for holes and gate Advance. Answers come from the hidden knowledge with slips and guesses,
// and feedback sometimes teaches. Used by tests/lib/background/learner-simulation.test.ts (a few
// learners) and `npm run bench -- learners` (more).

const PAGES = 25;
const CONCEPTS = PAGES * PER_PAGE;
const SLIP = 0.08;
/** Chance that the feedback on an answer teaches a concept whose prerequisites the learner knows. */
const LEARN = 0.25;
/**
 * The map: a concept rests on one or two earlier concepts of its page; a page's first concept
 * sometimes rests on one of the page before (chapters build on each other, loosely).
 */
function map(random: () => number): number[][] {
  return Array.from({ length: CONCEPTS }, (_, i) => {
    const j = i % PER_PAGE;
    if (j === 0) return i > 0 && random() < 0.5 ? [i - 1 - Math.floor(random() * PER_PAGE)] : [];
    const pick = () => i - 1 - Math.floor(random() * j);
    return [...new Set([pick(), ...(random() < 0.5 ? [pick()] : [])])];
  });
}

/** Knows everything below a frontier except a hole and what rests on it. */
function learner(pre: number[][], frontier: number, hole: number): boolean[] {
  const knows: boolean[] = [];
  for (let i = 0; i < CONCEPTS; i++) knows.push(i < frontier && i !== hole && pre[i]!.every((p) => knows[p]));
  return knows;
}

interface Search {
  d: HoleDiagnosis;
  /** Roots of what the learner does not know among the candidates: a right answer to the search. */
  truth: Set<string>;
}

/** The holes among a search's candidates: unknown, with every candidate under them known. */
function holesOf(d: HoleDiagnosis, known: (key: string) => boolean): Set<string> {
  const roots = d.candidates.filter(
    (k, q) => !known(k) && d.rests[q]!.every((h) => h === q || known(d.candidates[h]!)),
  );
  // Nothing under the failure is missing (a slip, or a hole the page cannot ask about): the
  // failed concept itself is the thing to practise.
  return new Set(roots.length > 0 ? roots : [d.failed]);
}

/** A search replayed with the same noise: `pick` chooses the next candidate; questions until it stops and whether it was right. */
function replay(
  s: Search,
  known: (key: string) => boolean,
  random: () => number,
  pick: (d: HoleDiagnosis) => string | undefined,
): { questions: number; right: boolean } {
  const d: HoleDiagnosis = { ...s.d, asked: [], earlier: [], found: undefined };
  for (;;) {
    const key = pick(d);
    if (key === undefined) break;
    const correct = random() < (known(key) ? 1 - SLIP : 0.25);
    d.asked.push({ conceptKey: key, correct, guess: 0.25 });
  }
  return { questions: d.asked.length, right: s.truth.has(likeliestHole(d).key) };
}

const BUDGET = 20;
const sure = (d: HoleDiagnosis) =>
  likeliestHole(d).probability >= HOLE_CONFIDENCE || d.asked.length >= BUDGET;

export interface SimulationResult {
  answers: number;
  /** Concepts called mastered at the end, and how many of them the learner knew. */
  calls: number;
  rightCalls: number;
  /** Concepts of the pages studied that the learner knew, and how many of them were called. */
  knownSeen: number;
  knownCalled: number;
  /** Pages whose Advance gate opened, and how many of them the learner knew every required concept of. */
  advances: number;
  rightAdvances: number;
  /** Hole searches the live quiz concluded, how many named a real hole, and questions each. */
  searches: number;
  liveRight: number;
  liveQuestions: number;
  /** The same searches replayed with the same noise: adaptive choice against a random order. */
  adaptive: { questions: number; right: number };
  random: { questions: number; right: number };
}

export async function simulateLearners(learners: number, seed: number): Promise<SimulationResult> {
  const random = seededRandom(seed);
  const labels = simWords(random, CONCEPTS);
  const pre = map(random);
  const keyOf = (i: number) => `term:en:${labels[i]}`;
  const indexOf = new Map(labels.map((l, i) => [`term:en:${l}`, i]));
  let calls = 0;
  let rightCalls = 0;
  let knownSeen = 0;
  let knownCalled = 0;
  let answers = 0;
  let advances = 0;
  let rightAdvances = 0;
  const searches: { s: Search; known: (k: string) => boolean; live: number }[] = [];

  for (let l = 0; l < learners; l++) {
    const deps = makeDeps();
    const h = createHandlers(deps);
    const study = 3 + Math.floor(random() * (PAGES - 6));
    // The learner reads the two chapters studied; the map holds all 200 concepts.
    for (const p of [study - 1, study])
      await h['page/read'](
        { url: simPageUrl(p), result: simPage(p, labels.slice(p * PER_PAGE, (p + 1) * PER_PAGE), PAGES) },
        {},
      );
    // The map is the simulation's, not what inference guessed from the made-up pages.
    const edges: PrereqEdge[] = pre.flatMap((ps, i) =>
      ps.map((p) => ({
        from: keyOf(p),
        to: keyOf(i),
        confidence: 0.9,
        evidence: [{ source: 'structure', detail: 'simulation' }],
      })),
    );
    await storeEdges(deps.db, edges, { remove: await deps.db.edges.toArray() });

    // Half the learners have a hole in the chapters studied, half an old one somewhere earlier.
    const frontier = study * PER_PAGE + 3 + Math.floor(random() * 6);
    const hole =
      l % 2 === 0
        ? (study - 1) * PER_PAGE + Math.floor(random() * (PER_PAGE + 3))
        : Math.floor(random() * (study - 1) * PER_PAGE);
    const knows = learner(pre, frontier, hole);
    const known = (k: string) => knows[indexOf.get(k) ?? -1] === true;
    for (const p of [study - 1, study]) {
      for (let quiz = 0; quiz < 3; quiz++) {
        let view: QuizView = ok(await h['quiz/start']({ url: simPageUrl(p), fresh: true }, {}));
        let seenSearch = '';
        let beforeSearch = [...knows];
        while (view.question && view.answered < 40) {
          const running = (await storedQuiz(deps, view.quizId)).diagnosis;
          if (!running || running.found !== undefined) beforeSearch = [...knows];
          const stored = await storedQuiz(deps, view.quizId);
          const q = stored.questions.find((x) => x.id === view.question!.id)!;
          const guess = q.choices && q.choices.length > 1 ? 1 / q.choices.length : 0.02;
          const correct = random() < (known(q.conceptKey) ? 1 - SLIP : guess);
          const answer = correct ? q.answer : (q.choices?.find((c) => c !== q.answer) ?? 'no idea');
          deps.clock.now += 25_000;
          const reply = ok(
            await h['quiz/answer'](
              { quizId: view.quizId, questionId: q.id, answer, attemptId: `a${++answers}` },
              {},
            ),
          );
          view = reply.next;
          // Feedback teaches: a concept whose prerequisites are in place is sometimes learnt from it.
          const i = indexOf.get(q.conceptKey) ?? -1;
          if (!knows[i] && pre[i]!.every((p) => knows[p]) && random() < LEARN) knows[i] = true;
          const d = (await storedQuiz(deps, view.quizId)).diagnosis;
          if (
            d?.found !== undefined &&
            seenSearch !== `${d.failed}:${d.candidates.length}:${d.found}:${d.asked.length}`
          ) {
            seenSearch = `${d.failed}:${d.candidates.length}:${d.found}:${d.asked.length}`;
            // What the learner knew when the failure started the search (they learn as they go).
            const then = beforeSearch;
            const knewThen = (k: string) => then[indexOf.get(k) ?? -1] === true;
            searches.push({ s: { d, truth: holesOf(d, knewThen) }, known: knewThen, live: d.asked.length });
          }
        }
      }
    }
    const statuses = new Map<string, string>();
    for (const p of [study - 1, study]) {
      const state = await h['page/state']({ url: simPageUrl(p) }, {});
      for (const c of state.concepts) statuses.set(c.key, c.status);
      // The Advance gate: open only when the learner knows what the page requires.
      // A closed gate refuses with a RungFailure (the one failure shape); an open one answers ok.
      const advance = await h['page/advance']({ url: simPageUrl(p) }, {}).catch((error: unknown) => {
        if (error instanceof RungFailure) return { ok: false };
        throw error;
      });
      if (advance.ok) {
        advances++;
        if (state.required.every(known)) rightAdvances++;
      }
    }
    for (const [key, status] of statuses) {
      if (known(key)) knownSeen++;
      if (status !== 'mastered') continue;
      calls++;
      if (known(key)) {
        rightCalls++;
        knownCalled++;
      }
    }
  }

  // The same searches replayed with the same noise: the adaptive choice against a random order.
  const noise = seededRandom(7);
  let adaptive = { questions: 0, right: 0 };
  let shuffled = { questions: 0, right: 0 };
  let liveRight = 0;
  let liveQuestions = 0;
  for (const { s, known, live } of searches) {
    if (s.truth.has(s.d.found ?? '')) liveRight++;
    liveQuestions += live;
    const a = replay(s, known, noise, (d) =>
      sure(d) ? undefined : nextDiagnosticConcept(d, () => 0.25, BUDGET),
    );
    const r = replay(s, known, noise, (d) =>
      sure(d) ? undefined : d.candidates[Math.floor(noise() * d.candidates.length)],
    );
    adaptive = { questions: adaptive.questions + a.questions, right: adaptive.right + (a.right ? 1 : 0) };
    shuffled = { questions: shuffled.questions + r.questions, right: shuffled.right + (r.right ? 1 : 0) };
  }
  const n = searches.length;
  return {
    answers,
    calls,
    rightCalls,
    knownSeen,
    knownCalled,
    advances,
    rightAdvances,
    searches: n,
    liveRight,
    liveQuestions: liveQuestions / n,
    adaptive: { questions: adaptive.questions / n, right: adaptive.right },
    random: { questions: shuffled.questions / n, right: shuffled.right },
  };
}
