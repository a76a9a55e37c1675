import type { PrereqGraph } from '@/lib/graph/prereq-graph';
import {
  HOLE_CONFIDENCE,
  type HoleDiagnosis,
  knownAfterDiagnosis,
  likeliestHole,
  startHoleDiagnosis,
} from '@/lib/mastery/hole-diagnosis';
import { mapBelief } from '@/lib/mastery/map-belief';
import type { MasteryLookup } from '@/lib/mastery/mastery-lookup';
import { guessChance } from '@/lib/quiz/guess-chance';
import { diagnosticQuestion } from '@/lib/quiz/select-next-question';
import type { Question, QuizSession } from '@/lib/quiz/types';
import type { Settings } from '@/lib/settings';
import type { GapRecord } from '@/lib/types';
import type { BackgroundDeps } from './deps';
import { loadPageBundle, questionPool } from './page-bundle';

/** What a concluded search changes in the gaps behind the failure. */
export interface DiagnosisOutcome {
  /** The hole found, as a gap behind the failed concept. */
  add: GapRecord[];
  /** Suspected gaps behind the failure that the answers cleared. */
  clear: { conceptKey: string; behind: string }[];
}

const NOTHING: DiagnosisOutcome = { add: [], clear: [] };

/**
 * Moves the search for a hole along after an answer (already pushed on `session.answered`): a
 * wrong answer with no search running (and none done on the same concept) starts one over the failed concept's unmastered
 * prerequisites that the page can ask about (their questions join the quiz); an answer on a
 * candidate of a running search is evidence for it. When the next question would tell nothing
 * more, the search concludes: the likeliest hole becomes a gap behind the failure, the suspects
 * the answers cleared stop being gaps, and the questions taken on only for the search go again.
 * `m` is mastery before the answer; `pool` gives the page's questions when a search starts.
 */
export async function followDiagnosis(
  deps: BackgroundDeps,
  graph: PrereqGraph,
  m: MasteryLookup,
  session: QuizSession,
  question: Question,
  correct: boolean,
  settings: Settings,
  now: number,
): Promise<DiagnosisOutcome> {
  if (session.mode === 'test-out') return NOTHING;
  const running = session.diagnosis?.found === undefined ? session.diagnosis : undefined;
  if (running?.candidates.includes(question.conceptKey)) {
    running.asked.push({ conceptKey: question.conceptKey, correct, guess: guessChance(question) });
  } else if (!correct && !running && session.diagnosis?.failed !== question.conceptKey) {
    const started = await startOn(deps, graph, m, session, question.conceptKey, settings);
    if (!started) return NOTHING;
  } else return NOTHING;
  const d = session.diagnosis as HoleDiagnosis;
  if (diagnosticQuestion(session)) return NOTHING;
  return conclude(session, d, now);
}

async function startOn(
  deps: BackgroundDeps,
  graph: PrereqGraph,
  m: MasteryLookup,
  session: QuizSession,
  failed: string,
  settings: Settings,
): Promise<boolean> {
  const bundle = await loadPageBundle(deps.db, session.pageUrl);
  const pool = bundle ? questionPool(bundle, settings) : [];
  const askable = new Set([...pool, ...session.questions].map((q) => q.conceptKey));
  const d = startHoleDiagnosis(
    graph,
    failed,
    (k) => askable.has(k),
    (k) => m.mastered(k),
    // The quiz's answers on the candidates are counted as evidence below, so the learner model's
    // prediction (which has seen them) only leans the prior halfway.
    (k) => 0.5 + (mapBelief(graph, m, k) - 0.5) * (m.record(k)?.attempts ? 0.5 : 1),
  );
  if (!d) return false;
  const byId = new Map(session.questions.map((q) => [q.id, q]));
  const candidates = new Set(d.candidates);
  d.earlier = session.answered.slice(0, -1).flatMap((a) => {
    const q = byId.get(a.questionId);
    return q && candidates.has(q.conceptKey)
      ? [{ conceptKey: q.conceptKey, correct: a.correct, guess: guessChance(q) }]
      : [];
  });
  const have = new Set(session.questions.map((q) => q.id));
  const wanted = new Set(d.candidates);
  const added = pool.filter((q) => wanted.has(q.conceptKey) && !have.has(q.id));
  session.questions.push(...added);
  d.addedQuestionIds = added.map((q) => q.id);
  session.diagnosis = d;
  return true;
}

function conclude(session: QuizSession, d: HoleDiagnosis, now: number): DiagnosisOutcome {
  const hole = likeliestHole(d);
  d.found = hole.key;
  const known = knownAfterDiagnosis(d);
  const cleared = d.candidates.filter(
    (k) => k !== hole.key && k !== d.failed && (known.get(k) ?? 0) >= HOLE_CONFIDENCE,
  );
  // Questions taken on for the search leave again unless they ask about the hole itself.
  const extra = new Set(d.addedQuestionIds ?? []);
  const answered = new Set(session.answered.map((a) => a.questionId));
  session.questions = session.questions.filter(
    (q) => !extra.has(q.id) || q.conceptKey === hole.key || answered.has(q.id),
  );
  const add: GapRecord[] =
    hole.key === d.failed || hole.probability < 0.5
      ? []
      : [{ conceptKey: hole.key, behind: d.failed, pageUrl: session.pageUrl, createdAt: now }];
  return { add, clear: cleared.map((k) => ({ conceptKey: k, behind: d.failed })) };
}
