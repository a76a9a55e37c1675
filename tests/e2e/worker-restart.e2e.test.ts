import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { QuizSession } from '@/lib/quiz/types';
import { seededRandom } from '@/lib/random';
import type { Attempt } from '@/lib/types';
import { useDemoSite } from './support/demo-site';
import { readStore, screenshot, waitForPageStored } from './support/extension';
import { currentQuestion } from './support/quiz-driver';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('a service worker stopped in the middle of a quiz', () => {
  const site = useDemoSite();

  async function stopWorker(cdp: CDPSession): Promise<void> {
    await cdp.send('ServiceWorker.stopAllWorkers');
  }

  async function choose(popup: Page, wantCorrect: boolean): Promise<void> {
    const q = await currentQuestion(site.b);
    if (!q) throw new Error('no current question');
    if (q.choices?.length) {
      const pick = wantCorrect ? q.answer : (q.choices.find((c) => c !== q.answer) ?? q.answer);
      await popup.getByRole('radio', { name: new RegExp(`^\\s*${escapeRe(pick)}\\s*$`) }).check();
    } else {
      await popup.getByRole('textbox', { name: 'Your answer' }).fill(wantCorrect ? q.answer : 'zzzz');
    }
  }

  it('records every answer exactly once and resumes the quiz', async () => {
    const { b } = site;
    const url = site.url('closures.html');
    const page = await b.context.newPage();
    await page.goto(url);
    await waitForPageStored(b, url);
    const popup = await b.openPopup(page);
    const cdp = await b.context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await popup.getByRole('button', { name: 'Start quiz' }).click();

    const random = seededRandom(20261123);
    const verdict = popup.getByRole('heading', { name: /Correct!|Not quite\./ });
    const check = popup.getByRole('button', { name: 'Check answer' });
    let given = 0;
    let stops = 0;
    let retries = 0;
    for (let i = 0; i < 12; i++) {
      await check.waitFor({ timeout: 20_000 });
      await choose(popup, random() < 0.7);
      const moment = random();
      if (moment < 0.3) {
        await stopWorker(cdp);
        stops++;
      }
      await check.click();
      if (moment >= 0.3 && moment < 0.6) {
        // Racing the write: the worker may die before, during or after the transaction.
        await stopWorker(cdp);
        stops++;
      }
      await verdict.or(popup.getByRole('alert')).first().waitFor({ timeout: 20_000 });
      while (!(await verdict.isVisible())) {
        // The learner sees the error and presses "Check answer" again.
        retries++;
        await check.click();
        await verdict.or(popup.getByRole('alert')).first().waitFor({ timeout: 20_000 });
        await popup.waitForTimeout(100);
        if (retries > 30) throw new Error('the answer never went through');
      }
      given++;
      if (moment >= 0.6 && moment < 0.8) {
        await stopWorker(cdp);
        stops++;
      }
      const next = popup.getByRole('button', { name: 'Next question' });
      if (!(await next.isVisible())) break;
      await next.click();
    }
    await screenshot(popup, 'worker-restart-during-quiz');

    const attempts = await readStore<Attempt>(b, 'attempts');
    expect(new Set(attempts.map((a) => a.id)).size).toBe(attempts.length);
    expect(attempts.length).toBe(given);
    const [session] = (await readStore<QuizSession>(b, 'quizzes')).filter((s) => s.pageUrl === url);
    expect(session!.answered.length).toBe(given);
    console.log(
      `worker stopped ${stops} times over ${given} answers; ${retries} resends; attempts stored: ${attempts.length}`,
    );

    // Close the popup, stop the worker once more, reopen: the same question is waiting.
    const waiting = await currentQuestion(b, url);
    await popup.close();
    await stopWorker(cdp).catch(() => undefined);
    const again = await b.openPopup(page);
    if (waiting) {
      await again.getByRole('button', { name: 'Check answer' }).waitFor();
      expect((await currentQuestion(b, url))?.id).toBe(waiting.id);
      expect(await again.getByRole('heading', { name: new RegExp(`Question ${given + 1}`) }).count()).toBe(1);
    }
    await screenshot(again, 'worker-restart-resumed');
  });
});
