import { asStorageFullError, recordAttempt, StorageFullError } from '@/lib/db/record-attempt';
import { loadGraph, saveAdjustedEdges } from '@/lib/graph/edge-store';
import { gapsBehind } from '@/lib/graph/gaps-behind';
import { applyLearnerEvidence } from '@/lib/graph/learner-evidence';
import { prerequisitesOf } from '@/lib/graph/prerequisites-of';
import { deriveMastery, TEST_OUT_TYPE } from '@/lib/mastery/derive-mastery';
import { graphFromEdges } from '@/lib/mastery/prereq-graph';
import { testOut } from '@/lib/mastery/test-out';
import type { FeedbackReply, QuestionView, QuizView } from '@/lib/protocol';
import { gradeAnswer } from '@/lib/quiz/grade-answer';
import type { Question, QuizSession } from '@/lib/quiz/types';
import type { Attempt } from '@/lib/types';
import type { BackgroundDeps } from './deps';
import { judgeAnswer } from './llm-grade';
import { quizQuestions } from './llm-questions';
import { loadMastery, type MasteryLookup } from './mastery-view';
import { loadPageBundle, practicePage, questionPool, requiredKeys } from './page-bundle';

/** How many unmastered prerequisites a wrong answer marks as gaps (deepest first). */
const GAPS_PER_FAILURE = 3;

/** A quiz ends after this many answers even if the criterion is not met yet: the learner rests. */
export const MAX_ANSWERS_PER_QUIZ = 60;

function questionView(q: Question, label: string): QuestionView {
  return {
    id: q.id,
    conceptKey: q.conceptKey,
    conceptLabel: label,
    type: q.type,
    prompt: q.prompt,
    choices: q.choices,
  };
}

/**
 * Next question: the weakest unmastered concept, not the one just asked when another is left, and
 * for it the question asked least often so far.
 */
export function pickNext(session: QuizSession, m: MasteryLookup): Question | null {
  if (session.mode === 'test-out') {
    // The check asks each of its questions once, in order, whatever the answers.
    const done = new Set(session.answered.map((a) => a.questionId));
    return session.questions.find((q) => !done.has(q.id)) ?? null;
  }
  if (session.answered.length >= MAX_ANSWERS_PER_QUIZ) return null;
  // "Practise" always asks at least once, even on a concept that counts as mastered already.
  const practiseFirst = session.conceptKey !== undefined && session.answered.length === 0;
  const concepts = [...new Set(session.questions.map((q) => q.conceptKey))].filter(
    (k) => practiseFirst || !m.mastered(k),
  );
  if (concepts.length === 0) return null;
  const lastQ = session.answered.at(-1)?.questionId;
  const lastConcept = session.questions.find((q) => q.id === lastQ)?.conceptKey;
  const candidates = concepts.length > 1 ? concepts.filter((k) => k !== lastConcept) : concepts;
  const gapKeys = new Set(m.openGaps.map((g) => g.conceptKey));
  const weight = (k: string) => (gapKeys.has(k) ? -1 : 0) + (m.record(k)?.pCorrect ?? 0.5);
  const order = new Map(concepts.map((k, i) => [k, i]));
  candidates.sort((a, b) => weight(a) - weight(b) || order.get(a)! - order.get(b)!);
  const target = candidates[0]!;
  const asked = new Map<string, number>();
  for (const a of session.answered) asked.set(a.questionId, (asked.get(a.questionId) ?? 0) + 1);
  const forTarget = session.questions.filter((q) => q.conceptKey === target);
  forTarget.sort((a, b) => (asked.get(a.id) ?? 0) - (asked.get(b.id) ?? 0));
  // Never the same question twice in a row.
  return forTarget.find((q) => q.id !== lastQ) ?? forTarget[0] ?? null;
}

async function labelOf(deps: BackgroundDeps, key: string): Promise<string> {
  return (await deps.db.concepts.get(key))?.label ?? key;
}

function progressOf(session: QuizSession, m: MasteryLookup): number {
  const keys = [...new Set(session.questions.map((q) => q.conceptKey))];
  if (keys.length === 0) return 1;
  const share = keys.reduce((s, k) => s + (m.mastered(k) ? 1 : Math.min(0.9, m.record(k)?.pCorrect ?? 0)), 0);
  return share / keys.length;
}

