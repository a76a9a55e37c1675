// `rung quiz <file> [--url U] [--lang L] [--native L] [--dict <yomitan.zip>]… [--count N] --json`:
// the offline questions the popup would ask first on a saved page, for a new learner with those
// dictionaries imported, in that order. The page goes through the same code as in the extension:
// extractPage, savePage into the Rung database (IndexedDB from fake-indexeddb), dictionaries
// through importDictionary, the question pool of lib/background/page-bundle.ts, and the quiz's
// own question selection.
import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { parseHTML } from 'linkedom';
import { loadPageBundle, questionPool } from '@/lib/background/page-bundle';
import { savePage } from '@/lib/background/save-page';
import { importDictionary } from '@/lib/db/dictionaries';
import { RungDatabase } from '@/lib/db/schema';
import { extractPage } from '@/lib/extract/extract-page';
import { extractText } from '@/lib/extract/extract-text';
import { firstQuestions } from '@/lib/quiz/first-questions';
import type { Question } from '@/lib/quiz/types';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const USAGE =
  'usage: rung quiz <file> [--url U] [--lang L] [--native L] [--dict <yomitan.zip>]… [--count N] --json';

export interface QuizOptions {
  url?: string;
  lang?: string;
  nativeLang?: string;
  /** Yomitan dictionary files, as bytes. */
  dictionaries?: Uint8Array[];
  count?: number;
}

export interface QuizOutput {
  title: string;
  lang: string;
  questions: {
    type: Question['type'];
    concept: string;
    prompt: string;
    choices?: string[];
    answer: string;
    accepted?: string[];
    passage: string;
  }[];
}

/** The quiz for one page's source (HTML, or plain text when `isText`). */
export async function quizForPage(
  source: string,
  isText: boolean,
  options: QuizOptions,
): Promise<QuizOutput> {
  const url = options.url ?? 'file:///page.html';
  const result = isText
    ? extractText(source, { lang: options.lang, nativeLang: options.nativeLang })
    : extractPage(parseHTML(source).document as unknown as Document, {
        url,
        lang: options.lang,
        nativeLang: options.nativeLang,
      });
  const db = new RungDatabase('rung', { indexedDB: new IDBFactory(), IDBKeyRange });
  try {
    for (const d of options.dictionaries ?? []) await importDictionary(db, d, 0);
    await savePage(db, url, result, 0);
    const bundle = await loadPageBundle(db, url);
    const pool = bundle ? questionPool(bundle, DEFAULT_SETTINGS) : [];
    const labels = new Map(bundle?.concepts.map((c) => [c.key, c.label]));
    const questions = firstQuestions(pool, options.count ?? 10).map((q) => ({
      type: q.type,
      concept: labels.get(q.conceptKey) ?? q.conceptKey,
      prompt: q.prompt,
      ...(q.choices ? { choices: q.choices } : {}),
      answer: q.answer,
      ...(q.accepted?.length ? { accepted: q.accepted } : {}),
      passage: q.source,
    }));
    return { title: result.title, lang: result.lang, questions };
  } finally {
    db.close();
  }
}

function fail(message: string): number {
  process.stderr.write(`rung quiz: ${message}\n`);
  return 1;
}

export async function run(args: string[]): Promise<number> {
  let file: string | undefined;
  const options: QuizOptions = { dictionaries: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') continue;
    if (['--url', '--lang', '--native', '--dict', '--count'].includes(a)) {
      const v = args[++i];
      if (v === undefined) return fail(`${a} needs a value (${USAGE})`);
      if (a === '--url') options.url = v;
      else if (a === '--lang') options.lang = v;
      else if (a === '--native') options.nativeLang = v;
      else if (a === '--count') {
        options.count = Number(v);
        if (!Number.isInteger(options.count) || options.count < 1)
          return fail(`--count must be a positive integer, got "${v}"`);
      } else {
        try {
          options.dictionaries!.push(new Uint8Array(readFileSync(v)));
        } catch {
          return fail(`cannot read dictionary ${v}`);
        }
      }
    } else if (a.startsWith('--')) return fail(`unknown option ${a} (${USAGE})`);
    else if (file) return fail(`one file at a time (${USAGE})`);
    else file = a;
  }
  if (!file) return fail(`no input file (${USAGE})`);
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) return fail(`${file} is not a file`);
    bytes = readFileSync(file);
  } catch {
    return fail(`cannot read ${file}`);
  }
  if (bytes.length === 0) return fail(`${file} is empty`);
  if (bytes.subarray(0, 8000).includes(0)) return fail(`${file} looks binary, not HTML or text`);
  const source = new TextDecoder('utf-8').decode(bytes);
  if (!source.trim()) return fail(`${file} has no text`);
  options.url ??= pathToFileURL(resolve(file)).href;
  let out: QuizOutput;
  try {
    out = await quizForPage(source, extname(file).toLowerCase() === '.txt', options);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}
