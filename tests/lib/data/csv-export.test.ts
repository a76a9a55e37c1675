import { describe, expect, it } from 'vitest';
import { conceptsToCsv, csvCell } from '@/lib/data/csv-export';
import type { MasteryRecord, StoredConcept } from '@/lib/types';

/** A small RFC 4180 reader, independent of the writer, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    [' =1+1', "' =1+1"],
    ['\u3000=1+1', "'\u3000=1+1"],
    ['\uff1dSUM(A1)', "'\uff1dSUM(A1)"],
    ['\uff0b1', "'\uff0b1"],
    ['|calc', "'|calc"],
    ['  @cmd', "'  @cmd"],
    ['\n=1', `"'\n=1"`],
    ['a=b', 'a=b'],
    ['a | b', 'a | b'],
    [42, '42'],
    [undefined, ''],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('conceptsToCsv', () => {
  const concepts: StoredConcept[] = [
    {
      key: 'term:en:list comprehension',
      label: 'list comprehension',
      kind: 'term',
      lang: 'en',
      definition:
        'A list comprehension consists of brackets containing an expression, followed by a "for" clause.',
      aliases: ['list comprehensions', 'listcomp'],
      firstSeenAt: 1,
    },
    { key: 'vocab:es:perro', label: 'perro', kind: 'vocab', lang: 'es', aliases: [], firstSeenAt: 2 },
    {
      key: 'term:en:=cmd',
      label: '=cmd|" /C calc"!A0',
      kind: 'term',
      lang: 'en',
      definition: '@SUM(1)\r\nsecond line',
      aliases: [],
      firstSeenAt: 3,
    },
  ];
  const mastery = new Map<string, MasteryRecord>([
    [
      'vocab:es:perro',
      { conceptKey: 'vocab:es:perro', status: 'mastered', attempts: 4, correct: 4, streak: 4, pCorrect: 0.9 },
    ],
  ]);

  it('writes a header and one row per concept that an RFC 4180 reader gets back intact', () => {
    const csv = conceptsToCsv(concepts, { mastery });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['label', 'definition', 'kind', 'lang', 'aliases', 'status', 'attempts', 'key']);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([
      'list comprehension',
      'A list comprehension consists of brackets containing an expression, followed by a "for" clause.',
      'term',
      'en',
      'list comprehensions; listcomp',
      'new',
      '0',
      'term:en:list comprehension',
    ]);
    expect(rows[2]?.slice(0, 7)).toEqual(['perro', '', 'vocab', 'es', '', 'mastered', '4']);
    // Neutralised: no cell starts with a formula character.
    expect(rows[3]?.[0]).toBe(`'=cmd|" /C calc"!A0`);
    expect(rows[3]?.[1]).toBe("'@SUM(1)\r\nsecond line");
    expect(rows[3]?.[7]).toBe('term:en:=cmd');
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('can leave out the byte order mark', () => {
    expect(conceptsToCsv([], { bom: false })).toBe(
      'label,definition,kind,lang,aliases,status,attempts,key\r\n',
    );
  });
});
