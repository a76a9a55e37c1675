import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { conceptsByName } from '@/lib/db/concept-names';
import { RungDatabase, SCHEMA_VERSIONS } from '@/lib/db/schema';
import type { StoredPage } from '@/lib/types';

/**
 * Every schema version gets rows as that build wrote them (real concepts from the Python
 * tutorial and a Spanish vocabulary page, answers as the popup records them). The test opens a
 * database at each older version, writes the rows of every table that version had, closes it,
 * reopens it with the current schema and checks that nothing was lost.
 *
 * Adding a version to SCHEMA_VERSIONS without adding its rows here fails the convention test.
 */
type Rows = Record<string, object[]>;

const PAGE = 'https://docs.python.org/3.6/tutorial/datastructures.html';
const VOCAB_PAGE = 'https://es.wikipedia.org/wiki/Perro';
const T = Date.UTC(2025, 10, 3, 18, 30);

const ROWS_BY_VERSION: Record<number, Rows> = {
  1: {
    pages: [
      {
        url: PAGE,
        title: '5. Data Structures — Python 3.6.0a3 documentation',
        lang: 'en',
        dir: 'ltr',
        pageKind: 'tutorial',
        readAt: T,
        nextUrl: 'https://docs.python.org/3.6/tutorial/modules.html',
        conceptKeys: ['term:en:list comprehension', 'api:py:list.append', 'term:en:tuple'],
        sentences: [
          'List comprehensions provide a concise way to create lists.',
          'A tuple consists of a number of values separated by commas.',
        ],
        headings: [
          { level: 1, text: '5. Data Structures' },
          { level: 2, text: '5.1.3. List Comprehensions' },
        ],
        links: [{ href: 'https://docs.python.org/3.6/tutorial/modules.html', text: 'Next', rel: 'next' }],
        wordCount: 2841,
      },
      {
        url: VOCAB_PAGE,
        title: 'Canis familiaris - Wikipedia, la enciclopedia libre',
        lang: 'es',
        pageKind: 'foreign-language',
        readAt: T + 3_600_000,
        conceptKeys: ['vocab:es:perro', 'vocab:es:ladrar'],
        sentences: ['El perro doméstico es un mamífero carnívoro de la familia de los cánidos.'],
        headings: [{ level: 1, text: 'Canis familiaris' }],
        links: [],
        wordCount: 9120,
        doneAt: T + 7_200_000,
      },
    ],
    concepts: [
      {
        key: 'term:en:list comprehension',
        label: 'list comprehension',
        kind: 'term',
        lang: 'en',
        lemma: 'list comprehension',
        definition:
          'A list comprehension consists of brackets containing an expression followed by a for clause, then zero or more for or if clauses.',
        aliases: ['list comprehensions'],
        firstSeenAt: T,
      },
      {
        key: 'api:py:list.append',
        label: 'list.append',
        kind: 'api',
        lang: 'py',
        signature: 'list.append(x)',
        symbolKind: 'method',
        summary: 'Add an item to the end of the list. Equivalent to a[len(a):] = [x].',
        aliases: ['append'],
        firstSeenAt: T,
      },
      {
        key: 'vocab:es:perro',
        label: 'perro',
        kind: 'vocab',
        lang: 'es',
        lemma: 'perro',
        frequencyRank: 812,
        definition: 'dog',
        aliases: ['perros', 'perra'],
        firstSeenAt: T + 3_600_000,
      },
    ],
    occurrences: [
      {
        pageUrl: PAGE,
        conceptKey: 'term:en:list comprehension',
        score: 0.91,
        sentence: 'List comprehensions provide a concise way to create lists.',
        section: 3,
        firstOffset: 4210,
      },
      { pageUrl: VOCAB_PAGE, conceptKey: 'vocab:es:perro', score: 0.77, section: 0, firstOffset: 3 },
    ],
    edges: [
      {
        from: 'api:py:list.append',
        to: 'term:en:list comprehension',
        confidence: 0.72,
        evidence: [{ source: 'section-order', detail: 'explained in 5.1 before 5.1.3', pageUrl: PAGE }],
      },
    ],
    attempts: [
      {
        id: '01JC4W5S2R7Q6',
        conceptKey: 'term:en:list comprehension',
        pageUrl: PAGE,
        questionId: 'cloze-lc-1',
        questionType: 'cloze',
        correct: false,
        answer: 'generator expression',
        at: T + 60_000,
        responseMs: 8140,
      },
      {
        id: '01JC4W6B9K1ZT',
        conceptKey: 'term:en:list comprehension',
        pageUrl: PAGE,
        questionId: 'mc-lc-2',
        questionType: 'multiple-choice',
        correct: true,
        answer: 'list comprehension',
        at: T + 120_000,
        responseMs: 3020,
        usedHint: true,
      },
      {
        id: '01JC4X0QH3MD2',
        conceptKey: 'vocab:es:perro',
        pageUrl: VOCAB_PAGE,
        questionId: 'vocab-meaning-perro',
        questionType: 'vocab-meaning',
        correct: true,
        answer: 'dog',
        at: T + 3_700_000,
        usedLlm: false,
      },
    ],
    mastery: [
      {
        conceptKey: 'term:en:list comprehension',
        status: 'learning',
        attempts: 2,
        correct: 1,
        streak: 1,
        pCorrect: 0.5,
        lastAt: T + 120_000,
        due: T + 86_400_000,
        stability: 1.2,
        difficulty: 6.4,
      },
      {
        conceptKey: 'vocab:es:perro',
        status: 'learning',
        attempts: 1,
        correct: 1,
        streak: 1,
        pCorrect: 0.67,
        lastAt: T + 3_700_000,
      },
    ],
    quizzes: [
      {
        id: 'quiz-01JC4W5Q',
        pageUrl: PAGE,
        createdAt: T + 30_000,
        updatedAt: T + 120_000,
        questions: [
          {
            id: 'cloze-lc-1',
            conceptKey: 'term:en:list comprehension',
            type: 'cloze',
            prompt: '_____ provide a concise way to create lists.',
            answer: 'List comprehensions',
            accepted: ['list comprehension'],
            source: 'List comprehensions provide a concise way to create lists.',
            pageUrl: PAGE,
            generatedBy: 'offline',
          },
        ],
        answered: [
          {
            questionId: 'cloze-lc-1',
            attemptId: '01JC4W5S2R7Q6',
            correct: false,
            answer: 'generator expression',
          },
        ],
        currentQuestionId: 'cloze-lc-1',
      },
    ],
  },
  2: {
    llmCache: [
      {
        key: 'define:gpt-4o-mini:5f1c9a',
        feature: 'define',
        response: { definition: 'A concise way to build a list from an iterable.' },
        createdAt: T + 200_000,
      },
    ],
    llmLog: [
      {
        at: T + 199_000,
        feature: 'define',
        endpoint: 'https://api.openai.com/v1',
        model: 'gpt-4o-mini',
        pageUrl: PAGE,
        sent: 'List comprehensions provide a concise way to create lists.',
        promptTokens: 212,
        completionTokens: 31,
        ok: true,
      },
      {
        at: T + 250_000,
        feature: 'questions',
        endpoint: 'https://api.openai.com/v1',
        model: 'gpt-4o-mini',
        sent: 'A tuple consists of a number of values separated by commas.',
        ok: false,
        error: '429 Too Many Requests',
      },
    ],
    gaps: [
      {
        conceptKey: 'api:py:list.append',
        behind: 'term:en:list comprehension',
        pageUrl: PAGE,
        createdAt: T + 61_000,
      },
      {
        conceptKey: 'term:en:list comprehension',
        behind: 'term:en:list comprehension',
        pageUrl: PAGE,
        createdAt: T + 60_000,
        closedAt: T + 400_000,
      },
    ],
  },
  3: {
    secrets: [{ name: 'llm-api-key', value: 'sk-migration-test', origin: 'https://api.openai.com' }],
  },
  4: {
    dictionaries: [
      {
        title: 'FreeDict spa-eng',
        revision: 'debian-freedict',
        sourceLanguage: 'es',
        targetLanguage: 'en',
        terms: 4497,
        bytes: 78074,
        importedAt: T + 500_000,
      },
    ],
    dictionaryTerms: [
      {
        id: 1,
        dictionary: 'FreeDict spa-eng',
        term: 'derecho',
        key: 'derecho',
        reading: '',
        tags: [],
        glosses: ['claim, presumption, pretence', 'right', 'direct, straight'],
        score: 0,
      },
      {
        id: 2,
        dictionary: 'FreeDict spa-eng',
        term: 'perro',
        key: 'perro',
        reading: '',
        tags: ['n'],
        glosses: ['dog'],
        score: 0,
      },
    ],
  },
  5: {
    // v5 indexes pages by their chain and keeps each concept's first page: rows as v5's savePage writes them.
    pages: [
      {
        url: 'https://docs.python.org/3.6/tutorial/modules.html',
        title: '6. Modules — Python 3.6.0a3 documentation',
        lang: 'en',
        pageKind: 'tutorial',
        readAt: T + 9_000_000,
        nextUrl: 'https://docs.python.org/3.6/tutorial/inputoutput.html',
        conceptKeys: ['term:en:module'],
        sentences: ['A module is a file containing Python definitions and statements.'],
        headings: [{ level: 1, text: '6. Modules' }],
        links: [],
        wordCount: 3012,
        urlKey: 'https://docs.python.org/3.6/tutorial/modules.html',
        nextKey: 'https://docs.python.org/3.6/tutorial/inputoutput.html',
        order: [T, 1],
      },
    ],
    concepts: [
      {
        key: 'term:en:module',
        label: 'module',
        kind: 'term',
        lang: 'en',
        definition: 'A module is a file containing Python definitions and statements.',
        aliases: ['modules'],
        firstSeenAt: T + 9_000_000,
        intro: { url: 'https://docs.python.org/3.6/tutorial/modules.html', order: [T, 1] },
      },
    ],
  },
  6: {
    // v6 keeps a filter of every concept's names; a stored one comes back as it was written.
    nameFilter: [nameFilterRow(['m module', 'm modules', 'm list comprehension'])],
  },
  7: {
    // v7 keeps the learner model's state after the attempt log, with the last attempt it saw.
    learnerSnapshot: [
      {
        id: 'learner',
        model: '0.612,0.587,0.5',
        state: {
          step: 1,
          firstTries: 1,
          firstWins: 1,
          concepts: new Map([['term:en:tuple', { attempts: 1, wins: 1, lastStep: 0 }]]),
        },
        through: { id: 'attempt-1', at: T + 60_000, seq: 0 },
        count: 1,
      },
    ],
  },
};

