import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { ankiField, ankiGuid, buildAnkiPackage } from '@/lib/data/anki-export';
import { makeLearnerTables } from './learner-data';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs();
});

const NOW = Date.UTC(2026, 2, 1, 12);

function rows(db: Database, sql: string): Record<string, unknown>[] {
  const [result] = db.exec(sql);
  if (!result) return [];
  return result.values.map((v) => Object.fromEntries(result.columns.map((c, i) => [c, v[i]])));
}

function openPackage(bytes: Uint8Array): { db: Database; files: Record<string, Uint8Array> } {
  const files = unzipSync(bytes);
  const collection = files['collection.anki2'];
  if (!collection) throw new Error('no collection.anki2 in the package');
  return { db: new SQL.Database(collection), files };
}

// Column lists of Anki's legacy schema (rslib/src/storage/schema11.sql).
const ANKI_COLUMNS: Record<string, string[]> = {
  col: ['id', 'crt', 'mod', 'scm', 'ver', 'dty', 'usn', 'ls', 'conf', 'models', 'decks', 'dconf', 'tags'],
  notes: ['id', 'guid', 'mid', 'mod', 'usn', 'tags', 'flds', 'sfld', 'csum', 'flags', 'data'],
  cards: [
    'id',
    'nid',
    'did',
    'ord',
    'mod',
    'usn',
    'type',
    'queue',
    'due',
    'ivl',
    'factor',
    'reps',
    'lapses',
    'left',
    'odue',
    'odid',
    'flags',
    'data',
  ],
  revlog: ['id', 'cid', 'usn', 'ease', 'ivl', 'lastIvl', 'factor', 'time', 'type'],
  graves: ['usn', 'oid', 'type'],
};

describe('buildAnkiPackage', () => {
  const concepts = makeLearnerTables({ concepts: 300, attempts: 0 }).concepts;

  it('is a zip with a valid legacy Anki collection and an empty media map', () => {
    const { db, files } = openPackage(buildAnkiPackage(SQL, concepts, { now: NOW, deckName: 'Python docs' }));
    expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
    expect(strFromU8(files.media as Uint8Array)).toBe('{}');
    for (const [table, columns] of Object.entries(ANKI_COLUMNS)) {
      expect(
        rows(db, `PRAGMA table_info(${table})`).map((r) => r.name),
        table,
      ).toEqual(columns);
    }
    expect(rows(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);

    const [col] = rows(db, 'SELECT * FROM col');
    expect(col?.ver).toBe(11);
    const models = JSON.parse(String(col?.models)) as Record<
      string,
      { id: number; flds: { name: string }[]; tmpls: unknown[] }
    >;
    const decks = JSON.parse(String(col?.decks)) as Record<string, { id: number; name: string }>;
    expect(JSON.parse(String(col?.dconf))).toHaveProperty('1');
    const [model] = Object.values(models);
    expect(model?.flds.map((f) => f.name)).toEqual(['Front', 'Back']);
    expect(model?.tmpls).toHaveLength(1);
    expect(Object.values(decks).map((d) => d.name)).toContain('Python docs');

    const notes = rows(db, 'SELECT * FROM notes ORDER BY id');
    const cards = rows(db, 'SELECT * FROM cards ORDER BY id');
    expect(notes).toHaveLength(concepts.length);
    expect(cards).toHaveLength(concepts.length);
    expect(new Set(notes.map((n) => n.guid)).size).toBe(concepts.length);
    expect(rows(db, 'SELECT COUNT(*) AS n FROM revlog')).toEqual([{ n: 0 }]);
    notes.forEach((note, i) => {
      const c = concepts[i];
      if (!c) throw new Error('missing concept');
      expect(note.mid).toBe(model?.id);
      expect(typeof note.guid === 'string' && note.guid.length > 0).toBe(true);
      const fields = String(note.flds).split('\x1f');
      expect(fields).toEqual([ankiField(c.label), ankiField(c.definition ?? c.summary ?? c.signature ?? '')]);
      expect(note.sfld).toBe(c.label);
      // Anki's checksum, computed independently with node:crypto.
      const sha = createHash('sha1').update(String(note.sfld), 'utf8').digest('hex');
      expect(note.csum).toBe(Number.parseInt(sha.slice(0, 8), 16));
      const card = cards[i];
      expect(card?.nid).toBe(note.id);
      expect(decks[String(card?.did)]).toBeDefined();
      expect(card).toMatchObject({ ord: 0, type: 0, queue: 0, due: i + 1 });
    });
    db.close();
  });

  it('escapes page text so Anki cannot run it as HTML', () => {
    const hostile = concepts.find((c) => c.label.includes('<script>'));
    expect(hostile).toBeDefined();
    const { db } = openPackage(buildAnkiPackage(SQL, hostile ? [hostile] : [], { now: NOW }));
    const [note] = rows(db, 'SELECT flds FROM notes');
    const flds = String(note?.flds);
    expect(flds).not.toMatch(/<script|<img|onerror="/i);
    expect(flds).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(flds).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &quot;quotes&quot;');
    expect(flds).toContain('commas<br>and lines');
    db.close();
  });

  it('keeps a hostile label in its own field and neutralises Anki media and LaTeX markers', () => {
    const [base] = concepts;
    if (!base) throw new Error('no concept');
    const hostile = {
      ...base,
      label: 'front\x1fextra field\x1fmore',
      definition: 'hear [sound:../../evil.mp3] and [latex]\\input{/etc/passwd}[/latex] [$]x[/$]',
    };
    const { db } = openPackage(buildAnkiPackage(SQL, [hostile], { now: NOW }));
    const [note] = rows(db, 'SELECT flds, sfld FROM notes');
    const fields = String(note?.flds).split('\x1f');
    expect(fields).toHaveLength(2);
    expect(fields[0]).toBe('front extra field more');
    expect(String(note?.sfld)).not.toContain('\x1f');
    expect(fields[1]).not.toMatch(/\[sound:|\[latex\]|\[\$\]/);
    expect(fields[1]).toContain('&#91;sound:../../evil.mp3]');
    db.close();
  });

  it('gives a concept the same guid in every export, so re-importing updates notes in Anki', () => {
    const a = openPackage(buildAnkiPackage(SQL, concepts.slice(0, 5), { now: NOW }));
    const b = openPackage(buildAnkiPackage(SQL, concepts.slice(0, 5), { now: NOW + 86_400_000 }));
    const guids = (db: Database) => rows(db, 'SELECT guid FROM notes ORDER BY id').map((r) => r.guid);
    expect(guids(b.db)).toEqual(guids(a.db));
    expect(guids(a.db)[0]).toBe(ankiGuid(concepts[0]?.key ?? ''));
    expect(ankiGuid('term:en:a')).not.toBe(ankiGuid('term:en:b'));
    expect(ankiGuid('x')).toMatch(/^[\x21-\x7e]{1,11}$/);
  });
});
