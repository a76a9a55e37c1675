import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDemoSite } from './support/demo-site';
import { type RungBrowser, screenshot, waitForPageStored } from './support/extension';

/**
 * Holds the pages the background sends to its offscreen document to be parsed, from the test's
 * side, in the service worker: the extension is the production build and runs its real read; only
 * the parse's reply is delayed (or made to fail) until the test says so.
 */
async function holdReads(b: RungBrowser): Promise<void> {
  const sw = await b.worker();
  await sw.evaluate(() => {
    // biome-ignore lint/suspicious/noExplicitAny: the service worker's `chrome` has no types here.
    const g = globalThis as any;
    const runtime = g.chrome.runtime;
    g.__rungSend ??= runtime.sendMessage.bind(runtime);
    g.__rungHeld = [];
    runtime.sendMessage = (message: { target?: string }, ...rest: unknown[]) => {
      if (message?.target !== 'rung-offscreen') return g.__rungSend(message, ...rest);
      return new Promise((resolve, reject) => {
        g.__rungHeld.push({
          go: () => g.__rungSend(message, ...rest).then(resolve, reject),
          fail: (why: string) => reject(new Error(why)),
        });
      });
    };
  });
}

/** Lets the held reads go (or fails them with `why`), and reads pages as usual from then on. */
async function letGo(b: RungBrowser, why?: string): Promise<number> {
  const sw = await b.worker();
  return sw.evaluate((failWith) => {
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    const g = globalThis as any;
    g.chrome.runtime.sendMessage = g.__rungSend;
    const held: { go: () => void; fail: (why: string) => void }[] = g.__rungHeld ?? [];
    g.__rungHeld = [];
    for (const h of held) {
      if (failWith) h.fail(failWith);
      else h.go();
    }
    return held.length;
  }, why ?? null);
}

async function heldCount(b: RungBrowser): Promise<number> {
  const sw = await b.worker();
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  return sw.evaluate(() => ((globalThis as any).__rungHeld?.length ?? 0) as number);
}

async function untilHeld(b: RungBrowser): Promise<void> {
  const deadline = Date.now() + 30_000;
  while ((await heldCount(b)) === 0) {
    if (Date.now() > deadline) throw new Error('the page was never sent to be parsed');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const readingStatus = (popup: Page) => popup.getByRole('status').filter({ hasText: 'Reading this page…' });

describe('the popup opened while the page is still being read (issue 14, pattern 7)', () => {
  const site = useDemoSite();

  it('says "Reading this page…" and fills itself in when the page is stored', async () => {
    const { b } = site;
    await holdReads(b);
    const url = site.url('closures.html');
    const page = await b.context.newPage();
    await page.goto(url);
    await untilHeld(b);

    const popup = await b.openPopup(page);
    await readingStatus(popup).waitFor({ timeout: 15_000 });
    expect(await popup.getByText(/has not read this page/).count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'Reload' }).count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'Start quiz' }).count()).toBe(0);
    await screenshot(popup, 'popup-reading-01-reading');

    // Still reading a while later: the popup keeps saying so (nothing times out into "not read").
    await popup.waitForTimeout(1500);
    expect(await readingStatus(popup).isVisible()).toBe(true);

    expect(await letGo(b)).toBeGreaterThanOrEqual(1);
    // The same popup, not reopened, fills itself in.
    await popup.getByRole('button', { name: 'Start quiz' }).waitFor({ timeout: 30_000 });
    await popup.getByRole('list', { name: 'Concepts on this page' }).waitFor();
    expect(await readingStatus(popup).count()).toBe(0);
    expect(await waitForPageStored(b, url)).toBeGreaterThan(3);
    await screenshot(popup, 'popup-reading-02-stored');
    await popup.close();
    await page.close();
  });

  it('says why a read failed and offers "Reload", which reads the page again', async () => {
    const { b } = site;
    await holdReads(b);
    const url = site.url('iterators.html');
    const page = await b.context.newPage();
    await page.goto(url);
    await untilHeld(b);
    const popup = await b.openPopup(page);
    await readingStatus(popup).waitFor({ timeout: 15_000 });

    await letGo(b, 'The offscreen document closed.');
    const alert = popup.getByRole('alert').filter({ hasText: 'could not read this page' });
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.innerText()).toContain('The offscreen document closed.');
    const reload = popup.getByRole('button', { name: 'Reload' });
    await reload.waitFor();
    await screenshot(popup, 'popup-reading-03-failed');

    // Reads are no longer held: "Reload" reloads the tab, and the popup follows the new read.
    await reload.click();
    await popup.getByRole('button', { name: 'Start quiz' }).waitFor({ timeout: 30_000 });
    expect(await popup.getByRole('alert').count()).toBe(0);
    expect(await waitForPageStored(b, url)).toBeGreaterThan(3);
    await screenshot(popup, 'popup-reading-04-reloaded');
  });
});
