// What Rung costs the pages it reads: each corpus page in the sample is loaded in Chromium with and
// without the extension in the same run (interleaved, best of two each), and the page's main thread
// is measured through the DevTools protocol (Performance.getMetrics: ScriptDuration, TaskDuration)
// from navigation until Rung has stored the page and a quiet second has passed. Long tasks come
// from a PerformanceObserver in the page; Long Animation Frame entries name the script behind
// each, so a long task is "Rung's" when a chrome-extension:// script ran in it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import {
  chromiumPath,
  EXTENSION_DIR,
  launchWithExtension,
  type RungBrowser,
  waitForPageStored,
} from '../../tests/e2e/support/extension';
import { startStaticServer } from '../../tests/e2e/support/static-server';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** Pages per kind of page (docs, tutorial, api-reference, article, ...); RUNG_PAGE_COST_PER_KIND overrides. */
const PER_KIND = Number(process.env.RUNG_PAGE_COST_PER_KIND ?? 4);
const RUNS = 2;
const QUIET_MS = 1000;

interface Sample {
  script: number;
  task: number;
  longest: number;
  rungLongest: number;
}

/** Every n-th page of each kind, in index order: a spread over each kind, the same on every run. */
function samplePages(corpus: string): { path: string; kind: string }[] {
  const rows = readFileSync(join(corpus, 'pages/index.csv'), 'utf8').trim().split('\n').slice(1);
  const byKind = new Map<string, string[]>();
  for (const row of rows) {
    const [path, , kind] = row.split(',');
    if (!path || !kind) continue;
    byKind.set(kind, [...(byKind.get(kind) ?? []), path]);
  }
  const out: { path: string; kind: string }[] = [];
  for (const [kind, paths] of [...byKind].sort()) {
    const step = Math.max(1, Math.floor(paths.length / PER_KIND));
    for (let i = 0; i < paths.length && out.filter((p) => p.kind === kind).length < PER_KIND; i += step)
      out.push({ path: paths[i]!, kind });
  }
  return out;
}

/** Runs in the page before its own scripts: records long tasks and which scripts ran in long frames. */
const OBSERVE = `(() => {
  const w = window;
  w.__cost = { longest: 0, rungLongest: 0 };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__cost.longest = Math.max(w.__cost.longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        for (const s of e.scripts || [])
          if (String(s.sourceURL || '').startsWith('chrome-extension://'))
            w.__cost.rungLongest = Math.max(w.__cost.rungLongest, s.duration);
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})();`;

/**
 * One load of `url`, measured over `windowMs` from the start of navigation (or, when that is not
 * given, until `done` and a quiet second after it): both loads of a page are measured over the
 * same wall-clock window, so time the page spends on its own (timers, late loads) cancels out.
 */
async function measure(
  context: BrowserContext,
  url: string,
  done: (page: Page) => Promise<void>,
  windowMs?: number,
): Promise<Sample & { windowMs: number }> {
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const start = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  await done(page);
  const window = windowMs ?? Date.now() - start + QUIET_MS;
  await page.waitForTimeout(Math.max(0, start + window - Date.now()));
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  const m = (name: string) => (metrics.find((x) => x.name === name)?.value ?? 0) * 1000;
  const cost = (await page.evaluate('window.__cost')) as { longest: number; rungLongest: number };
  await cdp.detach();
  await page.close();
  return { script: m('ScriptDuration'), task: m('TaskDuration'), ...cost, windowMs: window };
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
}

export async function run(): Promise<void> {
  const corpus = process.env.RUNG_CORPUS ?? join(root, '..', 'shared', 'corpus');
  if (!existsSync(join(corpus, 'pages/index.csv'))) {
    console.log('page-cost bench: shared corpus not found (set RUNG_CORPUS): skipped');
    return;
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')) || process.env.RUNG_BENCH_REBUILD) {
    execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
  }
  const pages = samplePages(corpus);
  const server = await startStaticServer({ '/corpus': join(corpus, 'pages') });
  const rung: RungBrowser = await launchWithExtension();
  if (process.env.RUNG_PAGE_COST_OVERLAY === 'off') {
    const sw = await rung.worker();
    await sw.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: the service worker global `chrome` has no types here.
      const chrome = (globalThis as any).chrome;
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), overlayByDefault: false } });
    });
  }
  const bareDir = mkdtempSync(join(tmpdir(), 'rung-bare-'));
  const bare = await chromium.launchPersistentContext(bareDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'en-US',
    viewport: { width: 1200, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  const added: { kind: string; path: string; script: number; task: number; with: Sample; without: Sample }[] =
    [];
  try {
    for (const { path, kind } of pages) {
      const url = `${server.url}/corpus/${path}`;
      const withRung: Sample[] = [];
      const without: Sample[] = [];
      for (let r = 0; r < RUNS; r++) {
        // A fresh URL each run so Rung reads the page anew (it re-reads a known page the same way).
        const u = `${url}?run=${r}`;
        const w = await measure(rung.context, u, async () => {
          await waitForPageStored(rung, u, 60_000).catch(() => undefined);
        });
        withRung.push(w);
        without.push(await measure(bare, u, async () => undefined, w.windowMs));
      }
      const best = (xs: Sample[]): Sample => ({
        script: Math.min(...xs.map((x) => x.script)),
        task: Math.min(...xs.map((x) => x.task)),
        longest: Math.min(...xs.map((x) => x.longest)),
        rungLongest: Math.min(...xs.map((x) => x.rungLongest)),
      });
      const w = best(withRung);
      const o = best(without);
      added.push({ kind, path, script: w.script - o.script, task: w.task - o.task, with: w, without: o });
      console.log(
        `${kind.padEnd(14)} ${path.slice(0, 58).padEnd(58)} +script ${(w.script - o.script).toFixed(1).padStart(6)} ms  +task ${(w.task - o.task).toFixed(1).padStart(6)} ms  longest task ${w.longest.toFixed(0)} / ${o.longest.toFixed(0)} ms (with / without), Rung's longest script ${w.rungLongest.toFixed(0)} ms`,
      );
    }
  } finally {
    await rung.close();
    await bare.close();
    rmSync(bareDir, { recursive: true, force: true });
    await server.close();
  }
  const scripts = added.map((a) => a.script);
  const tasks = added.map((a) => a.task);
  const rungLong = Math.max(...added.map((a) => a.with.rungLongest));
  const kinds = [...new Set(added.map((a) => a.kind))];
  console.log(
    `page-cost over ${added.length} corpus pages (${kinds.map((k) => `${added.filter((a) => a.kind === k).length} ${k}`).join(', ')}), best of ${RUNS}:`,
  );
  console.log(
    `  added script time p50 ${pct(scripts, 50).toFixed(1)} ms, p95 ${pct(scripts, 95).toFixed(1)} ms (target ≤ 5 ms)`,
  );
  console.log(
    `  added task time p50 ${pct(tasks, 50).toFixed(1)} ms, p95 ${pct(tasks, 95).toFixed(1)} ms (target ≤ 16 ms)`,
  );
  console.log(
    `  longest Rung script in a long animation frame ${rungLong.toFixed(0)} ms; pages where the longest task grew past 50 ms with Rung: ${added.filter((a) => a.with.longest > 50 && a.without.longest <= 50).length}`,
  );
}
