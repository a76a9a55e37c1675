import { strToU8, zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import { sha1Hex } from '@/lib/data/sha1';
import type { StoredConcept } from '@/lib/types';

/**
 * Anki deck export: an .apkg is a zip holding `collection.anki2` (a SQLite database in Anki's
 * legacy schema 11, which every Anki version since 2.1 and AnkiDroid/AnkiMobile import) and a
 * `media` file mapping zip entries to media names (`{}`: Rung exports no media).
 *
 * Notes get a stable guid derived from the concept key, so importing a newer export into Anki
 * updates the same notes instead of adding duplicates. The note type and deck have fixed ids for
 * the same reason.
 */
export const RUNG_MODEL_ID = 1_735_689_600_001;
export const RUNG_DECK_ID = 1_735_689_600_002;
export const ANKI_FIELD_SEPARATOR = '\x1f';

export interface AnkiExportOptions {
  /** Milliseconds since the epoch; note/card ids and modification times derive from it. */
  now: number;
  deckName?: string;
}

/**
 * One Anki field from untrusted page text. Anki renders fields as HTML, so everything is escaped;
 * control characters go (a \x1f is Anki's field separator and would split the note into extra
 * fields); and `[` becomes `&#91;`, which the card still shows as "[" but which Anki's media and
 * LaTeX scanners (`[sound:...]`, `[latex]`, `[$]`, `[$$]`, `[anki:tts]`), run on the raw field,
 * no longer match, so a page cannot make Anki play a file or run LaTeX.
 */
export function ankiField(text: string): string {
  return text
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\[/g, '&#91;')
    .replace(/\r?\n|\r/g, '<br>');
}

const BASE91 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~';

/** Anki's guid format (base91 of a 64-bit number), here from the concept key rather than random. */
export function ankiGuid(conceptKey: string): string {
  let n = BigInt(`0x${sha1Hex(`rung:${conceptKey}`).slice(0, 16)}`);
  let out = '';
  while (n > 0n) {
    out = BASE91[Number(n % 91n)] + out;
    n /= 91n;
  }
  return out || 'a';
}

/** Anki's duplicate-check checksum: the first 8 hex digits of the SHA-1 of the plain sort field. */
export function ankiChecksum(sortField: string): number {
  return Number.parseInt(sha1Hex(sortField).slice(0, 8), 16);
}

/** What goes on the back: the definition, else the summary or signature the page gave. */
function backOf(c: StoredConcept): string {
  return c.definition ?? c.summary ?? c.signature ?? '';
}

// Anki's legacy (schema 11) tables, as rslib/src/storage/schema11.sql creates them.
const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null,
  left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
  type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

const CSS = `.card { font-family: system-ui, sans-serif; font-size: 20px; text-align: center; color: black; background-color: white; }
.back { font-size: 18px; text-align: start; }`;

function collectionJson(now: number, deckName: string, noteCount: number) {
  const sec = Math.floor(now / 1000);
  const model = {
    id: RUNG_MODEL_ID,
    name: 'Rung concept',
    type: 0,
    mod: sec,
    usn: -1,
    sortf: 0,
    did: RUNG_DECK_ID,
    tmpls: [
      {
        name: 'Concept → definition',
        ord: 0,
        qfmt: '{{Front}}',
        afmt: '{{FrontSide}}<hr id="answer"><div class="back">{{Back}}</div>',
        bqfmt: '',
        bafmt: '',
        did: null,
        bfont: '',
        bsize: 0,
      },
    ],
    flds: ['Front', 'Back'].map((name, ord) => ({
      name,
      ord,
      sticky: false,
      rtl: false,
      font: 'Arial',
      size: 20,
      media: [],
    })),
    css: CSS,
    latexPre:
      '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n' +
      '\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    req: [[0, 'any', [0]]],
    tags: [],
    vers: [],
  };
  const deck = (id: number, name: string, desc: string) => ({
    id,
    name,
    desc,
    mod: sec,
    usn: -1,
    collapsed: false,
    browserCollapsed: false,
    dyn: 0,
    conf: 1,
    extendNew: 0,
    extendRev: 50,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  });
  const dconf = {
    id: 1,
    name: 'Default',
    mod: 0,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: {
      bury: true,
      delays: [1, 10],
      initialFactor: 2500,
      ints: [1, 4, 7],
      order: 1,
      perDay: 20,
      separate: true,
    },
    rev: { bury: true, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 200 },
    lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
  };
  const conf = {
    activeDecks: [1],
    curDeck: RUNG_DECK_ID,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    curModel: String(RUNG_MODEL_ID),
    nextPos: noteCount + 1,
    sortType: 'noteFld',
    sortBackwards: false,
    addToCur: true,
  };
  return {
    conf: JSON.stringify(conf),
    models: JSON.stringify({ [RUNG_MODEL_ID]: model }),
    decks: JSON.stringify({
      1: deck(1, 'Default', ''),
      [RUNG_DECK_ID]: deck(RUNG_DECK_ID, deckName, 'Concepts from what you read, exported by Rung.'),
    }),
    dconf: JSON.stringify({ 1: dconf }),
  };
}

/** Anki tags cannot contain spaces; the kind and language make the deck browsable. */
function tagsOf(c: StoredConcept): string {
  const safe = (s: string) => s.replace(/[\s"]+/g, '_');
  return ` rung rung::${safe(c.kind)} rung::lang::${safe(c.lang)} `;
}

/**
 * Builds the .apkg bytes: one note (Front = concept label, Back = definition) and one new card
 * per concept, in the given order. `sql` is an initialised sql.js (the caller loads its wasm:
 * Node finds it in node_modules, the extension ships it as a web-accessible file).
 */
export function buildAnkiPackage(
  sql: SqlJsStatic,
  concepts: readonly StoredConcept[],
  options: AnkiExportOptions,
): Uint8Array {
  const { now } = options;
  const sec = Math.floor(now / 1000);
  const db = new sql.Database();
  try {
    db.run(SCHEMA);
    const json = collectionJson(now, options.deckName ?? 'Rung', concepts.length);
    db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
      Math.floor(now / 86_400_000) * 86_400,
      now,
      now,
      json.conf,
      json.models,
      json.decks,
      json.dconf,
      '{}',
    ]);
    const note = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)');
    const card = db.prepare(
      'INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?)',
    );
    db.run('BEGIN');
    concepts.forEach((c, i) => {
      const id = now + i;
      const sortField = c.label.replace(/[\s\x00-\x1f\x7f]+/g, ' ').trim();
      const fields = [ankiField(c.label), ankiField(backOf(c))].join(ANKI_FIELD_SEPARATOR);
      note.run([
        id,
        ankiGuid(c.key),
        RUNG_MODEL_ID,
        sec,
        tagsOf(c),
        fields,
        sortField,
        ankiChecksum(sortField),
        '',
      ]);
      card.run([id, id, RUNG_DECK_ID, sec, i + 1, '']);
    });
    db.run('COMMIT');
    note.free();
    card.free();
    const collection = db.export();
    return zipSync({ 'collection.anki2': collection, media: strToU8('{}') }, { level: 6 });
  } finally {
    db.close();
  }
}

/** A file name for the deck: rung-2026-03-01.apkg. */
export function ankiFileName(now: number): string {
  return `rung-${new Date(now).toISOString().slice(0, 10)}.apkg`;
}
