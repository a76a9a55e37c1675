import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { createQuizWindowOpener } from '@/lib/background/quiz-window';
import { readHtml } from '@/lib/page/read-html';
import { makeDeps } from '../../support/background-harness';
import { projectRoot } from '../../support/corpus';
import { DEMO_URL } from '../../support/demo-page';

const DEMO_HTML = readFileSync(join(projectRoot, 'scripts/demo/closures.html'), 'utf8');
const parse = (html: string) => parseHTML(html).document as unknown as Document;
const tab = { id: 'rung', tabId: 7, url: DEMO_URL, frameId: 0 };

function withReader(opened: string[] = []) {
  const deps = makeDeps();
  deps.extractHtml = async (html, opts) => readHtml(html, opts, parse);
  deps.openQuiz = async (_url, conceptKey) => {
    opened.push(conceptKey);
  };
  return { deps, handlers: createHandlers(deps), opened };
}

describe("'page/document': the page hands over its document, the background reads it", () => {
  it('stores the concepts extracted away from the page', async () => {
    const { deps, handlers } = withReader();
    const reply = await handlers['page/document']({ url: DEMO_URL, html: DEMO_HTML }, tab);
    expect(reply.stored).toBeGreaterThan(3);
    expect(await deps.db.occurrences.where('pageUrl').equals(DEMO_URL).count()).toBe(reply.stored);
  });

  it('stores nothing the extractor returned out of bounds', async () => {
    const { deps, handlers } = withReader();
    deps.extractHtml = async () => ({ title: 'x'.repeat(5000), concepts: 'all of them' });
    await expect(handlers['page/document']({ url: DEMO_URL, html: DEMO_HTML }, tab)).rejects.toThrow(
      /could not read this page/,
    );
    expect(await deps.db.pages.count()).toBe(0);
  });
});

describe("'page/document' with the overlay to show", () => {
  it('loads the overlay and answers with its concepts in the same reply, only where the overlay is on', async () => {
    const { deps, handlers } = withReader();
    const loaded: string[] = [];
    deps.loadOverlay = async (tabId, frameId, part) => {
      loaded.push(`${tabId}/${frameId}/${part}`);
    };
    const reply = await handlers['page/document']({ url: DEMO_URL, html: DEMO_HTML, overlay: true }, tab);
    expect(loaded).toEqual(['7/0/base']);
    expect(reply.overlay).toEqual(await handlers['overlay/concepts']({ url: DEMO_URL }, tab));
    expect(reply.overlay?.concepts.length).toBeGreaterThan(0);
    // Not asked for: neither loaded nor sent.
    const plain = await handlers['page/document']({ url: DEMO_URL, html: DEMO_HTML }, tab);
    expect(plain.overlay).toBeUndefined();
    expect(loaded).toHaveLength(1);
  });

  it('sends no concepts where the overlay is off, or where its code could not be loaded', async () => {
    const off = makeDeps({ overlayByDefault: false });
    off.extractHtml = async (html, opts) => readHtml(html, opts, parse);
    off.loadOverlay = async () => {
      throw new Error('loaded where the overlay is off');
    };
    const offReply = await createHandlers(off)['page/document'](
      { url: DEMO_URL, html: DEMO_HTML, overlay: true },
      tab,
    );
    expect(offReply.stored).toBeGreaterThan(3);
    expect(offReply.overlay).toBeUndefined();
    const { deps, handlers } = withReader();
    deps.loadOverlay = async () => {
      throw new Error('the tab went away');
    };
    const reply = await handlers['page/document']({ url: DEMO_URL, html: DEMO_HTML, overlay: true }, tab);
    expect(reply.stored).toBeGreaterThan(3);
    expect(reply.overlay).toBeUndefined();
  });
});

describe("'overlay/load'", () => {
  it('injects the badge and underlines first, the panel and cards only when asked for them', async () => {
    const { deps, handlers } = withReader();
    const loaded: string[] = [];
    deps.loadOverlay = async (tabId, frameId, part) => {
      loaded.push(`${tabId}/${frameId}/${part}`);
    };
    expect(await handlers['overlay/load']({ url: DEMO_URL }, tab)).toEqual({ ok: true });
    expect(await handlers['overlay/load']({ url: DEMO_URL, part: 'ui' }, tab)).toEqual({ ok: true });
    expect(loaded).toEqual(['7/0/base', '7/0/ui']);
    // Not from a tab (say, an extension page): nothing to inject into.
    expect(await handlers['overlay/load']({ url: DEMO_URL }, { id: 'rung' })).toEqual({ ok: false });
  });
});

describe("'overlay/open-quiz'", () => {
  it('opens a quiz only on a concept of the sender’s own page', async () => {
    const { deps, handlers, opened } = withReader();
    await handlers['page/document']({ url: DEMO_URL, html: DEMO_HTML }, tab);
    const [onPage] = await deps.db.occurrences.where('pageUrl').equals(DEMO_URL).primaryKeys();
    const conceptKey = onPage![1];
    expect(await handlers['overlay/open-quiz']({ url: DEMO_URL, conceptKey }, tab)).toEqual({ ok: true });
    // A concept the page does not have (say, one studied elsewhere) opens nothing.
    await expect(
      handlers['overlay/open-quiz']({ url: DEMO_URL, conceptKey: 'term:photosynthesis' }, tab),
    ).rejects.toThrow(/not on this page/);
    expect(opened).toEqual([conceptKey]);
  });

  it('opens one window, reused and focused for every later request', async () => {
    const calls: string[] = [];
    let stored: number | undefined;
    const windows = new Set<number>();
    const open = createQuizWindowOpener(
      {
        create: async (url) => {
          calls.push(`create ${url}`);
          const id = 100 + windows.size;
          windows.add(id);
          return id;
        },
        reuse: async (id, url) => {
          if (!windows.has(id)) return false;
          calls.push(`reuse ${id} ${url}`);
          return true;
        },
      },
      {
        get: async () => stored,
        set: async (id) => {
          stored = id;
        },
      },
    );
    // Fifty requests at once (a page flooding the overlay's message) make one window.
    await Promise.all(Array.from({ length: 50 }, (_, i) => open(`q${i}`)));
    expect(calls.filter((c) => c.startsWith('create'))).toEqual(['create q0']);
    expect(calls.at(-1)).toBe('reuse 100 q49');
    // The learner closed it: the next request opens a new one.
    windows.clear();
    await open('again');
    expect(calls.at(-1)).toBe('create again');
  });
});
