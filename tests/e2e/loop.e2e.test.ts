import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Attempt, MasteryRecord, StoredConcept } from '@/lib/types';
import { CORPUS, CORPUS_MISSING_MESSAGE } from '../support/corpus';
import {
  launchWithExtension,
  type RungBrowser,
  readStore,
  screenshot,
  waitForPageStored,
} from './support/extension';
import { answerCurrent, goNext, masterPage } from './support/quiz-driver';
import { type StaticServer, startStaticServer } from './support/static-server';

if (!CORPUS) console.warn(CORPUS_MISSING_MESSAGE);

describe.skipIf(!CORPUS)('the loop in Chromium: read, quiz, gaps, advance, restart', () => {
  let server: StaticServer;
  let profile: string;
  let b: RungBrowser;

  beforeAll(async () => {
    server = await startStaticServer({ '/corpus': join(CORPUS!, 'pages') });
    profile = mkdtempSync(join(tmpdir(), 'rung-loop-'));
    b = await launchWithExtension(profile);
  });
  afterAll(async () => {
    await b?.close({ keepProfile: true }).catch(() => undefined);
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('takes a Python tutorial page from first read to Advance, and keeps it all across a restart', async () => {
    const url = `${server.url}/corpus/docs/python/tutorial/controlflow.html`;
    const page = await b.context.newPage();
    await page.goto(url);
    expect(await waitForPageStored(b, url)).toBeGreaterThan(5);

    const popup = await b.openPopup(page);
    const concepts = popup.getByRole('list', { name: 'Concepts on this page' });
    await concepts.waitFor();
    expect(await concepts.getByRole('listitem').count()).toBeGreaterThanOrEqual(5);
    await screenshot(popup, 'loop-01-concepts');

    const advance = popup.getByRole('button', { name: /Advance/ });
    expect(await advance.isDisabled()).toBe(true);

    await popup.getByRole('button', { name: 'Start quiz' }).click();
    // A wrong answer: feedback names the right one and quotes the page.
    expect(await answerCurrent(popup, b, false)).toBe(false);
    await popup.getByText(/^Answer: /).waitFor();
    expect((await popup.getByRole('blockquote').innerText()).length).toBeGreaterThan(10);
    await screenshot(popup, 'loop-02-wrong-feedback');

    const gaps = popup.getByRole('list', { name: 'Gaps' });
    await gaps.waitFor();
    expect(await gaps.getByRole('listitem').count()).toBeGreaterThanOrEqual(1);
    expect(await advance.isDisabled()).toBe(true);
    expect(await popup.locator('#advance-reason').innerText()).toMatch(/gap|not yet mastered/);

    // A right answer.
    await goNext(popup);
    expect(await answerCurrent(popup, b, true)).toBe(true);
    await screenshot(popup, 'loop-03-right-feedback');
    await goNext(popup);

    const given = await masterPage(popup, b);
    expect(await advance.isEnabled()).toBe(true);
    expect(await popup.getByRole('list', { name: 'Gaps' }).count()).toBe(0);
    await screenshot(popup, 'loop-04-advance-enabled');
    console.log(`answers to reach the criterion after the first two: ${given}`);

    const attempts = await readStore<Attempt>(b, 'attempts');
    const mastery = await readStore<MasteryRecord>(b, 'mastery');
    expect(attempts.length).toBe(given + 2);
    expect(new Set(attempts.map((a) => a.id)).size).toBe(attempts.length);
    const masteredBefore = await popup.getByText(/mastered$/).count();

    // Restart the browser on the same profile: nothing is lost.
    await b.close({ keepProfile: true });
    b = await launchWithExtension(profile);
    const again = await readStore<Attempt>(b, 'attempts');
    const masteryAgain = await readStore<MasteryRecord>(b, 'mastery');
    expect(again.sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      attempts.sort((x, y) => x.id.localeCompare(y.id)),
    );
    expect(masteryAgain).toEqual(mastery);
    const page2 = await b.context.newPage();
    await page2.goto(url);
    await waitForPageStored(b, url);
    const popup2 = await b.openPopup(page2);
    await popup2.getByRole('list', { name: 'Concepts on this page' }).waitFor();
    expect(await popup2.getByText(/mastered$/).count()).toBe(masteredBefore);
    expect(await popup2.getByRole('button', { name: /Advance/ }).isEnabled()).toBe(true);
    await screenshot(popup2, 'loop-05-after-restart');

    // Advance marks the page done and opens the tutorial's next page in the tab.
    await popup2.getByRole('button', { name: /Advance/ }).click();
    await page2.waitForURL(/datastructures\.html$/);
  });

  it('extracts real words from a Chinese news page, not fragments', async () => {
    const url = `${server.url}/corpus/readability/gmw/source.html`;
    const page = await b.context.newPage();
    await page.goto(url);
    expect(await waitForPageStored(b, url)).toBeGreaterThan(5);
    const popup = await b.openPopup(page);
    const list = popup.getByRole('list', { name: 'Concepts on this page' });
    await list.waitFor();
    const labels = (await list.locator('.concept-label').allInnerTexts()).map((s) => s.trim());
    expect(labels.length).toBeGreaterThanOrEqual(5);
    for (const label of labels) {
      // Han characters only, at least two of them (a one-character "word" is almost always a fragment
      // or a particle), no punctuation or Latin debris.
      expect(label).toMatch(/^[\p{Script=Han}]{2,}$/u);
    }
    const stored = await readStore<StoredConcept>(b, 'concepts');
    expect(stored.filter((c) => c.lang.startsWith('zh')).length).toBeGreaterThan(5);
    await screenshot(popup, 'loop-06-chinese-popup');
    await screenshot(page, 'loop-07-chinese-page');
  });
});
