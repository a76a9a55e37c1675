import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RungDatabase } from '@/lib/db/schema';
import { glossWord } from '@/lib/llm/gloss-word';
import { llmContextFromDb } from '@/lib/llm/llm-context-from-db';
import { memoryBudgetStore } from '@/tests/support/memory-budget-store';
import { startOpenAiServer } from '@/tests/support/openai-server';
import { testSettings } from './llm-test-context';

let db: RungDatabase;
beforeEach(async () => {
  db = new RungDatabase('rung-llm-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
});
afterEach(() => db.close());

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
