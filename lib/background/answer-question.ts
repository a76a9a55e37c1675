import { putEdges } from '@/lib/db/edge-store';
import { loadGraphAround } from '@/lib/db/graph-around';
import {
  addGaps,
  attemptById,
  closeGaps,
  conceptLabel,
  inAnswerTransaction,
  learnerDataForAnswer,
  quizById,
} from '@/lib/db/quiz-queries';
import { asStorageFullError, recordAttempt, StorageFullError } from '@/lib/db/record-attempt';
import { applyLearnerEvidence } from '@/lib/graph/learner-evidence';
import { prerequisitesOf } from '@/lib/graph/prerequisites-of';
import { masteryFromOwn, observeAttempt } from '@/lib/mastery/derive-mastery';
import { predictNext } from '@/lib/mastery/learner-model';
import type { LearnerState } from '@/lib/mastery/learner-state';
import { MAP_BELIEF_DEPTH } from '@/lib/mastery/map-belief';
import { type MasteryLookup, masteryLookup } from '@/lib/mastery/mastery-lookup';
import type { FeedbackReply } from '@/lib/protocol';
import { gradeAnswer } from '@/lib/quiz/grade-answer';
import type { Attempt, GapRecord, MasteryRecord } from '@/lib/types';
import type { BackgroundDeps } from './deps';
import { finishTestOut } from './finish-test-out';
import { followDiagnosis } from './follow-diagnosis';
import { type Hole, holesBehind } from './holes-behind';
import { judgeAnswer } from './llm-grade';
import { advanceSession, viewOf } from './quiz-view';

export interface AnswerInput {
  quizId: string;
  questionId: string;
  answer: string;
  attemptId: string;
  responseMs?: number;
}

const FINISHED = 'This quiz is finished. Start a new one to keep practising.';
const NOT_CURRENT = 'This is not the question the quiz is on now. Answer the question on screen.';

/** An answer the quiz no longer takes (finished, or another question is on screen). */
class Refused extends Error {}

/**
 * Grades and records one answer. Only the question on screen of an unfinished quiz is taken; a
 * resent answer (same attemptId, after the worker was killed) is recorded once and answered again.
 * The attempt, the derived mastery, the gaps and the quiz's position are written in one
 * transaction before the reply, and the map and the learner's data are read once for all of it.
 */
