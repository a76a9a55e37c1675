import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDemoSite } from './support/demo-site';
import { screenshot, waitForPageStored } from './support/extension';
import { eventually, probeOverlay } from './support/overlay-probe';

/** What the page's own scripts (its main world) can see of Rung. */
function pageView(page: Page) {
  return page.evaluate(() => {
    const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
    return {
      highlights: registry ? [...registry.keys()] : [],
      adoptedSheets: document.adoptedStyleSheets.length,
      rungHosts: document.querySelectorAll('[data-rung-host]').length,
      // The demo page's <html> holds <head> and <body>; anything else was added.
      extraElements: [...document.documentElement.children]
        .map((e) => e.localName)
        .filter((n) => n !== 'head' && n !== 'body'),
    };
  });
}

describe('what a page can learn about Rung and its learner (issue 17, items 4 and 5)', () => {
  const site = useDemoSite();

  const setOverlay = (on: boolean) =>
    site.b.worker().then((w) =>
      w.evaluate(async (on) => {
        // biome-ignore lint/suspicious/noExplicitAny: the service worker global `chrome` has no types here.
        const chrome = (globalThis as any).chrome;
        const { settings } = await chrome.storage.local.get('settings');
        const s = (settings ?? {}) as { overlaySites?: Record<string, boolean> };
        await chrome.storage.local.set({
          settings: { ...s, overlaySites: { ...(s.overlaySites ?? {}), '127.0.0.1': on } },
        });
        for (const tab of await chrome.tabs.query({ url: 'http://127.0.0.1/*' })) {
          await chrome.tabs
            .sendMessage(tab.id!, { type: 'overlay/refresh', payload: {} })
            .catch(() => undefined);
        }
      }, on),
    );

  it('sees nothing while the overlay is hidden, and no highlight or named element while it is shown', async () => {
    await setOverlay(false);
    const url = site.url('closures.html');
    const page = await site.b.context.newPage();
    await page.goto(url);
    expect(await waitForPageStored(site.b, url)).toBeGreaterThan(3);
    const hidden = { highlights: [], adoptedSheets: 0, rungHosts: 0, extraElements: [] };
    expect(await pageView(page)).toEqual(hidden);

    // Shown: the badge and the underlines are there for the learner ...
    await setOverlay(true);
    const overlay = await probeOverlay(page);
    await eventually(() => overlay.badgeLabel(), 'the overlay badge');
    expect((await overlay.marks()).some((c) => c.startsWith('m-'))).toBe(true);
    await screenshot(page, 'page-privacy-01-shown');
    // ... and the page sees one anonymous element, no highlight registry entry, no stylesheet.
    expect(await pageView(page)).toEqual({ ...hidden, extraElements: ['div'] });
    expect(
      await page.evaluate(() => document.documentElement.lastElementChild?.shadowRoot ?? null),
    ).toBeNull();

    // A synthetic mousemove over an underlined word opens nothing; the learner's own pointer does.
    const at = await eventually(() => overlay.firstMarkCentre(), 'an underline on screen');
    await page.evaluate(({ x, y }) => {
      for (let i = 0; i < 3; i++)
        document.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y + i, bubbles: true }));
    }, at);
    await page.waitForTimeout(500);
    expect(await overlay.shadowHtml()).not.toContain('role="dialog"');
    await page.mouse.move(at.x, at.y);
    await eventually(async () => (await overlay.shadowHtml())?.includes('role="dialog"'), 'the word card');
    await screenshot(page, 'page-privacy-02-card');

    // Hidden again: nothing left behind.
    await setOverlay(false);
    await eventually(async () => (await pageView(page)).extraElements.length === 0, 'the overlay gone');
    expect(await pageView(page)).toEqual(hidden);
    await overlay.detach();
    await page.close();
  });
});
