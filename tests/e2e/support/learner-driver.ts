import type { Page } from 'playwright-core';
import { type RungBrowser, screenshot } from './extension';
import { answerCurrent, enabledNow, goNext, settled } from './quiz-driver';

/**
 * Like quiz-driver's masterPage (answers right until "Advance" is enabled), but a learner who is
 * stuck says so at once: when the popup offers nothing to do for `stallMs`, or `max` answers did
 * not reach the criterion, it saves a screenshot and throws with what the popup said.
 */
/** Whether a control shows up within a few seconds (the background may be busy on a big page). */
async function appears(loc: ReturnType<Page['getByRole']>): Promise<boolean> {
  return loc
    .waitFor({ timeout: 8_000 })
    .then(() => true)
    .catch(() => false);
}

export async function masterOrExplain(
  popup: Page,
  b: RungBrowser,
  name: string,
  { max = 80, stallMs = 15_000 } = {},
): Promise<number> {
  let given = 0;
  let idleSince = Date.now();
  const advance = popup.getByRole('button', { name: /Advance/ });
  const stuck = async (why: string): Promise<never> => {
    await screenshot(popup, `stuck-${name}`);
    const reason = await popup
      .locator('#advance-reason')
      .innerText()
      .catch(() => '?');
    throw new Error(`${name}: ${why} after ${given} right answers; Advance reason: "${reason}"`);
  };
  while (given < max) {
    await settled(popup);
    if (await enabledNow(advance)) return given;
    const check = popup.getByRole('button', { name: 'Check answer' });
    if (await check.isVisible()) {
      await answerCurrent(popup, b, true);
      given++;
      idleSince = Date.now();
      await goNext(popup);
      continue;
    }
    if (await goNext(popup)) continue;
    // A quiz ends once it has found the gaps; the learner then practises them, one by one.
    const practise = popup.getByRole('button', { name: /^Practise: / }).first();
    if (await enabledNow(practise)) {
      // The gaps list is re-rendered when the popup refreshes after an answer; a button caught
      // mid-refresh is looked up again on the next turn (the stall timer still guards the loop).
      const clicked = await practise.click({ timeout: 5_000 }).then(
        () => true,
        () => false,
      );
      if (!clicked) {
        await screenshot(popup, `${name}-practise-retry`);
        if (Date.now() - idleSince > stallMs) return stuck('"Practise" could not be pressed');
        continue;
      }
      await appears(check);
      if (!(await check.isVisible()) && !(await goNext(popup)) && !(await enabledNow(advance)))
        return stuck('"Practise" gives no question');
      continue;
    }
    const start = popup.getByRole('button', { name: /^(Start|Resume) quiz$/ });
    if (await enabledNow(start)) {
      await start.click();
      // A quiz that ends as soon as it starts, with Advance still off, is a dead end.
      await appears(check);
      if (!(await check.isVisible()) && (await start.isVisible()) && !(await enabledNow(advance)))
        return stuck('"Start quiz" gives no question');
      continue;
    }
    if (Date.now() - idleSince > stallMs) return stuck('nothing to do');
    await popup.waitForTimeout(200);
  }
  return stuck(`criterion not reached within ${max} answers`);
}
