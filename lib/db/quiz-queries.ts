import { type AnswerStates, answerStates, learnerStateNow } from '@/lib/db/learner-snapshot';
import type { RungDatabase } from '@/lib/db/schema';
import type { LearnerState } from '@/lib/mastery/learner-state';
import type { Question, QuizSession } from '@/lib/quiz/types';
import type { Attempt, GapRecord, MasteryRecord } from '@/lib/types';

// Named reads and writes of the quiz core. The learner model judges from its kept state
// (lib/db/learner-snapshot.ts); only tools and benchmarks read the whole attempt log.

/** Every attempt of the learner, in storage order. */
export function learnerLog(db: RungDatabase): Promise<Attempt[]> {
  return db.attempts.toArray();
}

/**
 * What an answer judges mastery from, inside the answer's transaction: the learner model's state
 * after the log (kept snapshot plus the attempts since, lib/db/learner-snapshot.ts; never the
 * whole log), the rows of `keys` and of every gap's concept, the gaps.
 */
export async function learnerDataForAnswer(
  db: RungDatabase,
  keys: Iterable<string>,
): Promise<{ states: AnswerStates; rows: (MasteryRecord | undefined)[]; gaps: GapRecord[] }> {
  const [states, rest] = await Promise.all([answerStates(db), rowsAndGaps(db, keys)]);
  return { states, ...rest };
}

/**
 * What the learner model judges mastery from, without the log: the model's state after it (kept
 * by lib/db/learner-snapshot.ts), the rows of `keys` and of every gap's concept, the gaps. Outside
 * a transaction only (the answer path reads the state inside its own transaction: `learnerDataForAnswer`).
 */
export async function learnerView(
  db: RungDatabase,
  keys: Iterable<string>,
): Promise<{ state: LearnerState; rows: (MasteryRecord | undefined)[]; gaps: GapRecord[] }> {
  const [state, rest] = await Promise.all([learnerStateNow(db), rowsAndGaps(db, keys)]);
  return { state, ...rest };
}

/** The gaps, and the rows of `keys` and of every gap's concept. */
async function rowsAndGaps(
  db: RungDatabase,
  keys: Iterable<string>,
): Promise<{ rows: (MasteryRecord | undefined)[]; gaps: GapRecord[] }> {
  const gaps = await allGaps(db);
  const unique = [...new Set([...keys, ...gaps.map((g) => g.conceptKey)])];
  return { rows: await masteryRows(db, unique), gaps };
}

export async function masteryRows(
  db: RungDatabase,
  keys: readonly string[],
): Promise<(MasteryRecord | undefined)[]> {
  return db.mastery.bulkGet([...keys]);
}

export function allGaps(db: RungDatabase): Promise<GapRecord[]> {
  return db.gaps.toArray();
}

export function quizById(db: RungDatabase, id: string): Promise<QuizSession | undefined> {
  return db.quizzes.get(id);
}

export async function putQuiz(db: RungDatabase, session: QuizSession): Promise<void> {
  await db.quizzes.put(session);
}

/** The most recently moved unfinished quiz on a page (for one concept, or the page's own). */
export async function openQuizOf(
  db: RungDatabase,
  pageUrl: string,
  conceptKey?: string,
): Promise<QuizSession | null> {
  const sessions = await db.quizzes.where('pageUrl').equals(pageUrl).toArray();
  const open = sessions
    .filter((s) => s.finishedAt === undefined && s.conceptKey === conceptKey)
    .sort((a, b) => b.updatedAt - a.updatedAt);
  return open[0] ?? null;
}

export async function conceptLabel(db: RungDatabase, key: string): Promise<string> {
  return (await db.concepts.get(key))?.label ?? key;
}

export async function attemptById(db: RungDatabase, id: string): Promise<Attempt | undefined> {
  return db.attempts.get(id);
}

export async function addGaps(db: RungDatabase, gaps: readonly GapRecord[]): Promise<void> {
  await db.gaps.bulkPut([...gaps]);
}

/** Marks gaps closed at `at` (the search for a hole cleared them); unknown ones are left alone. */
export async function closeGaps(
  db: RungDatabase,
  keys: readonly { conceptKey: string; behind: string }[],
  at: number,
): Promise<void> {
  for (const k of keys) await db.gaps.update([k.conceptKey, k.behind], { closedAt: at });
}

/** The first page a concept was read on, when any. */
export async function firstPageOf(db: RungDatabase, conceptKey: string): Promise<string | undefined> {
  return (await db.occurrences.where('conceptKey').equals(conceptKey).first())?.pageUrl;
}

/** The newest gap behind `conceptKey` that is still open, when any. */
export async function newestOpenGap(db: RungDatabase, conceptKey: string): Promise<GapRecord | undefined> {
  const records = await db.gaps.where('conceptKey').equals(conceptKey).toArray();
  return records.filter((g) => g.closedAt === undefined).sort((a, b) => b.createdAt - a.createdAt)[0];
}

/** The learner's most recent wrong answer on `conceptKey`, when any. */
export async function latestWrongAnswer(db: RungDatabase, conceptKey: string): Promise<Attempt | undefined> {
  return (await db.attempts.where('conceptKey').equals(conceptKey).toArray())
    .filter((a) => !a.correct)
    .sort((a, b) => b.at - a.at)[0];
}

/** Question ids of the learner's latest `limit` answers, newest first (an index walk, not the log). */
export async function recentQuestionIds(db: RungDatabase, limit: number): Promise<string[]> {
  return (await db.attempts.orderBy('at').reverse().limit(limit).toArray()).map((a) => a.questionId);
}

/** A question as it was asked in a quiz on `pageUrl` (to show what was expected), when it is kept. */
export async function askedQuestion(
  db: RungDatabase,
  pageUrl: string,
  questionId: string,
): Promise<Question | undefined> {
  const quizzes = await db.quizzes.where('pageUrl').equals(pageUrl).toArray();
  return quizzes.flatMap((s) => s.questions).find((q) => q.id === questionId);
}

/** How many concepts are due for review at `now`. */
export function dueCount(db: RungDatabase, now: number): Promise<number> {
  return db.mastery.where('due').belowOrEqual(now).count();
}

/** The concepts due for review at `now`, most overdue first, at most `limit`. */
export async function dueForReview(db: RungDatabase, now: number, limit: number): Promise<MasteryRecord[]> {
  return (await db.mastery.where('due').belowOrEqual(now).sortBy('due')).slice(0, limit);
}

/**
 * Runs `work` in one read-write transaction over everything an answer reads or writes (the
 * attempt, mastery, the quiz, gaps, the map's edges, and the pages and concepts the search for a
 * hole reads), so an answer is stored whole or not at all.
 */
export function inAnswerTransaction<T>(db: RungDatabase, work: () => Promise<T>): Promise<T> {
  const tables = [
    db.attempts,
    db.mastery,
    db.quizzes,
    db.gaps,
    db.edges,
    db.pages,
    db.occurrences,
    db.concepts,
    // Read for the learner model's kept state (`learnerDataForAnswer`), never written here.
    db.learnerSnapshot,
  ];
  return db.transaction('rw', tables, work);
}
