import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_MAX_ENTRY_CHARS, dexieCache } from '@/lib/db/llm-cache';
import { RungDatabase } from '@/lib/db/schema';

let db: RungDatabase;
beforeEach(async () => {
  db = new RungDatabase('rung-llm-cache-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
});
afterEach(() => db.close());

describe('dexieCache', () => {
  it('returns fresh entries and forgets expired ones', async () => {
    let now = 1000;
    const cache = dexieCache(db, () => now, 500);
    await cache.set({ key: 'k', feature: 'grade', response: { correct: true }, createdAt: 1000 });
    expect((await cache.get('k'))?.response).toEqual({ correct: true });
    now = 1600;
    expect(await cache.get('k')).toBeUndefined();
  });

  it('keeps at most its bound of entries, dropping the oldest first', async () => {
    const cache = dexieCache(db, () => 10_000, 1_000_000, 5);
    for (let i = 0; i < 12; i++) {
      await cache.set({ key: `k${i}`, feature: 'grade', response: { i }, createdAt: 1000 + i });
    }
    expect(await db.llmCache.count()).toBe(5);
    expect((await db.llmCache.orderBy('createdAt').primaryKeys()).sort()).toEqual([
      'k10',
      'k11',
      'k7',
      'k8',
      'k9',
    ]);
    expect((await cache.get('k11'))?.response).toEqual({ i: 11 });
    expect(await cache.get('k0')).toBeUndefined();
  });

  it('does not keep a reply larger than an entry may be', async () => {
    const cache = dexieCache(db, () => 1000);
    await cache.set({
      key: 'big',
      feature: 'questions',
      response: { text: 'x'.repeat(CACHE_MAX_ENTRY_CHARS) },
      createdAt: 1000,
    });
    await cache.set({ key: 'small', feature: 'questions', response: { text: 'x' }, createdAt: 1000 });
    expect(await db.llmCache.toCollection().primaryKeys()).toEqual(['small']);
  });
});
