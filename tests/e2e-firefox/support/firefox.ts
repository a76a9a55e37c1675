import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { projectRoot } from '../../support/corpus';

export const FIREFOX_EXTENSION_DIR = resolve(projectRoot, '.output/firefox-mv2');
export const SCREENSHOT_DIR = resolve(projectRoot, 'test-results/screenshots');

/**
 * Fixed so that extension pages have a known address and the profile's extension origin (its
 * IndexedDB) is the same after a restart. Firefox gives each add-on a random UUID otherwise.
 */
const EXTENSION_UUID = '6f1b6a52-0f7e-4d2a-9a3c-2b1d5e0c9a11';

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found)
    throw new Error('Debian firefox-esr not found: apt-get install -y firefox-esr (or set FIREFOX_PATH)');
  return found;
}

/** The add-on id the Firefox build declares (`browser_specific_settings.gecko.id`). */
function addonId(): string {
  const manifestPath = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(
      `Firefox build not found at ${FIREFOX_EXTENSION_DIR}: run "npx wxt build -b firefox" first`,
    );
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('the Firefox build has no browser_specific_settings.gecko.id');
  return id;
}

export interface RungFirefox {
  browser: Browser;
  /** `moz-extension://<uuid>`: where the popup, settings and map pages live. */
  base: string;
  profileDir: string;
  /**
   * Uncaught errors and console errors from the extension's contexts (background, popup, settings,
   * content scripts), as Firefox reports them on its own output. Shared across restarts.
   */
  errors: string[];
  /** Opens an extension page (popup.html?tab=..., options.html) in a new tab, loaded. */
  openExtensionPage: (path: string) => Promise<Page>;
  /** Runs `fn` in an extension page (the extension's origin: its IndexedDB, `browser.*`). */
  inExtension: <A, R>(fn: (arg: A) => Promise<R> | R, arg: A) => Promise<R>;
  /** The tab id Firefox gave the tab showing `url`. */
  tabIdOf: (url: string) => Promise<number>;
  /** Quits Firefox and starts it again on the same profile with the add-on installed again. */
  restart: () => Promise<RungFirefox>;
  close: (opts?: { keepProfile?: boolean }) => Promise<void>;
}

/**
 * Launches Debian's firefox-esr headless over WebDriver BiDi with the Firefox build installed as a
 * temporary add-on, as a learner's profile (a fresh one unless `profileDir` is given).
 */
export async function launchFirefox(profileDir?: string, errors: string[] = []): Promise<RungFirefox> {
  const id = addonId();
  const dir = profileDir ?? mkdtempSync(join(tmpdir(), 'rung-firefox-'));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    protocol: 'webDriverBiDi',
    headless: true,
    userDataDir: dir,
    // WebDriver refuses to navigate a tab to a moz-extension:// address without this; Playwright's
    // Chromium gets chrome-extension:// pages the same way (by address, not the toolbar button).
    args: ['--remote-allow-system-access', '--width=1200', '--height=900'],
    env: { ...process.env, MOZ_HEADLESS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
      // A temporary add-on is removed when Firefox quits, and removal deletes its data; a learner's
      // installed add-on is not. Keeping the data and the UUID lets "restart" mean what it means
      // for the learner: the same profile, the same extension origin.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // Console messages of web and extension pages go to Firefox's output, where errors are
      // collected; the browser's own (chrome) console stays quiet.
      'devtools.console.stdout.content': true,
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
    },
  });
  const base = `moz-extension://${EXTENSION_UUID}`;
  collectErrors(browser, base, errors);
  const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (installed !== id) throw new Error(`installed add-on ${installed}, expected ${id}`);

  let helper: Page | undefined;
  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    const url = `${base}/${path}`;
    // Firefox loads the page in the extension process and WebDriver BiDi never reports that
    // navigation as finished, so goto is not awaited: the page is polled until it has loaded.
    void page.goto(url, { timeout: 60_000 }).catch(() => undefined);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const state = await page
        .evaluate(() => `${document.readyState} ${location.href}`)
        .catch(() => 'loading');
      if (state === `complete ${url}`) return page;
      if (Date.now() > deadline) throw new Error(`${url} did not load within 30 s (${state})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const inExtension = async <A, R>(fn: (arg: A) => Promise<R> | R, arg: A): Promise<R> => {
    helper ??= await openExtensionPage('popup.html?page=about:blank');
    // biome-ignore lint/suspicious/noExplicitAny: puppeteer's evaluate typing cannot carry a generic function.
    return helper.evaluate(fn as any, arg) as Promise<R>;
  };
  const rung: RungFirefox = {
    browser,
    base,
    profileDir: dir,
    errors,
    openExtensionPage,
    inExtension,
    tabIdOf: async (url) => {
      const tabId = await inExtension(async (u) => {
        // biome-ignore lint/suspicious/noExplicitAny: the extension page's `browser` global has no types here.
        const tabs: { url?: string; id?: number }[] = await (globalThis as any).browser.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? null;
      }, url);
      if (tabId === null) throw new Error(`no tab for ${url}`);
      return tabId;
    },
    restart: async () => {
      await browser.close();
      return launchFirefox(dir, errors);
    },
    close: async (opts) => {
      await browser.close().catch(() => undefined);
      if (!opts?.keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
  return rung;
}

/**
 * Firefox prints uncaught errors as "JavaScript error: <url>, line N: ..." and, with the pref above,
 * console.error calls of content and extension pages as "console.error: ...". The ones from the
 * extension's origin (background, pages, content scripts are loaded from it) and every console
 * error are kept; the browser's own noise (remote settings, telemetry) is not the extension's.
 */
function collectErrors(browser: Browser, base: string, errors: string[]): void {
  const child = browser.process();
  if (!child) throw new Error('puppeteer gave no Firefox process to read errors from');
  let pending = '';
  const onData = (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('JavaScript error:') && line.includes(base)) errors.push(line);
      else if (isPageConsoleError(line)) errors.push(line);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
}

/**
 * A page's or extension page's `console.error(...)` prints its arguments as values (`"text"`,
 * `(new Error(...))`, `[...]`); the browser's own modules print a named prefix (`RSLoader: ...`)
 * and errors from chrome:// or resource:// code, which are not the extension's.
 */
export function isPageConsoleError(line: string): boolean {
  const m = /^console\.error: (.*)$/.exec(line);
  if (!m) return false;
  const rest = m[1]!;
  if (/chrome:\/\/|resource:\/\//.test(rest)) return false;
  return !/^[A-Za-z][\w.-]*: /.test(rest);
}

/** Polls `fn` until it returns something other than null/undefined, or fails naming `what`. */
export async function eventually<T>(
  fn: () => Promise<T | null | undefined>,
  what: string,
  ms = 30_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await fn().catch(() => null);
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A whole object store of the extension's IndexedDB, read in the extension's origin. */
export function readStore<T>(ff: RungFirefox, store: string): Promise<T[]> {
  return ff.inExtension(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const req = indexedDB.open('rung');
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            return resolve([]);
          }
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as T[]);
          };
          all.onerror = () => reject(all.error);
        };
        req.onerror = () => reject(req.error);
      }),
    store,
  );
}

/** Waits until the background has stored the page; returns how many concepts it holds. */
export function waitForPageStored(ff: RungFirefox, url: string): Promise<number> {
  return eventually(async () => {
    const pages = await readStore<{ url: string; conceptKeys?: string[] }>(ff, 'pages');
    return pages.find((p) => p.url === url)?.conceptKeys?.length;
  }, `page stored: ${url}`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOT_DIR, `firefox-${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
