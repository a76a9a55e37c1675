import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelGivesAnswer } from '@/lib/quiz/label-gives-answer';
import type { QuestionType } from '@/lib/quiz/types';
import type { StoredConcept } from '@/lib/types';
import { CORPUS, CORPUS_MISSING_MESSAGE, projectRoot } from '../support/corpus';
import { FREEDICT_MISSING, freedictZip, hasFreedict } from '../support/freedict';
import {
  launchWithExtension,
  type RungBrowser,
  readStore,
  SCREENSHOT_DIR,
  waitForPageStored,
} from './support/extension';
import { answerCurrent, currentQuestion, goNext, settled } from './support/quiz-driver';
import { type StaticServer, startStaticServer } from './support/static-server';

if (!CORPUS) console.warn(CORPUS_MISSING_MESSAGE);
if (!hasFreedict('spa-eng')) console.warn(FREEDICT_MISSING('spa-eng'));

/**
 * Every question type the product asks (lib/quiz/generate-quiz.ts: BY_KIND and the ordering
 * question; 'vocab-recognise' is no longer asked, since the word stands verbatim in its one right
 * option), and a page of the kind that asks it.
 */
const ASKED: readonly QuestionType[] = [
  'cloze',
  'multiple-choice',
  'true-false',
  'typed',
  'ordering',
  'api-which-function',
  'api-signature',
  'vocab-meaning',
  'vocab-gloss',
  'vocab-word',
  'vocab-recall',
];

interface QuizPage {
  name: string;
  path: string;
  /** How many answers to give at most on this page. */
  answers: number;
  /** The short mixed check (one question per concept) instead of the practice quiz. */
  testOut?: boolean;
}

const PAGES: QuizPage[] = [
  { name: 'tutorial', path: '/demo/closures.html', answers: 12 },
  { name: 'howto-steps', path: '/fixtures/howto-steps.html', answers: 6 },
  { name: 'python-tutorial', path: '/corpus/docs/python/howto/argparse.html', answers: 10 },
  { name: 'node-api', path: '/corpus/docs/node18/api/net.html', answers: 14 },
  { name: 'node-path', path: '/corpus/docs/node18/api/path.html', answers: 14 },
  { name: 'spanish-news', path: '/corpus/readability/cnet-svg-classes/source.html', answers: 24 },
  { name: 'spanish-test-out', path: '/corpus/readability/nytimes-5/source.html', answers: 8, testOut: true },
  { name: 'chinese-news', path: '/corpus/readability/gmw/source.html', answers: 8 },
  { name: 'arabic-rtl', path: '/fixtures/rtl-arabic.html', answers: 8 },
];

const DIR = join(SCREENSHOT_DIR, 'question-types');

