// The rated question sample (issue 14): the questions `rung quiz` asks first on corpus pages of every
// kind (API references of Python, Node.js and Rust, a glossary, tutorials, news in several
// languages), each rated by a person as a strict teacher on (a) makes sense as written, (b) can be
// answered from the page, (c) the keyed answer is right, (d) cannot be answered from its form
// alone, and whether it tests understanding rather than string matching. Kept in
// scripts/bench/rated-questions.json. `npm run bench -- rated-questions` generates the questions
// again, prints the pass rates by page kind, and flags (exit code 1) questions the generator now
// asks that nobody rated, or rated ones it no longer asks: then the figures are stale.
// `RUNG_RATED_WRITE=1 npm run bench -- rated-questions` rewrites the file with the current
// questions, keeping every rating whose question is unchanged and leaving new ones unrated.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QuizOutput } from '@/scripts/cli/quiz';
import { FREEDICT_DIR, freedictToYomitan } from '@/scripts/dict/freedict-to-yomitan';
import { quizCorpusPage } from '@/tests/support/corpus-quiz';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const corpus = process.env.RUNG_CORPUS ?? join(root, '..', 'shared', 'corpus');
const FILE = join(here, 'rated-questions.json');

type Asked = QuizOutput['questions'][number];

interface Rating {
  /** Makes sense as written. */
  a: boolean;
  /** Can be answered from the page. */
  b: boolean;
  /** The keyed answer is right. */
  c: boolean;
  /** Cannot be answered from its form alone (grammar, length, odd one out, answer visible). */
  d: boolean;
  /** Tests understanding (meaning, what a call does, what a term means), not string matching. */
  understanding: boolean;
  /** Why a criterion fails, or what it tests. */
  note?: string;
}

interface RatedQuestion extends Asked {
  rating: Rating | null;
}

interface RatedPage {
  path: string;
  /** reference, glossary, tutorial or news. */
  kind: string;
  lang: string;
  /** A FreeDict dictionary imported first (as a learner with it in settings), e.g. "spa-eng". */
  dict?: string;
  questions: RatedQuestion[];
}

const identity = (q: Asked) => JSON.stringify([q.type, q.prompt, q.answer, [...(q.choices ?? [])].sort()]);

async function ask(page: RatedPage): Promise<Asked[] | null> {
  const dictionaries: Uint8Array[] = [];
  if (page.dict) {
    if (!existsSync(join(FREEDICT_DIR, `freedict-${page.dict}.index`))) return null;
    dictionaries.push(freedictToYomitan(page.dict));
  }
  const out = await quizCorpusPage(corpus, page.path, {
    ...(page.dict ? { nativeLang: 'en' } : {}),
    dictionaries,
  });
  return out.questions;
}

interface Tally {
  pages: number;
  rated: number;
  pass: number;
  understanding: number;
  both: number;
  unrated: number;
}

export async function run(): Promise<void> {
  if (!existsSync(join(corpus, 'pages', 'index.csv'))) {
    process.stdout.write(`rated-questions: corpus not found at ${corpus} (set RUNG_CORPUS); skipped\n`);
    return;
  }
  const pages = JSON.parse(readFileSync(FILE, 'utf8')) as RatedPage[];
  const stale: string[] = [];
  for (const page of pages) {
    const now = await ask(page);
    if (!now) {
      stale.push(
        `${page.path}: dictionary ${page.dict} not installed (apt install dict-freedict-${page.dict})`,
      );
      continue;
    }
    const rated = new Map(page.questions.map((q) => [identity(q), q]));
    const fresh = now.filter((q) => !rated.has(identity(q)));
    const gone = page.questions.filter((q) => !now.some((n) => identity(n) === identity(q)));
    if (fresh.length || gone.length)
      stale.push(
        `${page.path}: ${fresh.length} new question(s), ${gone.length} rated one(s) no longer asked`,
      );
    if (process.env.RUNG_RATED_WRITE === '1')
      page.questions = now.map((q) => ({ ...q, rating: rated.get(identity(q))?.rating ?? null }));
  }
  if (process.env.RUNG_RATED_WRITE === '1') writeFileSync(FILE, `${JSON.stringify(pages, null, 2)}\n`);

  const byKind = new Map<string, Tally>();
  const add = (key: string, page: RatedPage) => {
    const t = byKind.get(key) ?? { pages: 0, rated: 0, pass: 0, understanding: 0, both: 0, unrated: 0 };
    t.pages++;
    for (const q of page.questions) {
      const r = q.rating;
      if (!r) {
        t.unrated++;
        continue;
      }
      const pass = r.a && r.b && r.c && r.d;
      t.rated++;
      if (pass) t.pass++;
      if (r.understanding) t.understanding++;
      if (pass && r.understanding) t.both++;
    }
    byKind.set(key, t);
  };
  for (const page of pages) add(`${page.kind} (${page.lang.split('-')[0]})`, page);
  for (const page of pages) add('all', page);
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)}%` : '–');
  const lines = [
    `pages: ${pages.length}, questions rated: ${byKind.get('all')?.rated ?? 0}`,
    '| page kind (lang) | pages | questions | pass (a)–(d) | tests understanding | both |',
    '| --- | --- | --- | --- | --- | --- |',
    ...[...byKind.entries()]
      .sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)))
      .map(
        ([kind, t]) =>
          `| ${kind} | ${t.pages} | ${t.rated} | ${pct(t.pass, t.rated)} | ${pct(t.understanding, t.rated)} | ${pct(t.both, t.rated)} |`,
      ),
    ...(byKind.get('all')?.unrated
      ? [`unrated: ${byKind.get('all')?.unrated} (rate them in scripts/bench/rated-questions.json)`]
      : []),
    ...(stale.length
      ? ['the generator now asks other questions than those rated (figures are stale):', ...stale]
      : ['ratings match the questions the generator asks now']),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (stale.length && process.env.RUNG_RATED_WRITE !== '1') process.exitCode = 1;
}
