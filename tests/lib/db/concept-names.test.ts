import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { savePage } from '@/lib/background/save-page';
import { conceptsByName, noteConceptNames } from '@/lib/db/concept-names';
import { exportData, serializeExport } from '@/lib/db/export-data';
import { importData } from '@/lib/db/import-data';
import { NameFilter, type NameFilterMetaRow, STAGE_NAMES } from '@/lib/db/name-filter';
import { RungDatabase } from '@/lib/db/schema';
import type { ExtractResult } from '@/lib/types';
import { countDerive } from '@/tests/lib/db/count-derive';

const open = (name: string) => new RungDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange });

function page(labels: string[], lang = 'en'): ExtractResult {
  return {
    title: 'A page',
    lang,
    dir: 'ltr',
    pageKind: 'tutorial',
    concepts: labels.map((label, i) => ({
      key: `term:${lang}:${label}`,
      label,
      kind: 'term' as const,
      aliases: [],
      score: 1 - i / 10,
      definition: `${label} is explained here.`,
    })),
    sentences: labels.map((l) => `${l} is explained here.`),
    headings: [],
    links: [],
    wordCount: 100,
  } as ExtractResult;
}

describe('concepts found by name', () => {
  it('finds a saved concept by any of its names, and nothing for names no concept has', async () => {
    const db = open('names-save');
    await savePage(db, 'https://a.example/1', page(['list comprehension', 'tuple']), 1);
    expect((await conceptsByName(db, ['m list comprehension', 'm set'])).map((c) => c.key)).toEqual([
      'term:en:list comprehension',
    ]);
    // Saved after the filter was built: the filter learns the new names on save.
    await savePage(db, 'https://a.example/2', page(['generator expression']), 2);
    expect((await conceptsByName(db, ['m generator expression'])).map((c) => c.key)).toEqual([
      'term:en:generator expression',
    ]);
    expect(await conceptsByName(db, ['m no such name'])).toEqual([]);
    db.close();
  });

  it('finds imported concepts too (an export carries no trusted names)', async () => {
    const from = open('names-export');
    await savePage(from, 'https://a.example/1', page(['decorator']), 1);
    const doc = await exportData(from, { now: 2 });
    expect(doc.tables.concepts.every((c) => c.names === undefined)).toBe(true);
    const to = open('names-import');
    await savePage(to, 'https://b.example/1', page(['closure']), 1);
    expect(await conceptsByName(to, ['m decorator'])).toEqual([]);
    await importData(to, serializeExport(doc), { deriveMastery: countDerive });
    expect((await conceptsByName(to, ['m decorator', 'm closure'])).map((c) => c.key).sort()).toEqual([
      'term:en:closure',
      'term:en:decorator',
    ]);
    from.close();
    to.close();
  });
});

describe('NameFilter', () => {
  it('never misses a name it was given, and rejects nearly all others, full or not', () => {
    const stage = NameFilter.empty();
    const names = Array.from({ length: STAGE_NAMES }, (_, i) => `m name ${i}`);
    for (const n of names) stage.add(n);
    expect(stage.full).toBe(true);
    expect(names.every((n) => stage.mayHave(n))).toBe(true);
    const others = Array.from({ length: 100_000 }, (_, i) => `m other ${i}`);
    // About 0.004% of other keys get through a full stage: 4 of 100,000 expected.
    expect(others.filter((n) => stage.mayHave(n)).length).toBeLessThan(30);
    expect(NameFilter.fromRow(stage.toRow(0))?.mayHave('m name 7')).toBe(true);
  });

  it('grows by a new stage when the newest is full; the full one is never written again', async () => {
    const db = open('names-grow');
    await savePage(db, 'https://a.example/1', page(['closure']), 1);
    expect(await conceptsByName(db, ['m closure'])).toHaveLength(1);
    // Fill the stored stage to its share, as thousands of pages would.
    const full = NameFilter.fromRow(await db.nameFilter.get('stage 0'))!;
    for (let i = 0; !full.full; i++) full.add(`m filler ${i}`);
    const meta = (await db.nameFilter.get('meta')) as NameFilterMetaRow;
    await db.nameFilter.bulkPut([full.toRow(0), { ...meta, version: 'filled' }]);
    await savePage(db, 'https://a.example/2', page(['decorator']), 2);
    expect((await db.nameFilter.toCollection().primaryKeys()).sort()).toEqual(['meta', 'stage 0', 'stage 1']);
    expect(await db.nameFilter.get('stage 0')).toEqual(full.toRow(0));
    await savePage(db, 'https://a.example/3', page(['generator']), 3);
    expect(
      (await conceptsByName(db, ['m decorator', 'm closure', 'm generator', 'm nothing']))
        .map((c) => c.key)
        .sort(),
    ).toEqual(['term:en:closure', 'term:en:decorator', 'term:en:generator']);
    db.close();
  });

  it('sees names another handle saved, also after a save of its own rolled back', async () => {
    const factory = new IDBFactory();
    const a = new RungDatabase('names-two', { indexedDB: factory, IDBKeyRange });
    const b = new RungDatabase('names-two', { indexedDB: factory, IDBKeyRange });
    await savePage(a, 'https://a.example/1', page(['closure']), 1);
    expect(await conceptsByName(a, ['m closure'])).toHaveLength(1);
    // A save on `a` that fails after its names were noted: the filter it wrote is rolled back.
    await expect(
      a.transaction('rw', a.concepts, a.nameFilter, async () => {
        await noteConceptNames(a, [
          { key: 'term:en:lost', label: 'lost', kind: 'term', lang: 'en', aliases: [], firstSeenAt: 2 },
        ]);
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    await savePage(b, 'https://b.example/1', page(['decorator']), 3);
    expect((await conceptsByName(a, ['m decorator', 'm closure'])).map((c) => c.key).sort()).toEqual([
      'term:en:closure',
      'term:en:decorator',
    ]);
    a.close();
    b.close();
  });
});