export async function viewOf(
  deps: BackgroundDeps,
  session: QuizSession,
  m: MasteryLookup,
): Promise<QuizView> {
  const current = session.questions.find((q) => q.id === session.currentQuestionId);
  return {
    quizId: session.id,
    pageUrl: session.pageUrl,
    question:
      current && !session.finishedAt ? questionView(current, await labelOf(deps, current.conceptKey)) : null,
    answered: session.answered.length,
    progress: progressOf(session, m),
    finished: session.finishedAt !== undefined,
    mode: session.mode ?? 'practice',
    ...(session.mode === 'test-out' && session.finishedAt !== undefined
      ? {
          testOut: {
            passed: (session.testedOut ?? []).length > 0,
            mastered: (session.testedOut ?? []).length,
          },
        }
      : {}),
  };
}

/** Moves the session to its next question (or finishes it) and stores it. */
export async function advanceSession(
  deps: BackgroundDeps,
  session: QuizSession,
  m: MasteryLookup,
): Promise<void> {
  const next = pickNext(session, m);
  session.currentQuestionId = next?.id;
  session.updatedAt = deps.now();
  if (!next) session.finishedAt = deps.now();
  await deps.db.quizzes.put(session);
}

export async function startQuiz(
  deps: BackgroundDeps,
  url: string,
  conceptKey?: string,
  fresh = false,
  testOut = false,
): Promise<QuizView | { error: string }> {
  const settings = await deps.getSettings();
  let pageUrl = url;
  if (conceptKey) {
    // A quiz on one concept draws on a page it was read on: this one when it can be asked here.
    const found =
      (await practicePage(deps.db, conceptKey, settings, url)) ??
      (await deps.db.occurrences.where('conceptKey').equals(conceptKey).first())?.pageUrl;
    if (!found) return { error: 'Rung has not read a page with this concept yet.' };
    pageUrl = found;
  }
  if (!fresh && !testOut) {
    const open = await findOpenQuiz(deps, pageUrl, conceptKey);
    if (open) {
      const m = await loadMastery(
        deps.db,
        open.questions.map((q) => q.conceptKey),
        deps.now(),
        settings,
      );
      return viewOf(deps, open, m);
    }
  }
  const bundle = await loadPageBundle(deps.db, pageUrl);
  if (!bundle)
    return { error: 'Rung has not read this page yet. Reload it, or check that Rung is on for this site.' };
  const pool = questionPool(bundle, settings);
  const keys = conceptKey ? [conceptKey] : requiredKeys(bundle, pool);
  // With the LLM on, model-written questions join the offline ones (quiz-flow is unchanged when off).
  const { questions: all, notice } = testOut
    ? { questions: pool, notice: undefined }
    : await quizQuestions(deps, bundle, keys, pool);
  // A test-out check: one question per concept the page needs, mixed kinds as the pool has them.
  const questions = testOut
    ? keys.map((k) => all.find((q) => q.conceptKey === k)).filter((q): q is Question => q !== undefined)
    : all;
  if (questions.length === 0)
    return { error: 'No questions can be made from this page yet: too little text.' };
  const now = deps.now();
  const session: QuizSession = {
    id: deps.newId(),
    pageUrl,
    createdAt: now,
    updatedAt: now,
    questions,
    answered: [],
    conceptKey,
    ...(testOut ? { mode: 'test-out' as const } : {}),
  };
  const m = await loadMastery(deps.db, keys, now, settings);
  await advanceSession(deps, session, m);
  const view = await viewOf(deps, session, m);
  return notice ? { ...view, notice } : view;
}

/**
 * Scores a finished test-out check. Passed, each concept it vouches for (and the prerequisites
 * under them) gets a test-out attempt, so the mastery table stays derivable from attempts; the
 * attempt ids are fixed per quiz, so a resent last answer cannot add them twice.
 */
