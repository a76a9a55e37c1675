import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { ANNOUNCED_MS, ReadTracker } from '@/lib/background/read-tracker';
import { readHtml } from '@/lib/page/read-html';
import { makeDeps } from '../../support/background-harness';
import { projectRoot } from '../../support/corpus';
import { DEMO_URL } from '../../support/demo-page';

const DEMO_HTML = readFileSync(join(projectRoot, 'scripts/demo/closures.html'), 'utf8');
const parse = (html: string) => parseHTML(html).document as unknown as Document;
const tab = { id: 'rung', tabId: 7, url: DEMO_URL, frameId: 0 };
const popup = { id: 'rung', url: 'chrome-extension://rung/popup.html' };

/** An extractor held until the test lets it go (or fails it): the read stays "in progress". */
function heldReader() {
  const deps = makeDeps();
  let release: (ok: boolean) => void = () => undefined;
  const held = new Promise<boolean>((r) => {
    release = r;
  });
  deps.extractHtml = async (html, opts) => {
    if (!(await held)) throw new Error('The offscreen document closed.');
    return readHtml(html, opts, parse);
  };
  return { deps, handlers: createHandlers(deps), release: (ok: boolean) => release(ok) };
}

describe('ReadTracker', () => {
  it('reports a read from its announcement until it is stored', () => {
    const reads = new ReadTracker();
    expect(reads.progress(DEMO_URL, 0)).toBeUndefined();
    reads.announce(`${DEMO_URL}#part-2`, 0);
    expect(reads.progress(DEMO_URL, 1000)).toEqual({ status: 'reading' });
    reads.parsing(DEMO_URL, 2000);
    expect(reads.progress(DEMO_URL, 3000)).toEqual({ status: 'reading' });
    reads.stored(DEMO_URL);
    expect(reads.progress(DEMO_URL, 3000)).toBeUndefined();
  });

  it('forgets an announced read whose document never came (the tab went elsewhere)', () => {
    const reads = new ReadTracker();
    reads.announce(DEMO_URL, 0);
    expect(reads.progress(DEMO_URL, ANNOUNCED_MS - 1)).toEqual({ status: 'reading' });
    expect(reads.progress(DEMO_URL, ANNOUNCED_MS)).toBeUndefined();
  });

  it('keeps why a read failed, until the page is read again', () => {
    const reads = new ReadTracker();
    reads.parsing(DEMO_URL, 0);
    reads.failed(DEMO_URL, 'Rung could not read this page.', 10);
    expect(reads.progress(DEMO_URL, 1e9)).toEqual({
      status: 'failed',
      reason: 'Rung could not read this page.',
    });
    reads.announce(DEMO_URL, 20);
    expect(reads.progress(DEMO_URL, 30)).toEqual({ status: 'reading' });
  });

  it('wakes a waiter at the next change, and at once for a change it has not seen', async () => {
    const reads = new ReadTracker();
    const seen = reads.version(DEMO_URL);
    let woke = false;
    const waiting = reads.changeSince(DEMO_URL, seen, 60_000).then(() => {
      woke = true;
    });
    await Promise.resolve();
    expect(woke).toBe(false);
    reads.parsing(DEMO_URL, 0);
    await waiting;
    expect(woke).toBe(true);
    // The change happened before this waiter looked: it must not sleep through it.
    await reads.changeSince(DEMO_URL, seen, 60_000);
  });
});

describe("'page/state' while the page is read", () => {
  it('says the page is being read, then answers with the stored page when the read ends', async () => {
    const { handlers, release } = heldReader();
    await handlers['page/reading']({ url: DEMO_URL }, tab);
    expect(await handlers['page/state']({ url: DEMO_URL }, popup)).toMatchObject({
      known: false,
      reading: { status: 'reading' },
    });
    const document = handlers['page/document']({ url: DEMO_URL, html: DEMO_HTML }, tab);
    await new Promise((r) => setTimeout(r, 20));
    // The popup's request waits for the read's next change (stored) instead of polling.
    const waiting = handlers['page/state']({ url: DEMO_URL, waitForRead: true }, popup);
    let answered = false;
    void waiting.then(() => {
      answered = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(answered).toBe(false);
    release(true);
    await document;
    const state = await waiting;
    expect(state.known).toBe(true);
    expect(state.reading).toBeUndefined();
    expect(state.required.length).toBeGreaterThan(0);
  });

  it('says why the read failed, and waits for the read after a reload', async () => {
    const { handlers, release } = heldReader();
    const document = handlers['page/document']({ url: DEMO_URL, html: DEMO_HTML }, tab);
    expect((await handlers['page/state']({ url: DEMO_URL }, popup)).reading).toEqual({ status: 'reading' });
    release(false);
    await expect(document).rejects.toThrow(/offscreen document closed/);
    const state = await handlers['page/state']({ url: DEMO_URL }, popup);
    expect(state).toMatchObject({
      known: false,
      reading: {
        status: 'failed',
        reason: 'Rung could not read this page: The offscreen document closed.',
      },
    });
    // After "Reload" the popup waits for the new read, which its content script announces.
    const waiting = handlers['page/state']({ url: DEMO_URL, waitForRead: true }, popup);
    await new Promise((r) => setTimeout(r, 20));
    await handlers['page/reading']({ url: DEMO_URL }, tab);
    expect((await waiting).reading).toEqual({ status: 'reading' });
  });

  it("is told the page is being read by the content script's first 'site/status', only with reading", async () => {
    const { handlers } = heldReader();
    await handlers['site/status']({ url: DEMO_URL }, tab);
    expect((await handlers['page/state']({ url: DEMO_URL }, popup)).reading).toBeUndefined();
    expect((await handlers['site/status']({ url: DEMO_URL, reading: true }, tab)).read).toBe(true);
    expect((await handlers['page/state']({ url: DEMO_URL }, popup)).reading).toEqual({ status: 'reading' });
    const off = createHandlers(makeDeps({ readByDefault: false }));
    await off['site/status']({ url: DEMO_URL, reading: true }, tab);
    expect((await off['page/state']({ url: DEMO_URL }, popup)).reading).toBeUndefined();
  });

  it('reports nothing for a page of a site Rung does not read', async () => {
    const deps = makeDeps({ readByDefault: false });
    const handlers = createHandlers(deps);
    await handlers['page/reading']({ url: DEMO_URL }, tab);
    const state = await handlers['page/state']({ url: DEMO_URL, waitForRead: true }, popup);
    expect(state).toMatchObject({ known: false, allowed: false });
    expect(state.reading).toBeUndefined();
  });
});
