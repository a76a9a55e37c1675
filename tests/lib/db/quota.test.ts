import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { recordAttempt, STORAGE_FULL_MESSAGE, StorageFullError } from '@/lib/db/record-attempt';
import { RungDatabase } from '@/lib/db/schema';
import type { Attempt, MasteryRecord } from '@/lib/types';
import { countDerive } from './count-derive';
import { type QuotaBudget, quotaLimitedFactory } from './quota-limited-idb';

// fake-indexeddb has no quota: quota-limited-idb.ts simulates the browser's QuotaExceededError
// (request error + transaction abort) after a set number of writes.

const derive = countDerive;
const open: RungDatabase[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function limitedDb(budget: QuotaBudget): RungDatabase {
  const db = new RungDatabase('rung-quota', { indexedDB: quotaLimitedFactory(budget), IDBKeyRange });
  open.push(db);
  return db;
}

function attempt(i: number, conceptKey: string): Attempt {
  return {
    id: `att-${i}`,
    conceptKey,
    questionId: `q${i}`,
    questionType: 'multiple-choice',
    correct: i % 4 !== 1,
    answer: 'mutable',
    at: Date.UTC(2026, 0, 5) + i * 45_000,
  };
}

async function expectConsistent(db: RungDatabase): Promise<void> {
  const stored = new Map((await db.mastery.toArray()).map((m) => [m.conceptKey, m] as const));
  const keys = new Set((await db.attempts.toArray()).map((a) => a.conceptKey));
  expect([...stored.keys()].sort()).toEqual([...keys].sort());
  for (const key of keys) {
    const own = await db.attempts.where('conceptKey').equals(key).toArray();
    expect(stored.get(key)).toEqual(derive(key, own));
  }
}

describe('a full disk while recording answers', () => {
  it('fails with StorageFullError and a learner-facing message; attempts and mastery still agree', async () => {
    const budget: QuotaBudget = { writes: Number.POSITIVE_INFINITY, refused: 0 };
    const db = limitedDb(budget);
    for (let i = 0; i < 6; i++) await recordAttempt(db, attempt(i, 'term:en:list'), derive);
    const before = { attempts: await db.attempts.toArray(), mastery: await db.mastery.toArray() };

    // One write left: the attempt row goes in, the mastery row does not -> the whole answer must roll back.
    budget.writes = 1;
    const failure = await recordAttempt(db, attempt(6, 'term:en:list'), derive).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageFullError);
    expect((failure as Error).message).toBe(STORAGE_FULL_MESSAGE);
    expect(budget.refused).toBeGreaterThan(0);
    budget.writes = Number.POSITIVE_INFINITY;
    expect(await db.attempts.toArray()).toEqual(before.attempts);
    expect(await db.mastery.toArray()).toEqual(before.mastery);
    await expectConsistent(db);

    // No write left at all, on a new concept.
    budget.writes = 0;
    await expect(recordAttempt(db, attempt(7, 'term:en:tuple'), derive)).rejects.toBeInstanceOf(
      StorageFullError,
    );
    budget.writes = Number.POSITIVE_INFINITY;
    expect(await db.attempts.get('att-7')).toBeUndefined();
    await expectConsistent(db);

    // Space freed: the same answer (same id, resent by the popup) is now recorded exactly once.
    const m: MasteryRecord = await recordAttempt(db, attempt(6, 'term:en:list'), derive);
    expect(m.attempts).toBe(7);
    await recordAttempt(db, attempt(6, 'term:en:list'), derive);
    expect(await db.attempts.count()).toBe(7);
    await expectConsistent(db);
  });
});
