import { describe, expect, it } from 'vitest';
import type { Occurrence } from '@/lib/types';
import { useDemoSite } from './support/demo-site';
import { readStore, screenshot, waitForPageStored } from './support/extension';
import { answerCurrent, currentQuestion } from './support/quiz-driver';

/**
 * A student reads chapter 1, then chapter 2, and misses a question on chapter 2 whose prerequisite
 * was taught in chapter 1: the gap is named, "Read about it" takes the tab back to chapter 1, and
 * "Practise" asks about it with chapter 1's questions.
 */
describe('a gap from an earlier chapter, in Chromium', () => {
  const site = useDemoSite();

  it('names it, links back to the chapter that teaches it, and practises it there', async () => {
    const { b } = site;
    const first = site.url('closures.html');
    const second = site.url('iterators.html');
    const tab = await b.context.newPage();
    await tab.goto(first);
    await waitForPageStored(b, first);
    await tab.goto(second);
    await waitForPageStored(b, second);

    const popup = await b.openPopup(tab);
    await popup.getByRole('button', { name: 'Start quiz' }).click();
    await popup.getByRole('button', { name: 'Check answer' }).waitFor();
    const asked = (await currentQuestion(b, second))!;

    // The scenario: "Lexical scope", taught only in chapter 1, is a prerequisite of the question's
    // concept (set in the map directly, as the LLM or earlier answers might have).
    const occurrences = await readStore<Occurrence>(b, 'occurrences');
    const onSecond = new Set(occurrences.filter((o) => o.pageUrl === second).map((o) => o.conceptKey));
    const prereq = occurrences.find((o) => o.pageUrl === first && /lexical scop/.test(o.conceptKey));
    expect(prereq).toBeDefined();
    expect(onSecond.has(prereq!.conceptKey)).toBe(false);
    const sw = await b.worker();
    await sw.evaluate(
      ({ from, to }) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('rung');
          req.onsuccess = () => {
            const tx = req.result.transaction('edges', 'readwrite');
            tx.objectStore('edges').put({ from, to, confidence: 0.9, evidence: [] });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          req.onerror = () => reject(req.error);
        }),
      { from: prereq!.conceptKey, to: asked.conceptKey },
    );

    expect(await answerCurrent(popup, b, false)).toBe(false);
    const gap = popup
      .getByRole('list', { name: 'Gaps' })
      .getByRole('listitem')
      .filter({ has: popup.getByRole('button', { name: /^Practise: Lexical scope$/i }) });
    await gap.waitFor();
    expect(await gap.innerText()).toContain('Closures — A small JavaScript tutorial');
    expect(await popup.locator('#advance-reason').innerText()).toMatch(/Lexical scope/i);
    await screenshot(popup, 'cross-page-01-gap');

    // "Practise" asks about it, from chapter 1's questions.
    await gap.getByRole('button', { name: /^Practise: / }).click();
    await popup.getByRole('heading', { name: /· Lexical scope$/i }).waitFor();
    expect((await currentQuestion(b, first))?.conceptKey).toBe(prereq!.conceptKey);
    await screenshot(popup, 'cross-page-02-practise');

    // "Read about it" takes the tab back to chapter 1.
    await popup
      .getByRole('button', { name: /^Read about it: Lexical scope$/i })
      .first()
      .click();
    await tab.waitForURL((u) => u.href.startsWith(first));
    // Opened at the passage: a text fragment on its first words, which the browser scrolls to.
    expect(decodeURIComponent(tab.url())).toMatch(/#:~:text=Lexical scope is the rule/);
    await screenshot(tab, 'cross-page-03-read-about-it');
  });
});
