// Issue 14's mechanical checks over every corpus page (npm test samples every 12th page, in
// tests/scripts/cli/quiz.corpus.test.ts): the questions `rung quiz` asks first, with the answer (or
// an identifier containing it) not visible in the prompt, the answer among the choices, choices
// distinct and of one shape, and at most one question per source sentence. Prints the counts and
// every violation; exit code 1 when there is any. `npm run bench -- quiz-violations`.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusQuizPages, outputViolations, quizCorpusPage } from '@/tests/support/corpus-quiz';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = process.env.RUNG_CORPUS ?? join(resolve(here, '../..'), '..', 'shared', 'corpus');

export async function run(): Promise<void> {
  if (!existsSync(join(corpus, 'pages', 'index.csv'))) {
    process.stdout.write(`quiz-violations: corpus not found at ${corpus} (set RUNG_CORPUS); skipped\n`);
    return;
  }
  const paths = corpusQuizPages(corpus).map((p) => p.path);
  let questions = 0;
  let empty = 0;
  const violations: string[] = [];
  const started = performance.now();
  for (const path of paths) {
    const out = await quizCorpusPage(corpus, path);
    questions += out.questions.length;
    if (out.questions.length === 0) empty++;
    for (const v of outputViolations(out)) violations.push(`${path}: ${v}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const head = `pages: ${paths.length}, questions: ${questions} (${(questions / paths.length).toFixed(1)} a page; ${empty} pages with none), violations: ${violations.length}, ${seconds} s`;
  process.stdout.write(`${[head, ...violations].join('\n')}\n`);
  if (violations.length > 0) process.exitCode = 1;
}