async function finishTestOut(
  db: BackgroundDeps['db'],
  session: QuizSession,
  now: number,
  settings: Awaited<ReturnType<BackgroundDeps['getSettings']>>,
): Promise<void> {
  const conceptOf = new Map(session.questions.map((q) => [q.id, q.conceptKey]));
  const results = session.answered.map((a) => ({
    conceptKey: conceptOf.get(a.questionId) ?? '',
    correct: a.correct,
  }));
  const keys = testOut(graphFromEdges(await db.edges.toArray()), results);
  for (const key of keys) {
    await recordAttempt(
      db,
      {
        id: `${session.id}:test-out:${key}`,
        conceptKey: key,
        pageUrl: session.pageUrl,
        questionId: 'test-out',
        questionType: TEST_OUT_TYPE,
        correct: true,
        answer: '',
        at: now,
      },
      (k, attempts) => deriveMastery(k, attempts, now, settings.criterion),
    );
  }
  session.testedOut = keys;
}

/**
 * The unmastered prerequisites behind a failure on `conceptKey`, deepest first, that the learner
 * can practise: a question can be asked on them on `pageUrl`, or on another page read before
 * (then `readOn` names it). A gap nobody can close would block Advance for good.
 */
async function holesBehind(
  deps: BackgroundDeps,
  pageUrl: string,
  conceptKey: string,
  settings: Awaited<ReturnType<BackgroundDeps['getSettings']>>,
): Promise<{ key: string; readOn?: string }[]> {
  const { db } = deps;
  const bundle = await loadPageBundle(db, pageUrl);
  const askable = new Set(bundle ? questionPool(bundle, settings).map((q) => q.conceptKey) : []);
  const { graph } = await loadGraph(db);
  const prereqKeys = prerequisitesOf(graph, conceptKey, { minConfidence: 0 }).map((h) => h.key);
  const known = await loadMastery(db, prereqKeys, deps.now(), settings);
  const holes: { key: string; readOn?: string }[] = [];
  const hits = gapsBehind(graph, conceptKey, (k) => known.mastered(k)).sort((a, b) => b.depth - a.depth);
  for (const hit of hits) {
    if (holes.length >= GAPS_PER_FAILURE) break;
    if (askable.has(hit.key)) holes.push({ key: hit.key });
    else {
      const readOn = await practicePage(db, hit.key, settings);
      if (readOn) holes.push({ key: hit.key, readOn });
    }
  }
  return holes;
}

async function findOpenQuiz(
  deps: BackgroundDeps,
  pageUrl: string,
  conceptKey?: string,
): Promise<QuizSession | null> {
  const sessions = await deps.db.quizzes.where('pageUrl').equals(pageUrl).toArray();
  const open = sessions
    .filter((s) => s.finishedAt === undefined && s.conceptKey === conceptKey)
    .sort((a, b) => b.updatedAt - a.updatedAt);
  return open[0] ?? null;
}

export async function currentQuiz(deps: BackgroundDeps, url: string): Promise<QuizView | null> {
  const open = await findOpenQuiz(deps, url);
  if (!open) return null;
  const settings = await deps.getSettings();
  const m = await loadMastery(
    deps.db,
    open.questions.map((q) => q.conceptKey),
    deps.now(),
    settings,
  );
  return viewOf(deps, open, m);
}

export interface AnswerInput {
  quizId: string;
  questionId: string;
  answer: string;
  attemptId: string;
  responseMs?: number;
}

/**
 * Grades and records one answer. The attempt, the derived mastery, the gap and the quiz's position
 * are written in one transaction before the reply: feedback is only shown for a stored answer, and
 * a resent answer (same attemptId, after the worker was killed) is recorded once.
 */
