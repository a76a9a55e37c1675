import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, CORPUS_MISSING_MESSAGE } from '../support/corpus';
import { launchWithExtension, type RungBrowser, screenshot, waitForPageStored } from './support/extension';
import { type StaticServer, startStaticServer } from './support/static-server';

if (!CORPUS) console.warn(CORPUS_MISSING_MESSAGE);

/**
 * Issue 13: a developer opens the popup on a Rust and on a Node.js reference page. The concepts
 * listed are the page's documented items as developers write them, and a quiz asks about them.
 * Screenshots go to test-results/screenshots (gitignored).
 */
describe.skipIf(!CORPUS)('the popup on API reference pages, in Chromium', () => {
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

  it.each([
    ['rust', 'docs/rust163/std/collections/struct.BinaryHeap.html', ['BinaryHeap', 'BinaryHeap::push']],
    ['node', 'docs/node18/api/events.html', ['EventEmitter', 'emitter.emit']],
  ])(
    '%s: lists the documented items and quizzes them',
    async (name, path, items) => {
      const url = `${server.url}/corpus/${path}`;
      const page = await b.context.newPage();
      await page.goto(url);
      await waitForPageStored(b, url, 90_000);
      const popup = await b.openPopup(page);
      const list = popup.getByRole('list', { name: 'Concepts on this page' });
      await list.waitFor();
      const text = await list.innerText();
      for (const item of items) expect(text).toContain(item);
      // No documentation chrome among them.
      expect(text).not.toMatch(/\[src\]|Copy item path|Expand description|\[−\]/);
      await screenshot(popup, `api-popup-${name}-01-concepts`);
      await popup.getByRole('button', { name: 'Start quiz' }).click();
      await popup.getByRole('button', { name: 'Check answer' }).waitFor();
      await screenshot(popup, `api-popup-${name}-02-question`);
      await popup.close();
      await page.close();
    },
    180_000,
  );
});
