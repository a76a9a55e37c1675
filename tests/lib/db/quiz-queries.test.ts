import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addGaps,
  askedQuestion,
  dueCount,
  dueForReview,
  inAnswerTransaction,
  latestWrongAnswer,
  learnerLog,
  newestOpenGap,
  putQuiz,
} from '@/lib/db/quiz-queries';
import { RungDatabase } from '@/lib/db/schema';
import { seedTables } from '@/lib/db/seed-tables';
import type { Attempt, MasteryRecord } from '@/lib/types';
import { countDerive } from './count-derive';

let db: RungDatabase;
beforeEach(async () => {
  db = new RungDatabase('quiz-queries', { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
});
afterEach(() => db.close());

const attempt = (id: string, conceptKey: string, correct: boolean, at: number): Attempt => ({
  id,
  conceptKey,
  pageUrl: 'https://a.example/',
  questionId: `q-${id}`,
  questionType: 'cloze',
  correct,
  answer: `answer ${id}`,
  at,
});

const row = (conceptKey: string, due?: number): MasteryRecord => ({
  conceptKey,
  status: 'learning',
  attempts: 1,
  correct: 0,
  streak: 0,
  pCorrect: 0.5,
  due,
});

describe('quiz queries', () => {
  it('newestOpenGap skips closed gaps and takes the newest open one', async () => {
    await addGaps(db, [
      { conceptKey: 'k', behind: 'a', createdAt: 1 },
      { conceptKey: 'k', behind: 'b', createdAt: 3, closedAt: 4 },
      { conceptKey: 'k', behind: 'c', createdAt: 2 },
      { conceptKey: 'other', behind: 'd', createdAt: 9 },
    ]);
    expect((await newestOpenGap(db, 'k'))?.behind).toBe('c');
    expect(await newestOpenGap(db, 'none')).toBeUndefined();
  });

  it('latestWrongAnswer is the most recent wrong answer on the concept', async () => {
    await seedTables(db, {
      attempts: [attempt('1', 'k', false, 10), attempt('2', 'k', false, 30), attempt('3', 'k', true, 40)],
    });
    expect((await latestWrongAnswer(db, 'k'))?.id).toBe('2');
    expect(await latestWrongAnswer(db, 'other')).toBeUndefined();
  });

  it('askedQuestion finds a question among the quizzes of its page', async () => {
    const question = {
      id: 'q1',
      conceptKey: 'k',
      type: 'cloze' as const,
      prompt: '_____ keeps its scope.',
      answer: 'closure',
      source: 'A closure keeps its scope.',
      generatedBy: 'offline' as const,
    };
    await putQuiz(db, {
      id: 'quiz',
      pageUrl: 'https://a.example/',
      createdAt: 0,
      updatedAt: 0,
      questions: [question],
      answered: [],
    });
    expect((await askedQuestion(db, 'https://a.example/', 'q1'))?.answer).toBe('closure');
    expect(await askedQuestion(db, 'https://b.example/', 'q1')).toBeUndefined();
  });

  it('dueForReview lists what is due, most overdue first, up to the limit; dueCount counts it', async () => {
    await seedTables(db, {
      mastery: [row('a', 50), row('b', 10), row('c', 30), row('later', 200), row('never')],
    });
    expect((await dueForReview(db, 100, 2)).map((m) => m.conceptKey)).toEqual(['b', 'c']);
    expect((await dueForReview(db, 100, 10)).map((m) => m.conceptKey)).toEqual(['b', 'c', 'a']);
    expect(await dueCount(db, 100)).toBe(3);
  });

  it('inAnswerTransaction writes nothing when the answer fails half-way', async () => {
    await expect(
      inAnswerTransaction(db, async () => {
        await addGaps(db, [{ conceptKey: 'k', behind: 'k', createdAt: 1 }]);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await newestOpenGap(db, 'k')).toBeUndefined();
  });

  it('seedTables derives mastery from the attempts when asked', async () => {
    await seedTables(
      db,
      { attempts: [attempt('1', 'k', true, 1), attempt('2', 'k', true, 2), attempt('3', 'k', true, 3)] },
      countDerive,
    );
    expect(await learnerLog(db)).toHaveLength(3);
    expect(await db.mastery.get('k')).toMatchObject({ status: 'mastered', attempts: 3 });
  });
});
