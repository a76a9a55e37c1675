import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { savePage } from '@/lib/background/save-page';
import { conceptsByName } from '@/lib/db/concept-names';
import { exportData, serializeExport } from '@/lib/db/export-data';
import { importData } from '@/lib/db/import-data';
import { NameFilter } from '@/lib/db/name-filter';
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
  it('never misses a name it was given, and rejects nearly all others', () => {
    const filter = NameFilter.sizedFor(20_000);
    const names = Array.from({ length: 20_000 }, (_, i) => `m name ${i}`);
    for (const n of names) filter.add(n);
    expect(names.every((n) => filter.mayHave(n))).toBe(true);
    const others = Array.from({ length: 20_000 }, (_, i) => `m other ${i}`);
    expect(others.filter((n) => filter.mayHave(n)).length).toBeLessThan(20);
    expect(filter.crowded).toBe(false);
  });

  it('grows with the history: past 10 bits a name it is crowded, and a rebuild is sized for all', () => {
    const small = NameFilter.sizedFor(0);
    const names = Array.from({ length: 300_000 }, (_, i) => `m name ${i}`);
    for (const n of names) small.add(n);
    expect(small.crowded).toBe(true);
    const big = NameFilter.sizedFor(names.length);
    for (const n of names) big.add(n);
    expect(big.crowded).toBe(false);
    const others = Array.from({ length: 100_000 }, (_, i) => `m other ${i}`);
    expect(others.filter((n) => big.mayHave(n)).length).toBeLessThan(100);
    expect(NameFilter.fromRow(big.toRow())?.mayHave('m name 7')).toBe(true);
  });

  it('a saved page past the filter capacity drops it, and the next read rebuilds it bigger', async () => {
    const db = open('names-grow');
    await savePage(db, 'https://a.example/1', page(['closure']), 1);
    expect(await conceptsByName(db, ['m closure'])).toHaveLength(1);
    // A stored filter that is already full: the next save drops it instead of adding to it.
    const full = NameFilter.sizedFor(0);
    for (let i = 0; i < 300_000; i++) full.add(`m filler ${i}`);
    await db.nameFilter.put(full.toRow());
    await savePage(db, 'https://a.example/2', page(['decorator']), 2);
    expect(await db.nameFilter.count()).toBe(0);
    expect((await conceptsByName(db, ['m decorator', 'm closure'])).map((c) => c.key).sort()).toEqual([
      'term:en:closure',
      'term:en:decorator',
    ]);
    expect(await db.nameFilter.count()).toBe(1);
    db.close();
  });
});