/** Fields an upgrade derives from a row (checked on their own below), not part of what was written. */
const DERIVED = ['urlKey', 'nextKey', 'order', 'intro', 'names'];
const written = (row: object) =>
  Object.fromEntries(Object.entries(row).filter(([k]) => !DERIVED.includes(k))) as object;

const LATEST = Math.max(...SCHEMA_VERSIONS.map((s) => s.version));

/** The tables that exist once a database is at version `v` (a null store deletes a table). */
function tablesAt(v: number): Set<string> {
  const tables = new Set<string>();
  for (const step of SCHEMA_VERSIONS) {
    if (step.version > v) break;
    for (const [name, spec] of Object.entries(step.stores)) {
      if (spec === null) tables.delete(name);
      else tables.add(name);
    }
  }
  return tables;
}

/** All fixture rows of versions up to `v`, by table. */
function rowsUpTo(v: number): Rows {
  const out: Rows = {};
  for (const [version, rows] of Object.entries(ROWS_BY_VERSION)) {
    if (Number(version) > v) continue;
    for (const [table, list] of Object.entries(rows)) out[table] = [...(out[table] ?? []), ...list];
  }
  return out;
}

async function writeRows(db: RungDatabase, rows: Rows): Promise<void> {
  if (Object.keys(rows).length === 0) return;
  await db.transaction('rw', Object.keys(rows), async () => {
    for (const [table, list] of Object.entries(rows)) await db.table(table).bulkAdd(list);
  });
}

