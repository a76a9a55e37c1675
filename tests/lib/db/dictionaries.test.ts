import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { strToU8, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  importDictionary,
  listDictionaries,
  lookUpWords,
  removeDictionary,
  segmentText,
} from '@/lib/db/dictionaries';
import { RungDatabase } from '@/lib/db/schema';
import { FREEDICT_MISSING, freedictZip, hasFreedict } from '../../support/freedict';

let db: RungDatabase;
beforeEach(() => {
  db = new RungDatabase('rung', { indexedDB: new IDBFactory(), IDBKeyRange });
});

const zh = zipSync({
  'index.json': strToU8(JSON.stringify({ title: 'Mini CEDICT', revision: '1', format: 3 })),
  'term_bank_1.json': strToU8(
    JSON.stringify([
      ['人工', 'rén gōng', 'n', '', 0, ['man-made'], 1, ''],
      ['智能', 'zhì néng', 'n', '', 0, ['intelligence'], 2, ''],
      ['人工智能', 'rén gōng zhì néng', 'n', '', 0, ['artificial intelligence'], 3, ''],
      ['发展', 'fā zhǎn', 'v', '', 0, ['to develop'], 4, ''],
    ]),
  ),
});

describe('dictionaries in IndexedDB', () => {
  it('imports, lists with size, looks up longest match first, removes', async () => {
    const record = await importDictionary(db, zh, 1000);
    expect(record).toMatchObject({ title: 'Mini CEDICT', terms: 4, bytes: zh.byteLength });
    expect(await listDictionaries(db)).toEqual([record]);
    const words = await segmentText(db, '人工智能的发展');
    expect(words.map((w) => [w.word, w.meaning.glosses[0]])).toEqual([
      ['人工智能', 'artificial intelligence'],
      ['发展', 'to develop'],
    ]);
    // Importing the same title again replaces it.
    await importDictionary(db, zh, 2000);
    expect(await db.dictionaryTerms.count()).toBe(4);
    await removeDictionary(db, 'Mini CEDICT');
    expect(await listDictionaries(db)).toEqual([]);
    expect(await db.dictionaryTerms.count()).toBe(0);
    expect((await lookUpWords(db, ['发展'], 'zh')).size).toBe(0);
  });

  it('a bad file is refused and nothing is stored', async () => {
    await expect(importDictionary(db, new Uint8Array([80, 75, 3, 4]), 1)).rejects.toThrow(/zip/);
    expect(await db.dictionaryTerms.count()).toBe(0);
  });

  it.skipIf(!hasFreedict('spa-eng'))('FreeDict Spanish: inflected forms find their lemma', async () => {
    await importDictionary(db, freedictZip('spa-eng'), 1);
    const found = await lookUpWords(db, ['argentinos', 'derechos', 'Tienen', 'hablaron', 'xyzzy'], 'es');
    expect(found.get('argentinos')?.term).toBe('argentino');
    expect(found.get('derechos')?.glosses).toContain('right');
    expect(found.get('hablaron')?.term).toBe('hablar');
    expect(found.has('xyzzy')).toBe(false);
  });
  if (!hasFreedict('spa-eng')) console.warn(FREEDICT_MISSING('spa-eng'));
});
