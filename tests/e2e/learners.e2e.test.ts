import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Attempt } from '@/lib/types';
import { CORPUS, CORPUS_MISSING_MESSAGE } from '../support/corpus';
import {
  launchWithExtension,
  type RungBrowser,
  readStore,
  screenshot,
  waitForPageStored,
} from './support/extension';
import { masterOrExplain } from './support/learner-driver';
import { eventually, highlightNames, probeOverlay } from './support/overlay-probe';
import { answerCurrent } from './support/quiz-driver';
import { type StaticServer, startStaticServer } from './support/static-server';

if (!CORPUS) console.warn(CORPUS_MISSING_MESSAGE);

interface Learner {
  name: string;
  path: string;
  /** Where "Advance" takes the tab; absent when the page has no next page ("Page done." instead). */
  next?: RegExp;
}

/**
 * Issue 7's learners, each on a real page of the corpus, through the whole loop a person goes
 * through: read, see the overlay, quiz, a wrong answer, the gap and where to read about it,
 * practise, reach the criterion, Advance.
 */
const LEARNERS: Learner[] = [
  { name: 'student', path: 'docs/python/tutorial/classes.html', next: /\/stdlib\.html$/ },
  { name: 'developer', path: 'docs/python/library/json.html', next: /\/mailcap\.html$/ },
  { name: 'french-reader', path: 'readability/lemonde-1/source.html' },
  { name: 'chinese-reader', path: 'readability/gmw/source.html' },
];

describe.skipIf(!CORPUS)('learners in Chromium, one per kind of page', () => {
  let server: StaticServer;
  let b: RungBrowser;

  // Four different people: each learner gets a fresh browser profile of their own.
  beforeAll(async () => {
    server = await startStaticServer({ '/corpus': join(CORPUS!, 'pages') });
  });
  beforeEach(async () => {
    b = await launchWithExtension();
  });
  afterEach(async () => {
    await b?.close().catch(() => undefined);
  });
  afterAll(async () => {
    await server?.close();
  });

  for (const learner of LEARNERS) {
    it(`${learner.name} reads ${learner.path}, learns its gap and advances`, async () => {
      const url = `${server.url}/corpus/${learner.path}`;
      const page = await b.context.newPage();
      await page.goto(url);
      expect(await waitForPageStored(b, url)).toBeGreaterThan(3);

      // The overlay: a readiness badge in its closed shadow root, underlines on the page's text.
      const overlay = await probeOverlay(page);
      const badge = await eventually(() => overlay.badgeLabel(), 'the overlay badge');
      expect(badge).toMatch(/^Rung: Readiness: \d+%$/);
      expect(await overlay.shadowType()).toBe('closed');
      await screenshot(page, `learner-${learner.name}-00-read`);
      const marks = await eventually(async () => {
        const drawn = (await overlay.marks()).filter((c) => c.startsWith('m-'));
        return drawn.length > 0 ? drawn : null;
      }, 'underlines (drawn in the shadow root)');
      expect(marks.length).toBeGreaterThan(0);
      // ... and none of it in the registry the page's own scripts can read.
      expect(await highlightNames(page)).toEqual([]);
      await overlay.clickButton(/^Rung: /);
      await screenshot(page, `learner-${learner.name}-01-overlay`);
      await overlay.detach();

      const popup = await b.openPopup(page);
      const concepts = popup.getByRole('list', { name: 'Concepts on this page' });
      await concepts.waitFor();
      expect(await concepts.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
      const advance = popup.getByRole('button', { name: /Advance/ });
      expect(await advance.isDisabled()).toBe(true);

      const attemptsBefore = (await readStore<Attempt>(b, 'attempts')).length;
      // A wrong answer: feedback gives the right one and the page's passage; "Show in page" finds it.
      await popup.getByRole('button', { name: 'Start quiz' }).click();
      expect(await answerCurrent(popup, b, false)).toBe(false);
      await popup.getByText(/^Answer: /).waitFor();
      expect((await popup.getByRole('blockquote').innerText()).trim().length).toBeGreaterThan(5);
      await screenshot(popup, `learner-${learner.name}-02-wrong`);
      const scrollBefore = await page.evaluate(() => window.scrollY);
      await popup.getByRole('button', { name: 'Show in page' }).click();
      const probe = await probeOverlay(page);
      await eventually(async () => (await probe.marks()).includes('passage'), 'the passage mark');
      await probe.detach();
      expect(await popup.getByText(/no longer on the page/).count()).toBe(0);
      await page.waitForTimeout(600); // the scroll is smooth
      console.log(
        `${learner.name}: scrollY ${scrollBefore} → ${await page.evaluate(() => window.scrollY)} after "Show in page"`,
      );
      await screenshot(page, `learner-${learner.name}-03-passage`);

      // The gap, where to read about it, and Practise.
      const gaps = popup.getByRole('list', { name: 'Gaps' });
      await gaps.waitFor();
      const gap = gaps.getByRole('listitem').first();
      expect(await gap.getByRole('button', { name: /^Read about it: / }).count()).toBe(1);
      expect((await gap.locator('q').innerText()).trim().length).toBeGreaterThan(5);
      expect(await popup.locator('#advance-reason').innerText()).toMatch(/gap|not yet mastered/);
      const practise = gap.getByRole('button', { name: /^Practise: / });
      const gapLabel = ((await practise.getAttribute('aria-label')) ?? '').replace(/^Practise: /, '');
      await practise.click();
      await popup.getByRole('heading', { name: new RegExp(`· ${escapeRe(gapLabel)}$`) }).waitFor();
      await screenshot(popup, `learner-${learner.name}-04-practise`);

      const given = await masterOrExplain(popup, b, learner.name);
      expect(await advance.isEnabled()).toBe(true);
      expect(await popup.getByRole('list', { name: 'Gaps' }).count()).toBe(0);
      console.log(`${learner.name}: ${given} right answers after the wrong one to reach the criterion`);
      const attempts = await readStore<Attempt>(b, 'attempts');
      expect(attempts.length - attemptsBefore).toBeGreaterThanOrEqual(given + 1);
      await screenshot(popup, `learner-${learner.name}-05-ready`);

      await advance.click();
      if (learner.next) await page.waitForURL(learner.next);
      else await popup.locator('#advance-reason').getByText('Page done.').waitFor();
      await screenshot(popup, `learner-${learner.name}-06-advanced`);
      await closeAll(popup, page);
    });
  }
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function closeAll(...pages: Page[]): Promise<void> {
  for (const p of pages) await p.close().catch(() => undefined);
}
