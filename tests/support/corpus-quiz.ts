import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Question } from '@/lib/quiz/types';
import { type QuizOptions, type QuizOutput, quizForPage } from '@/scripts/cli/quiz';
import { quizViolations } from './quiz-violations';

// The walk over corpus pages that the mechanical checks of issue 14 share: the corpus test
// (tests/scripts/cli/quiz.corpus.test.ts, a sample of pages) and the quiz-violations bench (every
// page) ask `rung quiz` on each page as the CLI does, and judge what it printed.

/** The HTML pages of the corpus index with their language; every `every`-th one. */
export function corpusQuizPages(corpus: string, every = 1): { path: string; lang: string }[] {
  return readFileSync(join(corpus, 'pages', 'index.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((r) => r.split(','))
    .filter(([path]) => path?.endsWith('.html'))
    .map(([path, lang]) => ({ path: path!, lang: lang ?? '' }))
    .filter((_, i) => i % every === 0);
}

/** What `rung quiz <page> --count 10 --json` prints for a corpus page, at a stable URL. */
export function quizCorpusPage(corpus: string, path: string, options: QuizOptions = {}): Promise<QuizOutput> {
  return quizForPage(readFileSync(join(corpus, 'pages', path), 'utf8'), false, {
    url: `https://corpus.example/${path}`,
    count: 10,
    ...options,
  });
}

/** The violations of what the CLI printed, judged as the questions they were. */
export function outputViolations(out: QuizOutput): string[] {
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
  return quizViolations(asked);
}
