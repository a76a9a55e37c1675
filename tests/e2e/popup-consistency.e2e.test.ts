import { describe, expect, it } from 'vitest';
import { useDemoSite } from './support/demo-site';
import { screenshot, waitForPageStored } from './support/extension';
import { answerCurrent } from './support/quiz-driver';

/** How long the popup's "page/state" replies are held back: far longer than any driver's reaction. */
const STATE_DELAY_MS = 1_500;

/**
 * The popup must never show an answer's verdict beside gaps and an Advance button from before that
 * answer: a learner (or a test driver) would press "Practise" on a gap that is already closed, or
 * miss the gap the answer just opened. Page-state replies are slowed down on purpose so that any
 * window between the two renders is wide open.
 */
describe('the popup shows a verdict and the gaps it changed together', () => {
  const site = useDemoSite();

  it('after a wrong answer the gaps are on screen with the verdict, not after it', async () => {
    const { b } = site;
    const url = site.url('closures.html');
    const page = await b.context.newPage();
    await page.goto(url);
    expect(await waitForPageStored(b, url)).toBeGreaterThan(3);

    // Slow page-state replies in the popup only (not in the background, not in the page).
    await b.context.addInitScript((delay) => {
      if (!location.pathname.endsWith('/popup.html')) return;
      // biome-ignore lint/suspicious/noExplicitAny: the extension page's `chrome` global has no types here.
      const runtime = (globalThis as any).chrome?.runtime;
      if (!runtime) return;
      const send = runtime.sendMessage.bind(runtime);
      runtime.sendMessage = async (message: { type?: string }) => {
        const reply = await send(message);
        if (message?.type === 'page/state') await new Promise((r) => setTimeout(r, delay));
        return reply;
      };
    }, STATE_DELAY_MS);

    const popup = await b.openPopup(page);
    await popup.getByRole('list', { name: 'Concepts on this page' }).waitFor({ timeout: 15_000 });
    expect(await popup.getByRole('list', { name: 'Gaps' }).count()).toBe(0);
    await popup.getByRole('button', { name: 'Start quiz' }).click();

    // answerCurrent returns as soon as the verdict heading is on screen; read the rest at once.
    expect(await answerCurrent(popup, b, false)).toBe(false);
    const gapsNow = await popup.getByRole('list', { name: 'Gaps' }).getByRole('listitem').count();
    const reasonNow = await popup.locator('#advance-reason').innerText();
    await screenshot(popup, 'consistency-wrong-answer');
    expect(gapsNow).toBeGreaterThan(0);
    expect(reasonNow).toMatch(/gap/);
  });
});
