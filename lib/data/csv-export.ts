import type { MasteryRecord, StoredConcept } from '@/lib/types';

/**
 * Starts of a cell that a spreadsheet may run as a formula or command: = + - @ and | (DDE in older
 * Excel), their full-width forms (Excel and LibreOffice with East Asian input treat ＝ as =), tab,
 * CR and LF, each possibly after spaces, which spreadsheets strip before they look.
 */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@|\uff1d\uff0b\uff0d\uff20\uff5c]|^[\t\r\n]/;

/**
 * A cell as RFC 4180 wants it: quoted when it holds a comma, quote, CR or LF, quotes doubled.
 * Text a spreadsheet could run as a formula gets a leading apostrophe, as OWASP advises against
 * CSV injection: page text is untrusted and ends up in these cells.
 */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS = [
  'label',
  'definition',
  'kind',
  'lang',
  'aliases',
  'status',
  'attempts',
  'key',
] as const;

/**
 * The learner's concepts with their definitions, one row per concept, CRLF line ends (RFC 4180).
 * A UTF-8 byte order mark is written first by default: without it Excel reads the file as the
 * system code page and garbles every non-ASCII label.
 */
export function conceptsToCsv(
  concepts: readonly StoredConcept[],
  options: { mastery?: ReadonlyMap<string, MasteryRecord>; bom?: boolean } = {},
): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const c of concepts) {
    const m = options.mastery?.get(c.key);
    lines.push(
      [
        c.label,
        c.definition ?? c.summary ?? '',
        c.kind,
        c.lang,
        c.aliases.join('; '),
        m?.status ?? 'new',
        m?.attempts ?? 0,
        c.key,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}