export async function answerQuestion(
  deps: BackgroundDeps,
  input: AnswerInput,
): Promise<FeedbackReply | { error: string }> {
  const { db } = deps;
  const settings = await deps.getSettings();
  const session = await db.quizzes.get(input.quizId);
  if (!session) return { error: 'This quiz is no longer available. Start a new one.' };
  const question = session.questions.find((q) => q.id === input.questionId);
  if (!question) return { error: 'This question is not part of the quiz.' };
  const offlineGrade = gradeAnswer(question, input.answer);
  // The holes a wrong answer would name, found before the transaction (which must not wait on
  // anything but IndexedDB): it only writes them if the answer stays wrong.
  const holes = offlineGrade.correct
    ? []
    : await holesBehind(deps, session.pageUrl, question.conceptKey, settings);
  // Asked before the transaction: IndexedDB transactions cannot wait on the network.
  const judged = await judgeAnswer(deps, question, input.answer, offlineGrade, session.pageUrl);
  const grade = { ...offlineGrade, correct: judged.correct };
  const now = deps.now();
  let duplicate = false;

  const written = db.transaction('rw', [db.attempts, db.mastery, db.quizzes, db.gaps, db.edges], async () => {
    const fresh = await db.quizzes.get(session.id);
    if (!fresh) throw new Error('The quiz vanished while answering.');
    Object.assign(session, fresh);
    const existing = await db.attempts.get(input.attemptId);
    if (existing) {
      duplicate = true;
      return;
    }
    const attempt: Attempt = {
      id: input.attemptId,
      conceptKey: question.conceptKey,
      pageUrl: session.pageUrl,
      questionId: question.id,
      questionType: question.type,
      correct: grade.correct,
      answer: input.answer,
      at: now,
      responseMs: input.responseMs,
      usedLlm: question.generatedBy === 'llm' || judged.usedLlm,
    };
    await recordAttempt(db, attempt, (key, attempts) =>
      deriveMastery(key, attempts, now, settings.criterion),
    );
    if (!session.answered.some((a) => a.attemptId === attempt.id)) {
      session.answered.push({
        questionId: question.id,
        attemptId: attempt.id,
        correct: grade.correct,
        answer: input.answer,
      });
    }
    // The map learns from the answer, and a wrong answer names the holes behind it.
    const { graph } = await loadGraph(db);
    const prereqKeys = prerequisitesOf(graph, question.conceptKey, { minConfidence: 0 }).map((h) => h.key);
    const prereqMastery = await loadMastery(db, prereqKeys, now, settings);
    const isMastered = (k: string) => prereqMastery.mastered(k);
    const outcome = {
      conceptKey: question.conceptKey,
      correct: grade.correct,
      at: now,
      pageUrl: session.pageUrl,
    };
    const adjusted = applyLearnerEvidence(graph, [outcome], isMastered);
    if (adjusted.length > 0) await saveAdjustedEdges(db, adjusted);
    if (!grade.correct) {
      await db.gaps.bulkPut([
        {
          conceptKey: question.conceptKey,
          behind: question.conceptKey,
          pageUrl: session.pageUrl,
          createdAt: now,
        },
        ...holes.map((hole) => ({
          conceptKey: hole.key,
          behind: question.conceptKey,
          pageUrl: session.pageUrl,
          createdAt: now,
          ...(hole.readOn ? { readOn: hole.readOn } : {}),
        })),
      ]);
    }
    const m = await loadMastery(
      db,
      session.questions.map((q) => q.conceptKey),
      now,
      settings,
    );
    if (session.mode === 'test-out' && session.answered.length >= session.questions.length) {
      await finishTestOut(db, session, now, settings);
    }
    await advanceSession(deps, session, m);
  });
  // A full disk rolls the whole answer back (nothing half-saved); the learner is told why in words,
  // through the reply's error, instead of a bare QuotaExceededError.
  const full = await written.then(
    () => null,
    (error: unknown) => {
      const storageFull = asStorageFullError(error);
      if (storageFull instanceof StorageFullError) return storageFull;
      throw error;
    },
  );
  if (full) return { error: full.message };

  const m = await loadMastery(
    db,
    session.questions.map((q) => q.conceptKey),
    now,
    settings,
  );
  const recorded = await db.attempts.get(input.attemptId);
  return {
    correct: recorded?.correct ?? grade.correct,
    expected: grade.expected,
    source: question.source,
    conceptLabel: await labelOf(deps, question.conceptKey),
    status: m.status(question.conceptKey),
    duplicate,
    ...(offlineGrade.match === 'wrong-form' && !grade.correct ? { wrongForm: true } : {}),
    next: await viewOf(deps, session, m),
    ...(judged.reason ? { reason: judged.reason } : {}),
    ...(judged.notice ? { notice: judged.notice } : {}),
  };
}
