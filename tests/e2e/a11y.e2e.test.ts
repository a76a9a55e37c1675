import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, CORPUS_MISSING_MESSAGE } from '../support/corpus';
import { axeScan, severe } from './support/axe-scan';
import { launchWithExtension, type RungBrowser, screenshot, waitForPageStored } from './support/extension';
import { eventually, openOverlayPanel } from './support/overlay-probe';
import { answerCurrent } from './support/quiz-driver';
import { type StaticServer, startStaticServer } from './support/static-server';

if (!CORPUS) console.warn(CORPUS_MISSING_MESSAGE);

/**
 * axe-core over everything a learner sees: the popup (a question, then feedback), the overlay,
 * the map and the settings page. Serious and critical violations fail; all are printed.
 */
describe.skipIf(!CORPUS)('accessibility (axe-core) in Chromium', () => {
  let server: StaticServer;
  let b: RungBrowser;
  let url: string;

  beforeAll(async () => {
    server = await startStaticServer({ '/corpus': join(CORPUS!, 'pages') });
    b = await launchWithExtension();
    url = `${server.url}/corpus/docs/python/tutorial/datastructures.html`;
  });
  afterAll(async () => {
    await b?.close().catch(() => undefined);
    await server?.close();
  });

  it('the popup during a quiz and after feedback', async () => {
    const page = await b.context.newPage();
    await page.goto(url);
    await waitForPageStored(b, url);
    const popup = await b.openPopup(page);
    await popup.getByRole('list', { name: 'Concepts on this page' }).waitFor();
    expect(severe('popup (overview)', await axeScan(popup))).toEqual([]);

    await popup.getByRole('button', { name: 'Start quiz' }).click();
    await popup.getByRole('button', { name: 'Check answer' }).waitFor();
    expect(severe('popup (question)', await axeScan(popup))).toEqual([]);

    expect(await answerCurrent(popup, b, false)).toBe(false);
    await popup.getByRole('list', { name: 'Gaps' }).waitFor();
    await screenshot(popup, 'a11y-01-popup-feedback');
    expect(severe('popup (feedback, gaps)', await axeScan(popup))).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('the overlay: its rendered shadow tree, copied into an open harness', async () => {
    // The overlay's shadow root is closed, so axe (which walks the page's DOM) cannot enter it. The
    // DevTools protocol can read it: the test copies the live markup and style, with the concept
    // panel and a concept card open, into an OPEN shadow root on a blank page and scans that.
    const { page, overlay } = await openOverlayPanel(b, url);
    // The panel's concept buttons are named "<label> — <status>".
    await eventually(async () => {
      await overlay.clickButton(/ — (new|gap|learning|mastered)$/);
      return true;
    }, 'a concept in the overlay panel');
    const html = await eventually(async () => {
      const h = await overlay.shadowHtml();
      return h?.includes('role="dialog"') ? h : null;
    }, 'the concept card');
    await screenshot(page, 'a11y-02-overlay-open');
    await overlay.detach();

    const harness = await b.context.newPage();
    await harness.setContent(
      '<!doctype html><html lang="en"><head><title>Overlay</title></head><body><main><div id="host"></div></main></body></html>',
    );
    await harness.evaluate((markup) => {
      const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
      root.innerHTML = markup;
    }, html);
    await screenshot(harness, 'a11y-03-overlay-harness');
    expect(severe('overlay (panel and card)', await axeScan(harness))).toEqual([]);
    await harness.close();
    await page.close();
  });

  it('the map and the settings page', async () => {
    const map = await b.context.newPage();
    await map.goto(`chrome-extension://${b.extensionId}/map.html`);
    await map.getByRole('group', { name: /^Prerequisite map/ }).waitFor();
    await screenshot(map, 'a11y-04-map');
    expect(severe('map', await axeScan(map))).toEqual([]);

    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.getByRole('heading', { level: 1 }).waitFor();
    await screenshot(options, 'a11y-05-settings');
    expect(severe('settings', await axeScan(options))).toEqual([]);
  });
});
