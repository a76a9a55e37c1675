import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Attempt } from '@/lib/types';
import { CORPUS, CORPUS_MISSING_MESSAGE } from '../support/corpus';
import {
  launchWithExtension,
  type RungBrowser,
  readStore,
  screenshot,
  waitForPageStored,
} from './support/extension';
import { currentQuestion } from './support/quiz-driver';
import { type StaticServer, startStaticServer } from './support/static-server';

if (!CORPUS) console.warn(CORPUS_MISSING_MESSAGE);

interface Focused {
  tag: string;
  type: string;
  name: string;
  /** :focus-visible matches and the element draws an outline: a sighted keyboard user sees where they are. */
  visible: boolean;
}

/** What has the keyboard focus, read without touching anything. */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', type: '', name: '', visible: false };
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
    const label =
      el.getAttribute('aria-label') ??
      (el instanceof HTMLInputElement && el.labels?.[0] ? el.labels[0].innerText : el.innerText);
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type') ?? '',
      name: (label ?? '').trim(),
      visible: el.matches(':focus-visible') && outlined,
    };
  });
}

/** Tabs forward until the focused control's name matches (at most `max` presses). */
async function tabTo(page: Page, name: RegExp, max = 60): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (name.test(f.name)) return f;
  }
  throw new Error(`Tab never reached ${name}`);
}

describe.skipIf(!CORPUS)('a keyboard-only quiz in Chromium (no mouse events)', () => {
  let server: StaticServer;
  let b: RungBrowser;

  beforeAll(async () => {
    server = await startStaticServer({ '/corpus': join(CORPUS!, 'pages') });
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close().catch(() => undefined);
    await server?.close();
  });

  it('starts a quiz, answers, checks and moves on with Tab, arrows, Space and Enter only', async () => {
    const url = `${server.url}/corpus/docs/python/tutorial/modules.html`;
    const page = await b.context.newPage();
    await page.goto(url);
    expect(await waitForPageStored(b, url)).toBeGreaterThan(3);
    const popup = await b.openPopup(page);
    await popup.getByRole('list', { name: 'Concepts on this page' }).waitFor();

    const start = await tabTo(popup, /^(Start|Resume) quiz$/);
    expect(start.visible).toBe(true);
    await popup.keyboard.press('Enter');
    await popup.getByRole('button', { name: 'Check answer' }).waitFor();

    const ANSWERS = 6;
    let wrong = 0;
    for (let n = 0; n < ANSWERS; n++) {
      const q = await currentQuestion(b);
      if (!q) throw new Error('no current question');
      // Focus lands on the first answer control when a question appears (moved there before the
      // question is painted; polled briefly so a slow CI machine cannot race the read).
      let first = await focused(popup);
      for (let i = 0; i < 20 && first.tag === 'body'; i++) {
        await popup.waitForTimeout(100);
        first = await focused(popup);
      }
      // Every other answer on purpose wrong, so both kinds of feedback are reached by keyboard.
      const wantRight = n % 2 === 0;
      if (q.type === 'ordering') {
        // Steps are reordered with their Move up / Move down buttons; here the learner submits the
        // order as shown (never the right one), by keyboard.
        const check = await tabTo(popup, /^Check answer$/, 4 * (q.choices?.length ?? 1) + 4);
        expect(check.visible).toBe(true);
        await popup.keyboard.press('Enter');
      } else if (q.choices && q.choices.length > 0) {
        expect(first.type).toBe('radio');
        const pick = wantRight
          ? q.answer
          : (q.choices.find((c) => c !== q.answer && !(q.accepted ?? []).includes(c)) ?? q.answer);
        const index = q.choices.indexOf(pick);
        expect(index).toBeGreaterThanOrEqual(0);
        // Arrow keys move and check within the radio group; Space checks the first one.
        if (index === 0) await popup.keyboard.press('Space');
        for (let i = 0; i < index; i++) await popup.keyboard.press('ArrowDown');
        expect(await popup.getByRole('radio', { checked: true }).count()).toBe(1);
        if (n === 0) await screenshot(popup, 'keyboard-01-choice');
        const check = await tabTo(popup, /^Check answer$/, 3);
        expect(check.visible).toBe(true);
        await popup.keyboard.press('Enter');
      } else {
        expect(first.tag).toBe('input');
        await popup.keyboard.type(wantRight ? q.answer : 'zzzz qqqq');
        await popup.keyboard.press('Enter'); // submits the form
      }
      const verdict = popup.getByRole('heading', { name: /Correct!|Not quite\./ });
      await verdict.waitFor();
      if (!/Correct!/.test(await verdict.innerText())) wrong++;
      if (n === 1) await screenshot(popup, 'keyboard-02-feedback');
      // After feedback the focus is on "Next question", visibly.
      const next = await focused(popup);
      if (n < ANSWERS - 1) {
        if (next.name !== 'Next question') break; // the quiz ended on its own
        expect(next.visible).toBe(true);
        await popup.keyboard.press('Enter');
        await popup.getByRole('button', { name: 'Check answer' }).waitFor();
      }
    }

    const attempts = await readStore<Attempt>(b, 'attempts');
    expect(attempts.length).toBeGreaterThanOrEqual(3);
    expect(wrong).toBeGreaterThanOrEqual(1);
    expect(attempts.filter((a) => !a.correct).length).toBe(wrong);

    // The gap's "Practise" is reachable by keyboard too.
    const practise = await tabTo(popup, /^Practise: /);
    expect(practise.visible).toBe(true);
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { name: /^Question 1 · / }).waitFor();
    await screenshot(popup, 'keyboard-03-practise');
  });
});