async function expectRows(db: RungDatabase, rows: Rows): Promise<void> {
  for (const [table, list] of Object.entries(rows)) {
    const stored = await db.table(table).toArray();
    // llmLog's ids are assigned by the database; everything else must come back as written.
    const comparable = (
      table === 'llmLog' ? stored.map(({ id: _id, ...rest }: { id?: number }) => rest) : stored
    ).map(written);
    expect(comparable, table).toEqual(expect.arrayContaining(list.map(written)));
    expect(stored, table).toHaveLength(list.length);
  }
}

describe('schema migrations keep every row', () => {
  it.each(SCHEMA_VERSIONS.map((s) => s.version))('from version %i to the latest', async (v) => {
    const indexedDB = new IDBFactory();
    const old = new RungDatabase('rung', { indexedDB, IDBKeyRange, upTo: v });
    const rows = rowsUpTo(v);
    await writeRows(old, rows);
    old.close();

    const db = new RungDatabase('rung', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST);
    await expectRows(db, rows);
    // The indexes were built for the old rows too.
    expect(await db.attempts.where('conceptKey').equals('term:en:list comprehension').count()).toBe(2);
    expect(await db.occurrences.where('pageUrl').equals(PAGE).count()).toBe(1);
    expect(await db.mastery.where('status').equals('learning').count()).toBe(2);
    // Tables added after `v` exist and take writes.
    for (const table of tablesAt(LATEST)) {
      if (!tablesAt(v).has(table)) expect(await db.table(table).count(), table).toBe(0);
    }
    await writeRows(
      db,
      Object.fromEntries(Object.entries(rowsUpTo(LATEST)).filter(([t]) => !tablesAt(v).has(t))),
    );
    db.close();
  });

  it('step by step through every version, writing at each', async () => {
    const indexedDB = new IDBFactory();
    for (const { version } of SCHEMA_VERSIONS) {
      const db = new RungDatabase('rung', { indexedDB, IDBKeyRange, upTo: version });
      await db.open();
      await expectRows(db, rowsUpTo(version - 1));
      await writeRows(db, ROWS_BY_VERSION[version] ?? {});
      db.close();
    }
    const db = new RungDatabase('rung', { indexedDB, IDBKeyRange });
    await expectRows(db, rowsUpTo(LATEST));
    db.close();
  });
});