/** What a learner could not use: text cut off sideways, or focus not on the question's first control. */
async function layoutProblems(popup: Page): Promise<string[]> {
  return popup.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      problems.push(`scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
    }
    for (const el of document.querySelectorAll<HTMLElement>('.prompt, .choice, blockquote, h2')) {
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') {
        problems.push(`clipped: ${el.textContent?.slice(0, 40)}`);
      }
    }
    const active = document.activeElement;
    if (!active?.closest('form')) problems.push(`focus is on ${active?.tagName ?? 'nothing'}`);
    return problems;
  });
}

describe.skipIf(!CORPUS || !hasFreedict('spa-eng'))('every question type, on screen (issue 14)', () => {
  let server: StaticServer;
  let b: RungBrowser;
  const dir = mkdtempSync(join(tmpdir(), 'rung-types-'));
  const zipPath = join(dir, 'freedict-spa-eng.zip');

  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(zipPath, freedictZip('spa-eng'));
    server = await startStaticServer({
      '/corpus': join(CORPUS!, 'pages'),
      '/demo': join(projectRoot, 'scripts/demo'),
      '/fixtures': join(projectRoot, 'tests/e2e/fixtures'),
    });
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close().catch(() => undefined);
    await server?.close();
  });

  it('asks each type, shows it without overflow and with focus on it, and shows its feedback', async () => {
    // A Spanish reader's dictionary, imported as a learner does: vocabulary questions ask meanings.
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    const section = options.getByRole('region', { name: 'Dictionaries' });
    await section.getByLabel('Import a Yomitan dictionary (.zip)').setInputFiles(zipPath);
    await section
      .getByRole('status')
      .getByText(/^Imported FreeDict spa-eng/)
      .waitFor({ timeout: 60_000 });
    await options.close();

    const seen = new Map<QuestionType, string>();
    const problems: string[] = [];
    for (const quizPage of PAGES) {
      const url = `${server.url}${quizPage.path}`;
      const page = await b.context.newPage();
      // A saved page may wait on subresources nobody serves here; Rung reads it once it is parsed.
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await waitForPageStored(b, url, 60_000);
      const popup = await b.openPopup(page);
      await popup
        .getByRole('button', { name: quizPage.testOut ? 'I know this: test out' : 'Start quiz' })
        .click();
      const shotHere = new Set<QuestionType>();
      for (let i = 0; i < quizPage.answers; i++) {
        const check = popup.getByRole('button', { name: 'Check answer' });
        if (!(await check.isVisible())) {
          await check.waitFor({ timeout: 15_000 }).catch(() => undefined);
          if (!(await check.isVisible())) break;
        }
        await settled(popup);
        const q = await currentQuestion(b);
        if (!q) break;
        const first = !shotHere.has(q.type);
        if (first) {
          shotHere.add(q.type);
          if (!seen.has(q.type)) seen.set(q.type, quizPage.name);
          for (const p of await layoutProblems(popup)) problems.push(`${quizPage.name} ${q.type}: ${p}`);
          // Pattern 2: the heading beside a blank must not name the concept that fills it.
          const heading = await popup.getByRole('heading', { name: /^Question \d+/ }).innerText();
          if (labelGivesAnswer(q.type) && heading.includes(q.answer)) {
            problems.push(`${quizPage.name} ${q.type}: the heading "${heading}" gives the answer away`);
          }
          await popup.screenshot({ path: join(DIR, `${quizPage.name}-${q.type}.png`), fullPage: true });
        }
        // The first of each type is answered wrong, so its feedback (the right answer, the passage)
        // is on screen too; later ones right, so the quiz moves on to other concepts.
        await answerCurrent(popup, b, !first);
        if (first) {
          await settled(popup);
          await popup.screenshot({
            path: join(DIR, `${quizPage.name}-${q.type}-feedback.png`),
            fullPage: true,
          });
        }
        if (!(await goNext(popup))) break;
      }
      await popup.close();
      // Meaning → word, and the word typed beside its meaning, are asked late in a page quiz; a
      // quiz on one word (the map's "Quiz me on this") reaches them, as a learner practising that
      // word would. (A word is typed only with its meaning shown: many words fit a bare blank.)
      const late: QuestionType[] = ['vocab-word', 'vocab-recall'];
      if (quizPage.name === 'spanish-news' && late.some((t) => !seen.has(t))) {
        const words = (await readStore<StoredConcept>(b, 'concepts')).filter((c) => c.glosses?.length);
        for (const word of words.slice(0, 8)) {
          const one = await b.openPopup(page, `&concept=${encodeURIComponent(word.key)}`);
          for (let i = 0; i < 6 && late.some((t) => !seen.has(t)); i++) {
            const check = one.getByRole('button', { name: 'Check answer' });
            if (
              !(await check.waitFor({ timeout: 10_000 }).then(
                () => true,
                () => false,
              ))
            )
              break;
            await settled(one);
            const q = await currentQuestion(b);
            const type = q?.type;
            if (type && late.includes(type) && !seen.has(type)) {
              seen.set(type, `${quizPage.name}, quiz on “${word.label}”`);
              for (const p of await layoutProblems(one)) problems.push(`${quizPage.name} ${type}: ${p}`);
              await one.screenshot({ path: join(DIR, `${quizPage.name}-${type}.png`), fullPage: true });
              await answerCurrent(one, b, false);
              await settled(one);
              await one.screenshot({
                path: join(DIR, `${quizPage.name}-${type}-feedback.png`),
                fullPage: true,
              });
              if (!(await goNext(one))) break;
              continue;
            }
            await answerCurrent(one, b, true);
            if (!(await goNext(one))) break;
          }
          await one.close();
          if (late.every((t) => seen.has(t))) break;
        }
      }
      await page.close();
    }
    // TODO(2026-12): a word is typed into its sentence ('vocab-recall') only with its meaning shown
    // and a sentence no other question of the quiz used (one question per sentence, issue 14): the
    // words of these Spanish pages stand in one to three sentences, which their meaning questions
    // take first, so no page here asks it. It is reported (and screenshotted) when it comes, and
    // not yet required; its answer UI is the typed one ('typed', required above).
    const missing = ASKED.filter((t) => !seen.has(t) && t !== 'vocab-recall');
    console.log(
      `question types seen: ${[...seen].map(([t, p]) => `${t} (${p})`).join(', ')}; missing: ${ASKED.filter((t) => !seen.has(t)).join(', ') || 'none'}`,
    );
    expect(problems).toEqual([]);
    expect(missing).toEqual([]);
  });
});
