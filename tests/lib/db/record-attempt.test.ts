import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { isQuotaError, recordAttempt, StorageFullError } from '@/lib/db/record-attempt';
import { RungDatabase } from '@/lib/db/schema';
import type { Attempt } from '@/lib/types';
import { countDerive } from './count-derive';

const derive = countDerive;
const open: RungDatabase[] = [];

function freshDb(): RungDatabase {
  const db = new RungDatabase(`rung-${open.length}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  open.push(db);
  return db;
}

afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const T0 = Date.UTC(2026, 2, 1, 9, 0);

/** The stored log without the arrival numbers recordAttempt stamps. */
async function storedLog(db: RungDatabase): Promise<Attempt[]> {
  return (await db.attempts.toArray()).map(({ seq: _seq, ...a }) => a);
}

function attempt(id: string, conceptKey: string, correct: boolean, minute: number): Attempt {
  return {
    id,
    conceptKey,
    pageUrl: 'https://docs.python.org/3/tutorial/datastructures.html',
    questionId: `q-${id}`,
    questionType: 'cloze',
    correct,
    answer: correct ? 'list comprehension' : 'generator',
    at: T0 + minute * 60_000,
  };
}

describe('recordAttempt', () => {
  it('appends the attempt and derives mastery from all attempts of the concept', async () => {
    const db = freshDb();
    const key = 'term:en:list comprehension';
    await recordAttempt(db, attempt('a1', key, false, 0), derive);
    await recordAttempt(db, attempt('a2', key, true, 1), derive);
    await recordAttempt(db, attempt('b1', 'term:en:tuple', true, 2), derive);
    const m = await recordAttempt(db, attempt('a3', key, true, 3), derive);
    expect(m).toMatchObject({ conceptKey: key, attempts: 3, correct: 2, streak: 2, status: 'learning' });
    expect(await db.mastery.get(key)).toEqual(m);
    expect(await db.attempts.count()).toBe(4);
    const last = await recordAttempt(db, attempt('a4', key, true, 4), derive);
    expect(last.status).toBe('mastered');
  });

  it('is exactly-once: the same attempt id twice writes nothing and returns the stored mastery', async () => {
    const db = freshDb();
    const key = 'vocab:es:perro';
    const first = await recordAttempt(db, attempt('x', key, true, 0), derive);
    // A resend with different content (e.g. regraded) must not replace the logged answer.
    const again = await recordAttempt(db, { ...attempt('x', key, false, 5) }, derive);
    expect(again).toEqual(first);
    expect(await storedLog(db)).toEqual([attempt('x', key, true, 0)]);
  });

  it('never files the mastery row under another key than the attempt', async () => {
    const db = freshDb();
    const liar = (_key: string, attempts: readonly Attempt[]) => derive('wrong', attempts);
    const m = await recordAttempt(db, attempt('a', 'api:py:dict.get', true, 0), liar);
    expect(m.conceptKey).toBe('api:py:dict.get');
    expect(await db.mastery.get('wrong')).toBeUndefined();
  });

  it('runs as a sub-transaction of a wider one, and rolls back with it', async () => {
    const db = freshDb();
    await expect(
      db.transaction('rw', [db.attempts, db.mastery, db.quizzes], async () => {
        await recordAttempt(db, attempt('a', 'term:en:set', true, 0), derive);
        throw new Error('quiz update failed');
      }),
    ).rejects.toThrow('quiz update failed');
    expect(await db.attempts.count()).toBe(0);
    expect(await db.mastery.count()).toBe(0);
  });
});

describe('recordAttempt under resends (property)', () => {
  it('keeps each attempt id once and mastery equal to derive(all attempts), whatever the order', async () => {
    // Each step answers anew or resends an earlier answer (as a popup does after the service worker
    // was killed before it replied); some resends carry a different grade that must be ignored.
    const step = fc.record({
      concept: fc.integer({ min: 0, max: 3 }),
      correct: fc.boolean(),
      resend: fc.option(fc.nat()),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        const db = freshDb();
        const sent: Attempt[] = [];
        for (const [i, s] of steps.entries()) {
          const prior = s.resend === null ? undefined : sent[s.resend % Math.max(1, sent.length)];
          const a = prior
            ? { ...prior, correct: s.correct }
            : attempt(`a${i}`, `term:en:c${s.concept}`, s.correct, i);
          if (!prior) sent.push(a);
          const m = await recordAttempt(db, a, derive);
          expect(m.conceptKey).toBe(a.conceptKey);
        }
        const stored = await storedLog(db);
        expect(stored.map((a) => a.id).sort()).toEqual(sent.map((a) => a.id).sort());
        expect(stored).toEqual(expect.arrayContaining(sent));
        for (const m of await db.mastery.toArray()) {
          expect(m).toEqual(
            derive(
              m.conceptKey,
              sent.filter((a) => a.conceptKey === m.conceptKey),
            ),
          );
        }
        db.close();
      }),
      { numRuns: 40, seed: 9 },
    );
  });
});

describe('isQuotaError', () => {
  it.each([
    [new DOMException('full', 'QuotaExceededError'), true],
    [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, true],
    [{ name: 'BulkError', failures: [{ name: 'ConstraintError' }, { name: 'QuotaExceededError' }] }, true],
    [{ name: 'BulkError', failures: { 3: { name: 'QuotaExceededError' } } }, true],
    [{ name: 'NS_ERROR_DOM_QUOTA_REACHED' }, true],
    [new Error('boom', { cause: new DOMException('x', 'QuotaExceededError') }), true],
    [new DOMException('dup', 'ConstraintError'), false],
    [{ name: 'AbortError', inner: null }, false],
    [new StorageFullError(), false],
    ['QuotaExceededError', false],
  ])('%o → %s', (error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});
