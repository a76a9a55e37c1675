import { isDeepStrictEqual } from 'node:util';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { EXPORT_TABLES } from '@/lib/data/export-format';
import { exportData, serializeExport } from '@/lib/db/export-data';
import { importData } from '@/lib/db/import-data';
import { RungDatabase } from '@/lib/db/schema';
import { seedTables } from '@/lib/db/seed-tables';
import { wipeDatabase } from '@/lib/db/wipe';
import { countDerive } from '@/tests/lib/db/count-derive';
import { makeLearnerTables } from '../data/learner-data';

describe('export → wipe → import', () => {
  it('round-trips 10,000 concepts and 100,000 attempts exactly', async () => {
    const db = new RungDatabase('rung-roundtrip', { indexedDB: new IDBFactory(), IDBKeyRange });
    const tables = makeLearnerTables({ concepts: 10_000, attempts: 100_000 });
    await seedTables(db, tables, countDerive);
    const settings = {
      dailyGoal: 30,
      theme: 'dark',
      llm: { endpoint: 'https://api.example', apiKey: 'sk-secret' },
    };

    const before = await exportData(db, { now: Date.UTC(2026, 2, 1), settings });
    const text = serializeExport(before);
    expect(text).not.toContain('sk-secret');
    const wiped = await wipeDatabase(db);
    expect(wiped.attempts).toBe(100_000);
    expect(await db.concepts.count()).toBe(0);

    const summary = await importData(db, text, { deriveMastery: countDerive });
    expect(summary.tables.attempts).toEqual({ added: 100_000, updated: 0, unchanged: 0 });
    expect(summary.tables.concepts.added).toBe(10_000);
    expect(summary.settings).toEqual({
      dailyGoal: 30,
      theme: 'dark',
      llm: { endpoint: 'https://api.example' },
    });

    const after = await exportData(db, { now: Date.UTC(2026, 2, 1), settings });
    // Row by row, so a failure shows the first differing row rather than a 30 MB string. Compared
    // as parsed JSON (what the file holds): key order may differ, values may not.
    const parsedBefore = JSON.parse(text) as typeof before;
    const parsedAfter = JSON.parse(serializeExport(after)) as typeof after;
    for (const name of EXPORT_TABLES) {
      const a: unknown[] = parsedAfter.tables[name];
      const b: unknown[] = parsedBefore.tables[name];
      expect(a.length, name).toBe(b.length);
      const firstDiff = a.findIndex((row, i) => !isDeepStrictEqual(row, b[i]));
      if (firstDiff >= 0) expect(a[firstDiff], `${name}[${firstDiff}]`).toEqual(b[firstDiff]);
    }
    expect(parsedAfter.settings).toEqual(parsedBefore.settings);
    expect(after.tables.mastery.length).toBe(new Set(tables.attempts.map((a) => a.conceptKey)).size);

    // Re-importing the same file (no duplicates) is tested at a small size in import-data.test.ts.
    db.close();
  }, 120_000); // ~20 s of CPU; the margin is for a machine busy with other work.
});
