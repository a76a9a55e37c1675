// `npx tsx scripts/dict/freedict-to-yomitan.ts <spa-eng|deu-eng|fra-eng> <out.zip> [--max N]`:
// builds a Yomitan dictionary (index.json + term_bank_N.json, format 3) from one of Debian's
// FreeDict packages (dict-freedict-*), so tests import a real dictionary through the same path a
// learner uses. Entries with several numbered senses are written as structured content (an
// ordered list), as Wiktionary-derived Yomitan dictionaries do; single senses as plain strings.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';

export const FREEDICT_DIR = process.env.RUNG_FREEDICT ?? '/usr/share/dictd';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64 = (s: string) => [...s].reduce((n, c) => n * 64 + B64.indexOf(c), 0);

interface Entry {
  term: string;
  tags: string[];
  senses: string[];
}

function parseEntry(text: string): Entry | null {
  const [head = '', ...lines] = text.split('\n');
  const m = head.match(/^(.*?)\s*(?:\/[^/]*\/)?\s*(?:<([^>]*)>)?\s*$/);
  const term = (m?.[1] ?? head).trim();
  const tags = (m?.[2] ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const senses: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || /^(see|Synonyms|Note|Antonyms|Example)\b/i.test(line)) continue;
    const gloss = line
      .replace(/^\d+\.\s*/, '')
      .replace(/<[^>]*>/g, '')
      .replace(/\[[^\]]*\]/g, '')
      .replace(/\s+,/g, ',')
      .replace(/\s+/g, ' ')
      .trim();
    if (gloss && !senses.includes(gloss)) senses.push(gloss);
  }
  return term && senses.length > 0 ? { term, tags, senses } : null;
}

/** Reads a FreeDict dictd pair (`freedict-<name>.index` + `.dict.dz`). */
export function readFreedict(name: string, dir = FREEDICT_DIR): Entry[] {
  const index = readFileSync(`${dir}/freedict-${name}.index`, 'utf8');
  const body = gunzipSync(readFileSync(`${dir}/freedict-${name}.dict.dz`));
  const out: Entry[] = [];
  const seen = new Set<string>();
  for (const line of index.split('\n')) {
    const [word, off, len] = line.split('\t');
    if (!word || !off || !len || word.startsWith('00database')) continue;
    const key = `${off}\t${len}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const start = b64(off);
    const e = parseEntry(body.subarray(start, start + b64(len)).toString('utf8'));
    if (e) out.push(e);
  }
  return out;
}

/** The Yomitan zip for `name`, with at most `max` entries (the first in the index's order). */
export function freedictToYomitan(name: string, options: { max?: number; dir?: string } = {}): Uint8Array {
  const entries = readFreedict(name, options.dir).slice(0, options.max ?? Number.POSITIVE_INFINITY);
  const [source = '', target = ''] = name.split('-');
  const rows = entries.map((e, i) => [
    e.term,
    '',
    e.tags.join(' '),
    '',
    0,
    e.senses.length > 1
      ? [
          {
            type: 'structured-content',
            content: { tag: 'ol', content: e.senses.map((s) => ({ tag: 'li', content: s })) },
          },
        ]
      : e.senses,
    i + 1,
    '',
  ]);
  const banks: Record<string, Uint8Array> = {};
  for (let i = 0; i * 10000 < rows.length; i++)
    banks[`term_bank_${i + 1}.json`] = strToU8(JSON.stringify(rows.slice(i * 10000, (i + 1) * 10000)));
  const index = {
    title: `FreeDict ${name}`,
    revision: 'debian-freedict',
    format: 3,
    sequenced: true,
    sourceLanguage: { spa: 'es', deu: 'de', fra: 'fr' }[source] ?? source,
    targetLanguage: { eng: 'en' }[target] ?? target,
    attribution: 'FreeDict (freedict.org), GPL-2.0-or-later; converted from Debian dict-freedict',
  };
  return zipSync({ 'index.json': strToU8(JSON.stringify(index)), ...banks });
}

if (process.argv[1]?.endsWith('freedict-to-yomitan.ts')) {
  const [name, out, flag, value] = process.argv.slice(2);
  if (!name || !out) {
    process.stderr.write('usage: freedict-to-yomitan.ts <spa-eng|deu-eng|fra-eng> <out.zip> [--max N]\n');
    process.exit(2);
  }
  const max = flag === '--max' ? Number(value) : undefined;
  const zip = freedictToYomitan(name, { max });
  writeFileSync(out, zip);
  process.stdout.write(`${out}: ${zip.byteLength} bytes\n`);
}