describe('v5 upgrade: chain and reading order for the rows v4 stored', () => {
  it('fills the indexed fields so a read finds its neighbours and first pages', async () => {
    const indexedDB = new IDBFactory();
    const old = new RungDatabase('rung', { indexedDB, IDBKeyRange, upTo: 4 });
    await writeRows(old, rowsUpTo(4));
    // The next chapter, read an hour after the first: an ordinary chain of two.
    await old.pages.add({
      ...(ROWS_BY_VERSION[5]!.pages![0] as StoredPage),
      urlKey: undefined,
      nextKey: undefined,
      order: undefined,
    });
    old.close();
    const db = new RungDatabase('rung', { indexedDB, IDBKeyRange });
    const modules = 'https://docs.python.org/3.6/tutorial/modules.html';
    expect(await db.pages.where('nextKey').equals(modules).primaryKeys()).toEqual([PAGE]);
    expect(await db.pages.where('urlKey').equals(modules).primaryKeys()).toEqual([modules]);
    const first = (await db.pages.get(PAGE))!;
    expect(first.order).toEqual([T, 0]);
    // Read later but after the first page in its tutorial: one step along the chain.
    expect((await db.pages.get(modules))!.order).toEqual([T, 1]);
    expect((await db.pages.get(VOCAB_PAGE))!.order).toEqual([T + 3_600_000, 0]);
    expect((await db.concepts.get('term:en:list comprehension'))!.intro).toEqual({
      url: PAGE,
      order: [T, 0],
    });
    expect((await db.concepts.get('vocab:es:perro'))!.intro).toEqual({
      url: VOCAB_PAGE,
      order: [T + 3_600_000, 0],
    });
    // No occurrence, no first page: the next read that names it gives it one.
    expect((await db.concepts.get('api:py:list.append'))!.intro).toBeUndefined();
    db.close();
  });
});

/** The one-row filter v6 wrote (2^21 bits, 6 hashes); v7 keeps stages and rebuilds it. */
function nameFilterRow(keys: string[]) {
  const bits = new Uint8Array((1 << 21) / 8);
  for (const [i, k] of keys.entries()) bits[(i * 7919 + k.length) % bits.length] = 1;
  return { id: 'names', bits, size: 1 << 21, hashes: 6, names: keys.length };
}

describe('v6 upgrade: concepts findable by the names inference looks up', () => {
  it('gives the rows v5 stored their names, and a read finds them through the index', async () => {
    const indexedDB = new IDBFactory();
    const old = new RungDatabase('rung', { indexedDB, IDBKeyRange, upTo: 5 });
    await writeRows(old, rowsUpTo(5));
    old.close();
    const db = new RungDatabase('rung', { indexedDB, IDBKeyRange });
    expect((await db.concepts.get('term:en:module'))!.names).toEqual(['m module', 'm modules']);
    expect((await db.concepts.get('vocab:es:perro'))!.names).toContain('v es perro');
    // No filter yet: the first read builds it from the concepts, then finds by name.
    expect(await db.nameFilter.count()).toBe(0);
    const found = await conceptsByName(db, ['m modules', 'm list comprehension', 'm no such thing']);
    expect(found.map((c) => c.key).sort()).toEqual(['term:en:list comprehension', 'term:en:module']);
    expect((await db.nameFilter.toCollection().primaryKeys()).sort()).toEqual(['meta', 'stage 0']);
    db.close();
  });
});

describe('convention: every schema version has a migration test', () => {
  it.each(SCHEMA_VERSIONS.map((s) => s.version))('version %i has rows for the tables it added', (v) => {
    const rows = ROWS_BY_VERSION[v];
    expect(rows, `add ROWS_BY_VERSION[${v}] in tests/lib/db/migrations.test.ts`).toBeDefined();
    const step = SCHEMA_VERSIONS.find((s) => s.version === v);
    const added = Object.entries(step?.stores ?? {}).filter(
      ([name, spec]) => spec !== null && !tablesAt(v - 1).has(name),
    );
    for (const [table] of added) {
      expect(rows?.[table]?.length ?? 0, `ROWS_BY_VERSION[${v}].${table} needs real rows`).toBeGreaterThan(0);
    }
    for (const table of Object.keys(rows ?? {}))
      expect(tablesAt(v).has(table), `${table} exists at v${v}`).toBe(true);
  });

  it('has no rows for versions that do not exist', () => {
    const known = new Set(SCHEMA_VERSIONS.map((s) => s.version));
    expect(
      Object.keys(ROWS_BY_VERSION)
        .map(Number)
        .filter((v) => !known.has(v)),
    ).toEqual([]);
  });
});
