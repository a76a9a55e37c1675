import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { RungDatabase } from '@/lib/db/schema';
import { tableVersions } from '@/lib/db/table-versions';

const open = (name: string) => new RungDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange });
const edge = (from: string, to: string) => ({ from, to, confidence: 0.8, evidence: [] });

describe('tableVersions', () => {
  it('changes after each committed write to a table it names, and only then', async () => {
    const db = open(`versions-${Math.random()}`);
    const other = open(`versions-other-${Math.random()}`);
    await Promise.all([db.open(), other.open()]);
    const start = tableVersions(db, ['edges']);

    await db.gaps.put({ conceptKey: 'a', behind: 'b', pageUrl: 'https://x.example/', createdAt: 1 });
    await other.edges.put(edge('a', 'b'));
    expect(tableVersions(db, ['edges'])).toBe(start);

    await db.edges.put(edge('a', 'b'));
    const afterPut = tableVersions(db, ['edges']);
    expect(afterPut).not.toBe(start);

    await db.transaction('rw', db.edges, async () => {
      await db.edges.delete(['a', 'b']);
      await db.edges.put(edge('c', 'd'));
    });
    const afterTransaction = tableVersions(db, ['edges']);
    expect(afterTransaction).not.toBe(afterPut);

    await db.edges.clear();
    expect(tableVersions(db, ['edges'])).not.toBe(afterTransaction);
    expect(tableVersions(db, ['edges', 'concepts'])).toMatch(/^\d+\.\d+$/);

    // A write that rolls back changed nothing.
    const beforeAbort = tableVersions(db, ['edges']);
    await db
      .transaction('rw', db.edges, async () => {
        await db.edges.put(edge('e', 'f'));
        throw new Error('abort');
      })
      .catch(() => undefined);
    expect(tableVersions(db, ['edges'])).toBe(beforeAbort);
    db.close();
    other.close();
  });
});
