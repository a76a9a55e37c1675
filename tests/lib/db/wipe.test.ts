import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { RungDatabase } from '@/lib/db/schema';
import { seedTables } from '@/lib/db/seed-tables';
import { wipeDatabase } from '@/lib/db/wipe';
import { makeLearnerTables } from '@/tests/lib/data/learner-data';
import { countDerive } from './count-derive';

describe('wipeDatabase', () => {
  it('empties every table and reports what it deleted; the database stays usable', async () => {
    const db = new RungDatabase('rung-wipe', { indexedDB: new IDBFactory(), IDBKeyRange });
    await seedTables(db, makeLearnerTables({ concepts: 20, attempts: 60, pages: 2 }), countDerive);
    await db.llmLog.add({
      at: 1,
      feature: 'define',
      endpoint: 'https://x',
      model: 'm',
      sent: 'text',
      ok: true,
    });
    const counts = await wipeDatabase(db);
    expect(counts).toMatchObject({ concepts: 20, attempts: 60, pages: 2, llmLog: 1 });
    expect(Object.keys(counts).sort()).toEqual(db.tables.map((t) => t.name).sort());
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    await db.attempts.add({
      id: 'a',
      conceptKey: 'k',
      questionId: 'q',
      questionType: 'cloze',
      correct: true,
      answer: 'x',
      at: 2,
    });
    expect(await db.attempts.count()).toBe(1);
    db.close();
  });

  it('is all or nothing', async () => {
    // A wipe interrupted before its transaction commits (here: the caller's transaction throws)
    // keeps every row.
    const db = new RungDatabase('rung-wipe-2', { indexedDB: new IDBFactory(), IDBKeyRange });
    await seedTables(db, makeLearnerTables({ concepts: 5, attempts: 9, pages: 1 }), countDerive);
    await expect(
      db.transaction('rw', db.tables, async () => {
        await wipeDatabase(db);
        throw new Error('interrupted');
      }),
    ).rejects.toThrow('interrupted');
    expect(await db.attempts.count()).toBe(9);
    expect(await db.concepts.count()).toBe(5);
    db.close();
  });
});
