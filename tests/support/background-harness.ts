import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { BackgroundDeps } from '@/lib/background/deps';
import { RungDatabase } from '@/lib/db/schema';
import type { QuizSession } from '@/lib/quiz/types';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

export type TestDeps = BackgroundDeps & { clock: { now: number }; pending: Promise<unknown>[] };

/** Background dependencies over a fresh in-memory IndexedDB, a controllable clock and counting ids. */
export function makeDeps(overrides: Partial<Settings> = {}): TestDeps {
  const clock = { now: Date.UTC(2026, 10, 1, 9, 0, 0) };
  let n = 0;
  const db = new RungDatabase(`rung-test-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const settings: Settings = { ...DEFAULT_SETTINGS, ...overrides };
  const pending: Promise<unknown>[] = [];
  return {
    db,
    clock,
    pending,
    later: (task) => pending.push(task),
    now: () => clock.now,
    newId: () => `id-${++n}`,
    getSettings: async () => settings,
  };
}

/** A handler's reply, or the test fails with the error the handler gave instead. */
export function ok<T extends object>(v: T | { error: string }): T {
  if ('error' in v) throw new Error(v.error);
  return v;
}

/** The quiz as the background stored it, questions and answers included. */
export async function storedQuiz(deps: TestDeps, quizId: string): Promise<QuizSession> {
  return (await deps.db.quizzes.get(quizId)) as QuizSession;
}

/** The right answer to a question of a stored quiz (the popup never sees it; the test may). */
export async function answerKey(deps: TestDeps, quizId: string, questionId: string): Promise<string> {
  return (await storedQuiz(deps, quizId)).questions.find((q) => q.id === questionId)!.answer;
}
