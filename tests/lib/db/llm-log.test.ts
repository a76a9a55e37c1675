import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dexieLog } from '@/lib/db/llm-log';
import { RungDatabase } from '@/lib/db/schema';

let db: RungDatabase;
beforeEach(async () => {
  db = new RungDatabase('rung-llm-log-test', { indexedDB: new IDBFactory(), IDBKeyRange });
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
