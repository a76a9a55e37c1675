// Issue 14's mechanical checks over every corpus page (npm test samples every 12th page, in
// tests/scripts/cli/quiz.corpus.test.ts): the questions `rung quiz` asks first, with the answer (or
// an identifier containing it) not visible in the prompt, the answer among the choices, choices
// distinct and of one shape, and at most one question per source sentence. Prints the counts and
// every violation; exit code 1 when there is any. `npm run bench -- quiz-violations`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Question } from '@/lib/quiz/types';
import { quizForPage } from '@/scripts/cli/quiz';
import { quizViolations } from '@/tests/support/quiz-violations';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = process.env.RUNG_CORPUS ?? join(resolve(here, '../..'), '..', 'shared', 'corpus');

export async function run(): Promise<void> {
  const index = join(corpus, 'pages', 'index.csv');
  if (!existsSync(index)) {
    process.stdout.write(`quiz-violations: corpus not found at ${corpus} (set RUNG_CORPUS); skipped\n`);
    return;
  }
  const paths = readFileSync(index, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((r) => r.split(',')[0] ?? '')
    .filter((p) => p.endsWith('.html'));
  let questions = 0;
  let empty = 0;
  const violations: string[] = [];
  const started = performance.now();
  for (const path of paths) {
    const out = await quizForPage(readFileSync(join(corpus, 'pages', path), 'utf8'), false, {
      url: `https://corpus.example/${path}`,
      count: 10,
    });
    questions += out.questions.length;
    if (out.questions.length === 0) empty++;
    const asked: Question[] = out.questions.map((q, i) => ({
      id: `${i}:${q.type}:${q.concept}`,
      conceptKey: q.concept,
      type: q.type,
      prompt: q.prompt,
      choices: q.choices,
      answer: q.answer,
      accepted: q.accepted,
      source: q.passage,
      generatedBy: 'offline',
    }));
    for (const v of quizViolations(asked)) violations.push(`${path}: ${v}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const head = `pages: ${paths.length}, questions: ${questions} (${(questions / paths.length).toFixed(1)} a page; ${empty} pages with none), violations: ${violations.length}, ${seconds} s`;
  process.stdout.write(`${[head, ...violations].join('\n')}\n`);
  if (violations.length > 0) process.exitCode = 1;
}
