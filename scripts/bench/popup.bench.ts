// How quickly the popup is usable with a big history: time from opening the popup to the first
// question on screen, with 10,000 concepts and 100,000 attempts in the extension's IndexedDB,
// against an empty Preact extension page (entrypoints/bench-empty) opened in the same run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import {
  EXTENSION_DIR,
  launchWithExtension,
  screenshot,
  waitForPageStored,
} from '../../tests/e2e/support/extension';
import { seedBigHistory, storeCount } from '../../tests/e2e/support/seed-history';
import { startStaticServer } from '../../tests/e2e/support/static-server';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const CONCEPTS = 10_000;
const ATTEMPTS = 100_000;
const PAGES = 200;
/** Prerequisite edges among them: about four per concept, as the read-scaling bench's map has. */
const EDGES = Number(process.env.RUNG_POPUP_EDGES ?? 40_000);
const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

export async function run(): Promise<void> {
  const corpus = process.env.RUNG_CORPUS ?? join(root, '..', 'shared', 'corpus');
  if (!existsSync(join(corpus, 'pages'))) {
    console.log('popup bench: shared corpus not found (set RUNG_CORPUS): skipped');
    return;
  }
  if (
    !existsSync(join(EXTENSION_DIR, 'manifest.json')) ||
    !existsSync(join(EXTENSION_DIR, 'bench-empty.html'))
  )
    execFileSync('npx', ['wxt', 'build'], {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, RUNG_BENCH_PAGE: '1' },
    });
  const server = await startStaticServer({ '/corpus': join(corpus, 'pages') });
  const b = await launchWithExtension();
  try {
    // The learner's tab: a real page the content script reads, among a big history.
    const url = `${server.url}/corpus/docs/python/tutorial/controlflow.html`;
    const tab = await b.context.newPage();
    await tab.goto(url);
    await waitForPageStored(b, url);
    const t0 = Date.now();
    await seedBigHistory(b, { concepts: CONCEPTS, attempts: ATTEMPTS, pages: PAGES, edges: EDGES });
    console.log(
      `popup bench: filled concepts ${await storeCount(b, 'concepts')}, attempts ${await storeCount(b, 'attempts')}, ` +
        `mastery ${await storeCount(b, 'mastery')}, edges ${await storeCount(b, 'edges')} in ${Date.now() - t0} ms`,
    );

    const emptyMs: number[] = [];
    const readyMs: number[] = [];
    const questionMs: number[] = [];
    const feedbackMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // The empty Preact page: navigation to its text on screen.
      const empty = await b.context.newPage();
      let start = performance.now();
      await empty.goto(`chrome-extension://${b.extensionId}/bench-empty.html`, { waitUntil: 'commit' });
      await empty.getByText('ready').waitFor();
      emptyMs.push(performance.now() - start);
      await empty.close();

      // The popup: to "Start quiz" usable, then (pressed at once) to the first question.
      const popup: Page = await b.context.newPage();
      await popup.setViewportSize({ width: 420, height: 760 });
      const tabId = await (await b.worker()).evaluate(async (u) => {
        // biome-ignore lint/suspicious/noExplicitAny: the service worker global `chrome` has no types here.
        const tabs: { url?: string; id?: number }[] = await (globalThis as any).chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? -1;
      }, url);
      start = performance.now();
      await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`, {
        waitUntil: 'commit',
      });
      // A fresh popup shows "Start quiz" (pressed at once); one reopened on a quiz in progress
      // shows its question directly. Either way the clock stops at the first question on screen.
      const startQuiz = popup.getByRole('button', { name: /^(Start|Resume) quiz$/ });
      const check = popup.getByRole('button', { name: 'Check answer' });
      // Waited for the way the empty page's text is (Playwright's own wait in the page), not by
      // polling from here, so both clocks stop the same way.
      const either = popup.getByRole('button', { name: /^(?:Start quiz|Resume quiz|Check answer)$/ }).first();
      const shown = async (what: typeof either) => {
        try {
          await what.waitFor({ timeout: 120_000 });
        } catch {
          await screenshot(popup, 'bench-popup-not-usable');
          const text = (await popup.locator('body').innerText()).replace(/\s+/g, ' ').slice(0, 300);
          throw new Error(`no question within 120 s of opening the popup; it showed: ${text}`);
        }
      };
      await shown(either);
      if (!(await check.isVisible())) {
        readyMs.push(performance.now() - start);
        // The button can go away under the click (the quiz was resumed meanwhile): that is fine.
        await startQuiz.click({ timeout: 2_000 }).catch(() => undefined);
        await shown(check);
      }
      questionMs.push(performance.now() - start);
      // Then an answer: "Check answer" → the verdict on screen (with the gaps and Advance it
      // changed, which the popup fetches before it shows the verdict).
      const radio = popup.getByRole('radio').first();
      if (await radio.isVisible()) await radio.check();
      else await popup.getByRole('textbox', { name: 'Your answer' }).fill('x');
      start = performance.now();
      await check.click();
      await popup.getByRole('heading', { name: /Correct!|Not quite\./ }).waitFor({ timeout: 60_000 });
      feedbackMs.push(performance.now() - start);
      await popup.close();
    }
    const e = median(emptyMs);
    const r = readyMs.length > 0 ? median(readyMs) : Number.NaN;
    const q = median(questionMs);
    console.log(`popup bench (${CONCEPTS} concepts, ${ATTEMPTS} attempts; medians of ${RUNS} runs):`);
    console.log(`  empty Preact page, open → rendered:      ${e.toFixed(0)} ms`);
    console.log(
      `  popup, open → "Start quiz" (${readyMs.length} runs): ${r.toFixed(0)} ms (${(r / e).toFixed(1)}× empty)`,
    );
    console.log(
      `  popup, open → first question shown:      ${q.toFixed(0)} ms (${(q / e).toFixed(1)}× empty)`,
    );
    console.log(`  popup, "Check answer" → verdict shown:     ${median(feedbackMs).toFixed(0)} ms`);
    console.log(`  all runs: empty ${emptyMs.map((x) => x.toFixed(0)).join(', ')}`);
    console.log(`            ready ${readyMs.map((x) => x.toFixed(0)).join(', ')}`);
    console.log(`            question ${questionMs.map((x) => x.toFixed(0)).join(', ')}`);
    console.log(`            feedback ${feedbackMs.map((x) => x.toFixed(0)).join(', ')}`);
  } finally {
    await b.close();
    await server.close();
  }
}
