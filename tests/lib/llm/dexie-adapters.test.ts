import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RungDatabase } from '@/lib/db/schema';
import { memoryBudgetStore } from '@/lib/llm/daily-budget';
import { CACHE_MAX_ENTRY_CHARS, dexieCache } from '@/lib/llm/dexie-cache';
import { dexieLog } from '@/lib/llm/dexie-log';
import { glossWord } from '@/lib/llm/gloss-word';
import { llmContextFromDb } from '@/lib/llm/llm-context-from-db';
import { startOpenAiServer } from '@/tests/support/openai-server';
import { testSettings } from './llm-test-context';

let db: RungDatabase;
beforeEach(async () => {
  db = new RungDatabase('rung-llm-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
});
afterEach(() => db.close());

describe('dexieLog', () => {
  it('appends, lists newest first, caps its size and clears', async () => {
    const log = dexieLog(db, 3);
    for (let i = 0; i < 5; i++) {
      await log.append({
        at: i,
        feature: 'questions',
        endpoint: 'http://x/v1',
        model: 'm',
        sent: `s${i}`,
        ok: true,
      });
    }
    expect((await log.list()).map((e) => e.sent)).toEqual(['s4', 's3', 's2']);
    await log.clear();
    expect(await log.list()).toEqual([]);
  });
});

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

describe('llmContextFromDb', () => {
  it('a feature run through it writes the log and cache tables', async () => {
    const server = await startOpenAiServer();
    try {
      const ctx = llmContextFromDb(db, {
        settings: testSettings(server.url, { allowedSites: ['e.org'] }),
        now: () => 5000,
        budget: memoryBudgetStore(),
      });
      const input = {
        word: 'closure',
        wordLanguage: 'en',
        learnerLanguage: 'es',
        passage: 'A closure.',
        pageUrl: 'https://e.org/',
      };
      expect((await glossWord(ctx, input)).source).toBe('llm');
      expect((await glossWord(ctx, input)).source).toBe('cache');
      expect(await db.llmLog.count()).toBe(1);
      expect(await db.llmCache.count()).toBe(1);
      expect((await db.llmLog.toArray())[0]).toMatchObject({
        feature: 'gloss',
        at: 5000,
        ok: true,
        pageUrl: 'https://e.org/',
      });
    } finally {
      await server.close();
    }
  });
});
