import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportDocument, ExportTable } from '@/lib/data/export-format';
import { exportData, redactSettings, serializeExport } from '@/lib/db/export-data';
import {
  IMPORT_STORAGE_FULL_MESSAGE,
  ImportError,
  importData,
  jsonNesting,
  parseExport,
} from '@/lib/db/import-data';
import { StorageFullError } from '@/lib/db/record-attempt';
import { RungDatabase } from '@/lib/db/schema';
import { seedTables } from '@/lib/db/seed-tables';
import type { Attempt } from '@/lib/types';
import { countDerive } from '@/tests/lib/db/count-derive';
import { type QuotaBudget, quotaLimitedFactory } from '@/tests/lib/db/quota-limited-idb';
import { makeLearnerTables, type Tables } from '../data/learner-data';

const NOW = Date.UTC(2026, 2, 1);
const open: RungDatabase[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function freshDb(factory: IDBFactory = new IDBFactory()): RungDatabase {
  const db = new RungDatabase(`rung-import-${open.length}`, { indexedDB: factory, IDBKeyRange });
  open.push(db);
  return db;
}

async function dbWith(tables: Tables, factory?: IDBFactory): Promise<RungDatabase> {
  const db = freshDb(factory);
  await seedTables(db, tables, countDerive);
  return db;
}

async function snapshot(db: RungDatabase): Promise<string> {
  return serializeExport(await exportData(db, { now: 0 }));
}

async function fileOf(tables: Tables, settings: unknown = {}): Promise<string> {
  const db = await dbWith(tables);
  return serializeExport(await exportData(db, { now: NOW, settings }));
}

describe('importData merges without duplicates', () => {
  it('keeps every attempt once, merges aliases, and re-derives mastery from the merged attempts', async () => {
    const small = makeLearnerTables({ concepts: 30, attempts: 200, pages: 3 }, 1);
    const mine = await dbWith(small);
    // The other device: the same concepts seen again, half of the same answers plus new ones.
    const other = makeLearnerTables({ concepts: 30, attempts: 150, pages: 3 }, 2);
    other.attempts.push(...small.attempts.slice(0, 100));
    const target = other.concepts[0];
    if (!target) throw new Error('no concept');
    target.label = 'List Comprehension';
    target.aliases = ['listcomp'];
    target.firstSeenAt = 0;
    other.edges[0]?.evidence.push({ source: 'llm', detail: 'stated on the page' });
    const otherQuiz = other.quizzes[0];
    if (otherQuiz) otherQuiz.updatedAt += 1_000_000;

    const summary = await importData(mine, await fileOf(other), { deriveMastery: countDerive });

    expect(summary.tables.attempts).toEqual({ added: 150, updated: 0, unchanged: 100 });
    const attempts = await mine.attempts.toArray();
    expect(attempts).toHaveLength(350);
    expect(new Set(attempts.map((a) => a.id)).size).toBe(350);

    const merged = await mine.concepts.get(target.key);
    expect(merged?.label).toBe(small.concepts[0]?.label);
    expect(merged?.aliases).toEqual(
      expect.arrayContaining([...(small.concepts[0]?.aliases ?? []), 'listcomp', 'List Comprehension']),
    );
    expect(merged?.firstSeenAt).toBe(0);
    expect(await mine.concepts.count()).toBe(30);

    const edge = await mine.edges.get([other.edges[0]?.from ?? '', other.edges[0]?.to ?? '']);
    expect(edge?.evidence.map((e) => e.source)).toEqual(['order', 'llm']);
    expect((await mine.quizzes.get(otherQuiz?.id ?? ''))?.updatedAt).toBe(otherQuiz?.updatedAt);

    // Mastery agrees with the attempt log for every concept.
    const byConcept = new Map<string, Attempt[]>();
    for (const a of attempts) byConcept.set(a.conceptKey, [...(byConcept.get(a.conceptKey) ?? []), a]);
    const mastery = await mine.mastery.toArray();
    expect(mastery.map((m) => m.conceptKey).sort()).toEqual([...byConcept.keys()].sort());
    for (const m of mastery) expect(m).toEqual(countDerive(m.conceptKey, byConcept.get(m.conceptKey) ?? []));
  });

  it('does not trust mastery rows from the file: a forged "mastered" is re-derived', async () => {
    const tables = makeLearnerTables({ concepts: 5, attempts: 12, pages: 1 }, 3);
    const doc = JSON.parse(await fileOf(tables)) as ExportDocument;
    for (const m of doc.tables.mastery)
      Object.assign(m, { status: 'mastered', streak: 99, correct: m.attempts });
    // A placeholder for a concept without attempts is taken over; one that claims attempts is not.
    const [first] = doc.tables.concepts;
    if (!first) throw new Error('no concept');
    doc.tables.concepts.push({ ...first, key: 'term:en:unseen', label: 'unseen', aliases: [] });
    doc.tables.mastery.push(
      { conceptKey: 'term:en:unseen', status: 'new', attempts: 0, correct: 0, streak: 0, pCorrect: 0.5 },
      { conceptKey: 'term:en:forged', status: 'mastered', attempts: 9, correct: 9, streak: 9, pCorrect: 1 },
    );
    const db = freshDb();
    const summary = await importData(db, JSON.stringify(doc), { deriveMastery: countDerive });
    expect(summary.rederived).toBe(new Set(tables.attempts.map((a) => a.conceptKey)).size);
    for (const m of await db.mastery.toArray()) {
      const own = await db.attempts.where('conceptKey').equals(m.conceptKey).toArray();
      expect(m).toEqual(countDerive(m.conceptKey, own));
    }
    expect(await db.mastery.get('term:en:unseen')).toMatchObject({ status: 'new' });
    expect(await db.mastery.get('term:en:forged')).toBeUndefined();
  });

  it('returns the settings without secrets and accepts files without the v2 tables', async () => {
    const tables = makeLearnerTables({ concepts: 3, attempts: 3, pages: 1 }, 4);
    const doc = JSON.parse(
      await fileOf(tables, { theme: 'dark', llm: { apiKey: 'sk-1', model: 'm' } }),
    ) as Record<string, Record<string, unknown>>;
    expect(JSON.stringify(doc)).not.toContain('sk-1');
    if (doc.settings) doc.settings.llm = { model: 'm', api_key: 'sk-2' };
    delete doc.tables?.gaps;
    delete doc.tables?.quizzes;
    const db = freshDb();
    const summary = await importData(db, JSON.stringify(doc), { deriveMastery: countDerive });
    expect(summary.settings).toEqual({ theme: 'dark', llm: { model: 'm' } });
    expect(summary.tables.gaps.added).toBe(0);
    expect(await db.attempts.count()).toBe(3);
  });
});

describe('importData checks references and addresses', () => {
  it('drops rows about concepts that exist nowhere and says how many', async () => {
    const tables = makeLearnerTables({ concepts: 6, attempts: 10, pages: 1 }, 11);
    const doc = JSON.parse(await fileOf(tables)) as ExportDocument;
    const [attempt] = doc.tables.attempts;
    const [gap] = doc.tables.gaps;
    if (!attempt) throw new Error('no attempt');
    doc.tables.attempts.push({ ...attempt, id: 'ghost-attempt', conceptKey: 'term:en:ghost' });
    doc.tables.mastery.push({
      conceptKey: 'term:en:ghost',
      status: 'new',
      attempts: 0,
      correct: 0,
      streak: 0,
      pCorrect: 0.5,
    });
    doc.tables.edges.push({ from: 'term:en:ghost', to: attempt.conceptKey, confidence: 1, evidence: [] });
    if (gap) doc.tables.gaps.push({ ...gap, behind: 'term:en:ghost' });
    const db = freshDb();
    const summary = await importData(db, JSON.stringify(doc), { deriveMastery: countDerive });
    expect(summary.dropped.unknownConcept).toBe(gap ? 4 : 3);
    expect(await db.attempts.get('ghost-attempt')).toBeUndefined();
    expect(await db.mastery.get('term:en:ghost')).toBeUndefined();
    expect(await db.edges.where('from').equals('term:en:ghost').count()).toBe(0);
    expect(await db.attempts.count()).toBe(tables.attempts.length);
  });

  it('keeps rows whose concept is already in the database, though not in the file', async () => {
    const tables = makeLearnerTables({ concepts: 4, attempts: 6, pages: 1 }, 12);
    const db = await dbWith(tables);
    const doc = JSON.parse(await fileOf(tables)) as ExportDocument;
    const [attempt] = doc.tables.attempts;
    if (!attempt) throw new Error('no attempt');
    doc.tables.concepts = [];
    doc.tables.attempts = [{ ...attempt, id: 'from-other-device' }];
    const summary = await importData(db, JSON.stringify(doc), { deriveMastery: countDerive });
    expect(summary.dropped.unknownConcept).toBe(0);
    expect(await db.attempts.get('from-other-device')).toBeDefined();
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'chrome://settings',
    'nonsense',
  ])(
    'accepts only http(s) addresses: %s as a page, nextUrl or readOn never reaches the database',
    async (unsafe) => {
      const tables = makeLearnerTables({ concepts: 4, attempts: 6, pages: 2 }, 13);
      const doc = JSON.parse(await fileOf(tables)) as ExportDocument;
      const [first, second] = doc.tables.pages;
      if (!first || !second) throw new Error('no pages');
      first.nextUrl = unsafe;
      second.url = unsafe;
      const [concept] = doc.tables.concepts;
      if (!concept) throw new Error('no concept');
      doc.tables.gaps.push({ conceptKey: concept.key, behind: concept.key, createdAt: NOW, readOn: unsafe });
      const db = freshDb();
      const summary = await importData(db, JSON.stringify(doc), { deriveMastery: countDerive });
      expect(summary.dropped.unsafeUrl).toBe(3);
      const stored = JSON.stringify(await exportData(db, { now: NOW }));
      expect(stored).not.toContain(JSON.stringify(unsafe).slice(1, -1));
      expect(await db.pages.get(first.url)).toBeDefined();
      expect((await db.pages.get(first.url))?.nextUrl).toBeUndefined();
    },
  );
});

describe('importData refuses bad files with a clear error and changes nothing', () => {
  const validTables = makeLearnerTables({ concepts: 8, attempts: 20, pages: 2 }, 5);
  const edit = async (
    change: (doc: Record<string, unknown> & { tables: Record<ExportTable, unknown[]> }) => void,
  ) => {
    const doc = JSON.parse(await fileOf(validTables));
    change(doc);
    return JSON.stringify(doc);
  };

  it.each<[string, () => Promise<string> | string, RegExp]>([
    ['empty file', () => '', /not valid JSON/],
    ['not JSON', () => '<html>nope</html>', /not valid JSON/],
    ['JSON of another app', () => '{"notes": []}', /not a Rung export/],
    ['an array', () => '[1,2,3]', /not a Rung export/],
    ['null', () => 'null', /not a Rung export/],
    ['a newer format', () => edit((d) => Object.assign(d, { version: 2 })), /newer version of Rung/],
    [
      'a newer database',
      () => edit((d) => Object.assign(d, { schemaVersion: 999 })),
      /newer version of Rung/,
    ],
    ['a missing table', () => edit((d) => Reflect.deleteProperty(d.tables, 'attempts')), /tables\.attempts/],
    [
      'a wrongly typed field',
      () => edit((d) => Object.assign(d.tables.attempts[3] as object, { correct: 'yes' })),
      /tables\.attempts\[3\]\.correct/,
    ],
    [
      'a row that is not an object',
      () => edit((d) => d.tables.concepts.push('oops')),
      /tables\.concepts\[8\]/,
    ],
    [
      'an empty key',
      () => edit((d) => Object.assign(d.tables.concepts[0] as object, { key: '' })),
      /concepts\[0\]\.key/,
    ],
    [
      'a huge label',
      () => edit((d) => Object.assign(d.tables.concepts[1] as object, { label: 'x'.repeat(5000) })),
      /concepts\[1\]\.label/,
    ],
    [
      'an unknown status',
      () => edit((d) => Object.assign(d.tables.mastery[0] as object, { status: 'god' })),
      /status/,
    ],
    [
      'a bad row after a good one (nothing half-imported)',
      () =>
        edit((d) => {
          d.tables.attempts.push({ ...(d.tables.attempts[0] as object), id: 'new-one' }, { id: 'broken' });
        }),
      /tables\.attempts\[21\]/,
    ],
  ])('%s', async (_name, makeText, message) => {
    const db = await dbWith(makeLearnerTables({ concepts: 4, attempts: 6, pages: 1 }, 9));
    const before = await snapshot(db);
    const text = await makeText();
    const error = await importData(db, text, { deriveMastery: countDerive }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(message);
    expect(await snapshot(db)).toBe(before);
  });

  it('refuses deeply nested values, which would overflow the stack when stored', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = await edit((d) => Object.assign(d.tables.concepts[0] as object, { extra: '__DEEP__' }));
    const error = await importData(freshDb(), text.replace('"__DEEP__"', deep), {
      deriveMastery: countDerive,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/nests deeper than 64/);
    // Brackets inside strings do not count.
    expect(jsonNesting('{"a":"[[[[[[[[\\"}')).toBe(1);
    expect(jsonNesting('{"a":"\\"}')).toBe(1);
    expect(jsonNesting('[{"a":[1,{"b":"]]]"}]}]')).toBe(4);
  });

  it('refuses a file over the size limit before parsing it', () => {
    expect(() => parseExport('x'.repeat(2 * 1024 * 1024), 1024 * 1024)).toThrow(/too large.*2 MB.*1 MB/);
  });

  it('cannot pollute prototypes', async () => {
    const text = await edit((d) => {
      d.tables.concepts[0] = {
        ...(d.tables.concepts[0] as object),
        constructor: { prototype: { polluted: 1 } },
      };
    });
    const hostile = text
      .replace('"format"', '"__proto__":{"polluted":1},"format"')
      .replace('"settings":{}', '"settings":{"__proto__":{"polluted":1},"theme":"dark"}');
    expect(hostile).toContain('"theme":"dark"');
    const db = freshDb();
    const summary = await importData(db, hostile, { deriveMastery: countDerive });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(summary.settings)).toBe(Object.prototype);
    expect((summary.settings as Record<string, unknown>).polluted).toBeUndefined();
    expect(summary.settings).toEqual({ theme: 'dark' });
    expect(await db.concepts.count()).toBe(8);
  });

  it('turns a full disk during import into StorageFullError and keeps the database as it was', async () => {
    const budget: QuotaBudget = { writes: Number.POSITIVE_INFINITY, refused: 0 };
    const db = await dbWith(
      makeLearnerTables({ concepts: 6, attempts: 10, pages: 1 }, 11),
      quotaLimitedFactory(budget),
    );
    const before = await snapshot(db);
    budget.writes = 25;
    const error = await importData(db, await fileOf(validTables), { deriveMastery: countDerive }).catch(
      (e: unknown) => e,
    );
    budget.writes = Number.POSITIVE_INFINITY;
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toBe(IMPORT_STORAGE_FULL_MESSAGE);
    expect(budget.refused).toBeGreaterThan(0);
    expect(await snapshot(db)).toBe(before);
  });

  it('never fails with anything but ImportError on arbitrary or mutated input (fuzz)', async () => {
    const valid = JSON.parse(await fileOf(validTables)) as Record<string, unknown>;
    const db = freshDb();
    const mutated = fc
      .tuple(fc.constantFrom('tables', 'settings', 'exportedAt', 'schemaVersion', 'format'), fc.jsonValue())
      .map(([field, value]) => JSON.stringify({ ...valid, [field]: value }));
    const rowMutation = fc
      .tuple(
        fc.constantFrom('pages', 'concepts', 'attempts', 'edges', 'quizzes', 'gaps'),
        fc.jsonValue({ maxDepth: 3 }),
      )
      .map(([table, row]) => {
        const doc = structuredClone(valid) as { tables: Record<string, unknown[]> };
        doc.tables[table]?.push(row);
        return JSON.stringify(doc);
      });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), mutated, rowMutation), async (text) => {
        try {
          await importData(db, text, { deriveMastery: countDerive });
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
          expect(error.message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 150, seed: 20260301 },
    );
  });
});

describe('redactSettings', () => {
  it('drops secrets at any depth and anything that is not JSON data', () => {
    const out = redactSettings({
      theme: 'dark',
      apiKey: 'sk-x',
      llm: { endpoint: 'https://x', API_KEY: 'a', accessToken: 'b', headers: { Authorization: 'Bearer c' } },
      list: [1, { password: 'p', keep: true }],
      fn: () => 1,
      nan: Number.NaN,
    });
    expect(out).toEqual({
      theme: 'dark',
      llm: { endpoint: 'https://x', headers: {} },
      list: [1, { keep: true }],
    });
    expect(redactSettings(null)).toEqual({});
    expect(redactSettings([1, 2])).toEqual({});
  });
});
