import type { Locator, Page } from 'playwright-core';
import type { Question, QuizSession } from '@/lib/quiz/types';
import { type RungBrowser, readStore, screenshot } from './extension';

/** The question on screen, read from the extension's own quiz record (the test's answer key). */
export async function currentQuestion(b: RungBrowser, quizPageUrl?: string): Promise<Question | null> {
  const sessions = await readStore<QuizSession>(b, 'quizzes');
  const open = sessions
    .filter((s) => s.finishedAt === undefined && (!quizPageUrl || s.pageUrl === quizPageUrl))
    .sort((a, c) => c.updatedAt - a.updatedAt)[0];
  if (!open?.currentQuestionId) return null;
  return open.questions.find((q) => q.id === open.currentQuestionId) ?? null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Answers the question on screen as a learner would: picks a choice (or types), presses
 * "Check answer", waits for the feedback. Returns whether the feedback said correct.
 */
export async function answerCurrent(popup: Page, b: RungBrowser, wantCorrect: boolean): Promise<boolean> {
  const check = popup.getByRole('button', { name: 'Check answer' });
  await check.waitFor({ timeout: 15_000 });
  const q = await currentQuestion(b);
  if (!q) throw new Error('no current question in the quiz record');
  if (q.type === 'ordering' && q.choices) {
    // The steps start shuffled (never in order); a right answer moves each into place.
    if (wantCorrect) {
      const order = [...q.choices];
      const target = q.answer.split('\n');
      for (let i = 0; i < target.length; i++) {
        let at = order.indexOf(target[i]!);
        while (at > i) {
          await popup.getByRole('button', { name: `Move up: ${target[i]}` }).click();
          order.splice(at - 1, 0, order.splice(at, 1)[0]!);
          at--;
        }
      }
    }
  } else if (q.choices && q.choices.length > 0) {
    const wrong = q.choices.find((c) => c !== q.answer && !(q.accepted ?? []).includes(c));
    const pick = wantCorrect ? q.answer : (wrong ?? q.answer);
    await popup.getByRole('radio', { name: new RegExp(`^\\s*${escapeRe(pick)}\\s*$`) }).check();
  } else {
    await popup.getByRole('textbox', { name: 'Your answer' }).fill(wantCorrect ? q.answer : 'zzzz qqqq');
  }
  await check.click();
  const verdict = popup.getByRole('heading', { name: /Correct!|Not quite\.|Right word, wrong form/ });
  await verdict.waitFor({ timeout: 15_000 }).catch(async (error: unknown) => {
    // Say what the learner would have seen instead (usually an error message).
    const alert = await popup.getByRole('alert').allInnerTexts();
    await screenshot(popup, 'failure-no-verdict');
    throw new Error(`no feedback after "Check answer" (alerts: ${JSON.stringify(alert)}): ${String(error)}`);
  });
  return /Correct!/.test(await verdict.innerText());
}

/**
 * Waits until the popup has finished its work (`<main aria-busy="false">`): only then is what it
 * shows current. A driver that reads it mid-work can see a gap the last answer has just closed.
 */
export async function settled(popup: Page): Promise<void> {
  await popup.waitForFunction(
    () => document.querySelector('main')?.getAttribute('aria-busy') !== 'true',
    null,
    {
      timeout: 15_000,
    },
  );
}

/**
 * Whether a control is on screen and enabled now. Playwright's `isEnabled` waits up to 30 s for an
 * element that is not there; a button re-rendered away must read as "not now", not as a hang.
 */
export async function enabledNow(loc: Locator): Promise<boolean> {
  if (!(await loc.isVisible())) return false;
  return loc.isEnabled({ timeout: 1_000 }).catch(() => false);
}

/** Presses "Next question" when there is one; false when the quiz has ended. */
export async function goNext(popup: Page): Promise<boolean> {
  const next = popup.getByRole('button', { name: 'Next question' });
  if (await next.isVisible()) {
    await next.click();
    return true;
  }
  return false;
}

/** Answers correctly until "Advance" is enabled (or `max` answers). Returns the answers given. */
export async function masterPage(popup: Page, b: RungBrowser, max = 80): Promise<number> {
  let given = 0;
  const advance = popup.getByRole('button', { name: /Advance/ });
  while (given < max) {
    await settled(popup);
    if (await enabledNow(advance)) return given;
    const check = popup.getByRole('button', { name: 'Check answer' });
    if (!(await check.isVisible())) {
      if (await goNext(popup)) continue;
      // Quiz over but a prerequisite gap still blocks Advance: practise it, as a learner would.
      const practise = popup.getByRole('button', { name: /^Practise: / }).first();
      if (await practise.isVisible()) {
        // The gaps list re-renders when the popup refreshes after an answer; a button caught
        // mid-refresh is looked up again on the next turn.
        const clicked = await practise.click({ timeout: 5_000 }).then(
          () => true,
          () => false,
        );
        if (!clicked) continue;
        await popup.waitForTimeout(100);
        continue;
      }
      const start = popup.getByRole('button', { name: /Start quiz|Resume quiz/ });
      if (await start.isVisible()) {
        await start.click();
        continue;
      }
      await popup.waitForTimeout(200);
      continue;
    }
    await answerCurrent(popup, b, true);
    given++;
    await goNext(popup);
  }
  return given;
}
