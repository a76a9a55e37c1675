import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { projectRoot } from '../../support/corpus';

export const EXTENSION_DIR = resolve(projectRoot, '.output/chrome-mv3');
export const SCREENSHOT_DIR = resolve(projectRoot, 'test-results/screenshots');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found)
    throw new Error('Debian chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)');
  return found;
}

/**
 * Saved pages name trackers and CDNs this machine cannot reach; a parser-blocking script from one
 * held DOMContentLoaded past 30 s in CI. With this every host but the tests' own fails at once, in
 * every browser the tests and benches start (so runs with and without Rung load the same things).
 */
export const LOCAL_HOSTS_ONLY = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost';

export interface RungBrowser {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  worker: () => Promise<Worker>;
  /** Opens the popup as a page about the given tab (Playwright cannot click the toolbar button). */
  openPopup: (tabPage: Page, query?: string) => Promise<Page>;
  close: (opts?: { keepProfile?: boolean }) => Promise<void>;
}

/** Launches Debian's Chromium headless with the built extension loaded, as a learner's profile. */
export async function launchWithExtension(profileDir?: string): Promise<RungBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`Built extension not found at ${EXTENSION_DIR}: run "npx wxt build" first`);
  }
  const dir = profileDir ?? mkdtempSync(join(tmpdir(), 'rung-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'en-US',
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=en-US',
      LOCAL_HOSTS_ONLY,
    ],
  });
  let extensionId = '';
  // A worker that was just stopped can stay listed for a moment, and a call into it may then never
  // settle: each probe is bounded, and a stopped worker is woken by an extension page messaging it.
  const worker = async (): Promise<Worker> => {
    const deadline = Date.now() + 60_000;
    let waker: Page | undefined;
    try {
      for (;;) {
        for (const w of context.serviceWorkers()) {
          if (!w.url().startsWith('chrome-extension://')) continue;
          if (
            await within(
              w.evaluate(() => true),
              3_000,
            ).catch(() => false)
          )
            return w;
        }
        if (Date.now() > deadline) throw new Error('the extension service worker did not start within 60 s');
        if (!extensionId) {
          await context.waitForEvent('serviceworker', { timeout: 30_000 }).catch(() => undefined);
          continue;
        }
        if (!waker) {
          waker = await context.newPage();
          await waker.goto(`chrome-extension://${extensionId}/popup.html?page=about:blank`);
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    } finally {
      await waker?.close().catch(() => undefined);
    }
  };
  extensionId = new URL((await worker()).url()).host;
  return {
    context,
    extensionId,
    profileDir: dir,
    worker,
    openPopup: async (tabPage, query = '') => {
      const sw = await worker();
      const tabId = await sw.evaluate(async (url) => {
        // biome-ignore lint/suspicious/noExplicitAny: the service worker global `chrome` has no types here.
        const tabs: { url?: string; id?: number }[] = await (globalThis as any).chrome.tabs.query({});
        return tabs.find((t) => t.url === url)?.id ?? null;
      }, tabPage.url());
      if (tabId === null) throw new Error(`no tab for ${tabPage.url()}`);
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 420, height: 760 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}${query}`);
      return popup;
    },
    close: async (opts) => {
      await context.close();
      if (!opts?.keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until the background has stored the page (the content script runs when the page is idle). */
export async function waitForPageStored(b: RungBrowser, url: string, timeoutMs = 30_000): Promise<number> {
  const start = Date.now();
  for (;;) {
    const count = await onWorker(b, (sw) =>
      sw.evaluate(async (u) => {
        const reply = await new Promise<unknown>((resolve) => {
          const req = indexedDB.open('rung');
          req.onsuccess = () => {
            const db = req.result;
            if (!db.objectStoreNames.contains('pages')) return resolve(null);
            const get = db.transaction('pages').objectStore('pages').get(u);
            get.onsuccess = () => resolve(get.result ?? null);
            get.onerror = () => resolve(null);
          };
          req.onerror = () => resolve(null);
        });
        return (reply as { conceptKeys?: string[] } | null)?.conceptKeys?.length ?? -1;
      }, url),
    ).catch(() => -1);
    if (count >= 0) return count;
    if (Date.now() - start > timeoutMs) throw new Error(`page not stored within ${timeoutMs} ms: ${url}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Reads a whole object store from the extension's IndexedDB (through the service worker). */
export async function readStore<T>(b: RungBrowser, store: string): Promise<T[]> {
  return onWorker(
    b,
    (sw) =>
      sw.evaluate(
        (name) =>
          new Promise<unknown[]>((resolve, reject) => {
            const req = indexedDB.open('rung');
            req.onsuccess = () => {
              const db = req.result;
              const all = db.transaction(name).objectStore(name).getAll();
              all.onsuccess = () => resolve(all.result);
              all.onerror = () => reject(all.error);
            };
            req.onerror = () => reject(req.error);
          }),
        store,
      ) as Promise<T[]>,
  );
}

/**
 * Settles `p` within `ms` or rejects. A late rejection of `p` (its target closed afterwards) is
 * swallowed, so an abandoned call cannot surface as an unhandled rejection in a later test.
 */
export function within<T>(p: Promise<T>, ms: number): Promise<T> {
  p.catch(() => undefined);
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/** Runs `fn` in the service worker; a worker stopped mid-call is woken and asked again (3 tries). */
async function onWorker<T>(b: RungBrowser, fn: (sw: Worker) => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    const sw = await b.worker();
    try {
      return await within(fn(sw), 15_000);
    } catch (error) {
      if (i >= 2) throw error;
    }
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