export async function answerQuestion(
  deps: BackgroundDeps,
  input: AnswerInput,
): Promise<FeedbackReply | { error: string }> {
  const { db } = deps;
  const settings = await deps.getSettings();
  const session = await quizById(db, input.quizId);
  if (!session) return { error: 'This quiz is no longer available. Start a new one.' };
  const question = session.questions.find((q) => q.id === input.questionId);
  if (!question) return { error: 'This question is not part of the quiz.' };
  const resent = await attemptById(db, input.attemptId);
  if (!resent && session.finishedAt !== undefined) return { error: FINISHED };
  if (!resent && session.currentQuestionId !== question.id) return { error: NOT_CURRENT };
  const offlineGrade = gradeAnswer(question, input.answer);
  // Asked before the transaction: IndexedDB transactions cannot wait on the network.
  const judged = await judgeAnswer(deps, question, input.answer, offlineGrade, session.pageUrl);
  const grade = { ...offlineGrade, correct: judged.correct };
  const now = deps.now();
  let duplicate = false;
  const written = inAnswerTransaction(db, async () => {
    const fresh = await quizById(db, session.id);
    if (!fresh) throw new Error('The quiz vanished while answering.');
    Object.assign(session, fresh);
    const quizKeys = session.questions.map((q) => q.conceptKey);
    // Only the part of the map this answer can touch: the answered concept's prerequisites (a
    // test-out's end reads those of every concept it checked), and after a wrong answer what rests
    // on them, which the hole search's prior reads. The whole map grows with every page read.
    const graph = await loadGraphAround(
      db,
      session.mode === 'test-out' ? [...new Set([question.conceptKey, ...quizKeys])] : [question.conceptKey],
      { dependantDepth: grade.correct || session.mode === 'test-out' ? 0 : MAP_BELIEF_DEPTH },
    );
    const prereqKeys = prerequisitesOf(graph, question.conceptKey, { minConfidence: 0 }).map((h) => h.key);
    // The model's state before this answer, from the kept snapshot (the log is not read whole).
    const data = await learnerDataForAnswer(db, [...quizKeys, ...prereqKeys]);
    const judge = (state: LearnerState, rows: typeof data.rows, gaps: readonly GapRecord[]) =>
      masteryLookup({ attempts: [], state, rows, gaps, now, criterion: settings.criterion });
    if (await attemptById(db, input.attemptId)) {
      duplicate = true;
      return judge(data.states.before, data.rows, data.gaps);
    }
    // Checked again inside the transaction: another answer may have moved the quiz meanwhile.
    if (session.finishedAt !== undefined) throw new Refused(FINISHED);
    if (session.currentQuestionId !== question.id) throw new Refused(NOT_CURRENT);
    const before = judge(data.states.before, data.rows, data.gaps);
    // A failure whose hole this quiz already searched for names that hole, not every suspect again.
    const searched =
      session.diagnosis?.found !== undefined && session.diagnosis.failed === question.conceptKey;
    const holes = grade.correct
      ? []
      : searched
        ? foundHole(session.diagnosis?.found, question.conceptKey)
        : await holesBehind(deps, graph, before, session.pageUrl, question.conceptKey, settings);
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
    // The state after it: the one before plus this answer, as a replay of the log would give it.
    let stateAfter: LearnerState | undefined;
    const record = await recordAttempt(db, attempt, (key, own, recorded) => {
      stateAfter = data.states.copy();
      if (recorded) observeAttempt(stateAfter, recorded);
      return masteryFromOwn(key, own, predictNext(stateAfter, key), settings.criterion);
    });
    session.answered.push({
      questionId: question.id,
      attemptId: attempt.id,
      correct: grade.correct,
      answer: input.answer,
    });
    // The map learns from the answer, and a wrong answer names the holes behind it.
    const outcome = {
      conceptKey: question.conceptKey,
      correct: grade.correct,
      at: now,
      pageUrl: session.pageUrl,
    };
    const adjusted = applyLearnerEvidence(graph, [outcome], (k) => before.mastered(k));
    if (adjusted.length > 0) await putEdges(db, adjusted);
    const newGaps: GapRecord[] = grade.correct
      ? []
      : [
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
        ];
    // The search for the hole behind a failure moves on (it may start here, or conclude).
    const found = await followDiagnosis(deps, graph, before, session, question, grade.correct, settings, now);
    newGaps.push(...found.add);
    if (newGaps.length > 0) await addGaps(db, newGaps);
    if (found.clear.length > 0) await closeGaps(db, found.clear, now);
    if (session.mode === 'test-out' && session.answered.length >= session.questions.length) {
      await finishTestOut(db, graph, session, now, settings.criterion);
    }
    // After the answer, judged from what was read plus what was written (not read again), except
    // after a test-out, which wrote rows for concepts outside the quiz.
    let after: MasteryLookup;
    if (session.testedOut !== undefined || stateAfter === undefined) {
      const again = await learnerDataForAnswer(db, quizKeys);
      after = judge(again.states.before, again.rows, again.gaps);
    } else {
      after = judge(
        stateAfter,
        replaceRow(data.rows, record),
        closed(mergeGaps(data.gaps, newGaps), found.clear, now),
      );
    }
    await advanceSession(deps, session, after, now);
    return after;
  });
  // A full disk rolls the whole answer back (nothing half-saved); the learner is told why in words,
  // through the reply's error, instead of a bare QuotaExceededError.
  const outcome = await written.then(
    (m) => ({ m }),
    (error: unknown) => {
      if (error instanceof Refused) return { error: error.message };
      const storageFull = asStorageFullError(error);
      if (storageFull instanceof StorageFullError) return { error: storageFull.message };
      throw error;
    },
  );
  if ('error' in outcome) return { error: outcome.error };
  const m = outcome.m;
  const recorded = duplicate ? await attemptById(db, input.attemptId) : undefined;
  return {
    correct: recorded?.correct ?? grade.correct,
    expected: grade.expected,
    source: question.source,
    conceptLabel: await conceptLabel(db, question.conceptKey),
    status: m.status(question.conceptKey),
    duplicate,
    ...(offlineGrade.match === 'wrong-form' && !grade.correct ? { wrongForm: true } : {}),
    next: await viewOf(deps, session, m),
    ...(judged.reason ? { reason: judged.reason } : {}),
    ...(judged.notice ? { notice: judged.notice } : {}),
  };
}

function foundHole(found: string | undefined, failed: string): Hole[] {
  return found === undefined || found === failed ? [] : [{ key: found }];
}

function replaceRow(rows: readonly (MasteryRecord | undefined)[], record: MasteryRecord) {
  const others = rows.filter((r) => r?.conceptKey !== record.conceptKey);
  return [...others, record];
}

/** Gaps as the table holds them after `bulkPut` of `added` (same key replaces). */
function mergeGaps(gaps: readonly GapRecord[], added: readonly GapRecord[]): GapRecord[] {
  const key = (g: GapRecord) => `${g.conceptKey}\u0000${g.behind}`;
  const byKey = new Map(gaps.map((g) => [key(g), g]));
  for (const g of added) byKey.set(key(g), g);
  return [...byKey.values()];
}

/** Gaps with the cleared ones closed, as `closeGaps` leaves the table. */
function closed(
  gaps: GapRecord[],
  clear: readonly { conceptKey: string; behind: string }[],
  at: number,
): GapRecord[] {
  const cleared = new Set(clear.map((c) => `${c.conceptKey}\u0000${c.behind}`));
  return gaps.map((g) => (cleared.has(`${g.conceptKey}\u0000${g.behind}`) ? { ...g, closedAt: at } : g));
}
