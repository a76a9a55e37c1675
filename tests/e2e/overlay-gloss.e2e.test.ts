import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markCss } from '@/components/overlay/overlay-app';
import { projectRoot } from '../support/corpus';
import { errorJson, type OpenAiServer, startOpenAiServer, TEST_MODEL } from '../support/openai-server';
import { axeScan, severe } from './support/axe-scan';
import { launchWithExtension, type RungBrowser, screenshot, waitForPageStored } from './support/extension';
import { eventually, type OverlayProbe, openOverlayPanel, probeOverlay } from './support/overlay-probe';
import { type StaticServer, startStaticServer } from './support/static-server';

const API_KEY = 'sk-rung-gloss-e2e-7c3a9d';
/** One of the words Rung extracts from the French market article. */
const WORD = 'étals';

const glossRequests = (llm: OpenAiServer) =>
  llm.chatRequests().filter((r) => r.body.response_format?.json_schema?.name === 'rung_gloss');

/** Opens the article fresh, and the card of `word` through the overlay's concept panel. */
async function openCard(
  b: RungBrowser,
  url: string,
  word = WORD,
): Promise<{ page: Page; overlay: OverlayProbe }> {
  const { page, overlay } = await openOverlayPanel(b, url);
  await eventually(async () => {
    await overlay.clickButton(new RegExp(`^${word} — `));
    return true;
  }, `${word} in the overlay panel`);
  await eventually(async () => (await overlay.shadowHtml())?.includes('role="dialog"'), 'the card');
  return { page, overlay };
}

/** Backgrounds of the card and badge, as the learner's screen gets them. */
async function cardColours(overlay: OverlayProbe) {
  const card = await overlay.computedStyle('card', ['background-color', 'color', 'color-scheme']);
  const badge = await overlay.computedStyle('badge', ['background-color']);
  return { card, badge };
}

describe('the overlay: theme and the LLM gloss on a French page, in Chromium', () => {
  let llm: OpenAiServer;
  let site: StaticServer;
  let b: RungBrowser;
  let url: string;

  beforeAll(async () => {
    llm = await startOpenAiServer(undefined, { apiKey: API_KEY });
    site = await startStaticServer({ '/fixtures': join(projectRoot, 'tests/e2e/fixtures') });
    b = await launchWithExtension();
    url = `${site.url}/fixtures/marche-lyon.html`;
  });
  afterAll(async () => {
    await b?.close();
    await site?.close();
    await llm?.close();
  });

  it('offline, the card is as before and nothing is asked', async () => {
    const { page, overlay } = await openCard(b, url);
    await page.waitForTimeout(800);
    const html = (await overlay.shadowHtml())!;
    expect(html).toContain('Quiz me');
    expect(html).not.toContain('class="gloss"');
    expect(llm.requests).toHaveLength(0);
    // No theme chosen yet: "follow the system", and headless Chromium's system is light.
    expect((await cardColours(overlay)).card?.['background-color']).toBe('rgb(255, 255, 255)');
    await overlay.detach();
    await page.close();
  });

  it('with the LLM on, shows the gloss with who wrote it, asked only when the card opens, then cached', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.getByRole('radio', { name: 'Light' }).check();
    await options.getByRole('switch', { name: 'Use an LLM' }).check();
    await options.getByLabel('Base URL', { exact: true }).fill(llm.url);
    await options.getByRole('textbox', { name: 'Model', exact: true }).fill(TEST_MODEL);
    await options.getByLabel('API key', { exact: true }).fill(API_KEY);
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Saved.').first().waitFor();

    const page = await b.context.newPage();
    await page.goto(url);
    await waitForPageStored(b, url);
    await page.waitForTimeout(1500);
    // Reading the page asks for no gloss: only a card that opens does.
    expect(glossRequests(llm)).toHaveLength(0);
    // LLM use is opt-in per site: the learner allows this one in the popup, as a person would.
    const popup = await b.openPopup(page);
    const allow = popup.getByRole('button', { name: 'Allow on this site' });
    await allow.click();
    await allow.waitFor({ state: 'detached' });
    await popup.close();
    expect(glossRequests(llm)).toHaveLength(0);
    await page.close();

    const { page: light, overlay } = await openCard(b, url);
    const from = `from ${TEST_MODEL} (${new URL(llm.url).host})`;
    const html = await eventually(async () => {
      const h = await overlay.shadowHtml();
      return h?.includes(from) ? h : null;
    }, 'the gloss in the card');
    expect(html).toContain(`Meaning: </span><span lang="en" dir="auto">meaning of ${WORD}</span>`);
    expect(glossRequests(llm)).toHaveLength(1);
    const sent = glossRequests(llm)[0]!;
    expect(sent.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(String(sent.body.messages.at(-1).content)).toContain(`<concept>\n${WORD}\n</concept>`);
    const colours = await cardColours(overlay);
    expect(colours.card).toMatchObject({
      'background-color': 'rgb(255, 255, 255)',
      color: 'rgb(29, 35, 33)',
    });
    await light.screenshot({
      path: join(projectRoot, 'test-results/screenshots/overlay-gloss-01-light.png'),
    });
    await overlay.detach();
    await light.close();
  });

  it('follows the dark theme, and the gloss comes from the cache', async () => {
    const options = b.context.pages().find((p) => p.url().endsWith('/options.html'))!;
    await options.bringToFront();
    await options.getByRole('radio', { name: 'Dark' }).check();
    await options.getByText('Saved.').first().waitFor();
    const before = glossRequests(llm).length;
    // Rung's own pages take the theme too: the popup reads it without the settings schema.
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await expect.poll(() => popup.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await popup.close();

    const { page, overlay } = await openCard(b, url);
    const html = await eventually(async () => {
      const h = await overlay.shadowHtml();
      return h?.includes(`meaning of ${WORD}`) ? h : null;
    }, 'the cached gloss');
    expect(html).toContain('data-theme="dark"');
    expect(glossRequests(llm)).toHaveLength(before);
    const colours = await cardColours(overlay);
    expect(colours.card).toMatchObject({
      'background-color': 'rgb(29, 35, 32)',
      color: 'rgb(232, 236, 233)',
    });
    expect(colours.badge?.['background-color']).toBe('rgb(124, 196, 172)');
    // The page itself is untouched by the theme: its own white stays white.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
    await page.screenshot({ path: join(projectRoot, 'test-results/screenshots/overlay-gloss-02-dark.png') });
    await screenshot(page, 'overlay-gloss-02-dark-full');

    // axe over the dark card with its gloss, copied into an open shadow root (as a11y.e2e does).
    const harness = await b.context.newPage();
    await harness.setContent(
      '<!doctype html><html lang="en"><head><title>Overlay</title></head><body><main><div id="host"></div></main></body></html>',
    );
    await harness.evaluate((markup) => {
      document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = markup;
    }, html);
    await screenshot(harness, 'overlay-gloss-03-dark-harness');
    expect(severe('overlay card with gloss (dark)', await axeScan(harness))).toEqual([]);
    await harness.close();
    await overlay.detach();
    await page.close();
  });

  it('on "follow the system", follows the system', async () => {
    const options = b.context.pages().find((p) => p.url().endsWith('/options.html'))!;
    await options.getByRole('radio', { name: 'Follow the system' }).check();
    await options.getByText('Saved.').first().waitFor();
    const { page, overlay } = await openCard(b, url);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect((await cardColours(overlay)).card?.['background-color']).toBe('rgb(29, 35, 32)');
    await page.emulateMedia({ colorScheme: 'light' });
    expect((await cardColours(overlay)).card?.['background-color']).toBe('rgb(255, 255, 255)');
    await overlay.detach();
    await page.close();
  });

  it('says calmly when the model fails, and the card still works', async () => {
    llm.setScript(() => errorJson(500, 'upstream exploded'));
    const { page, overlay } = await openCard(b, url, 'maraîchers');
    const html = await eventually(async () => {
      const h = await overlay.shadowHtml();
      return h?.includes('No meaning from the model this time.') ? h : null;
    }, 'the failure line');
    expect(html).toContain('The LLM server failed (500).');
    expect(html).toContain('Quiz me');
    await page.screenshot({
      path: join(projectRoot, 'test-results/screenshots/overlay-gloss-06-failed.png'),
    });
    llm.setScript(undefined);
    await overlay.detach();
    await page.close();
  });

  it('underlines in colours for the page under them: the dark set on a dark page', async () => {
    // The same article, restyled dark by the site (served through a route, so only the CSS differs).
    const darkUrl = `${site.url}/fixtures/marche-lyon-dark.html`;
    const html = readFileSync(join(projectRoot, 'tests/e2e/fixtures/marche-lyon.html'), 'utf8').replace(
      'color: #222; background: #fff;',
      'color: #e8e6e3; background: #181a1b;',
    );
    const page = await b.context.newPage();
    await page.route(darkUrl, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto(darkUrl);
    await waitForPageStored(b, darkUrl);
    const overlay = await probeOverlay(page);
    await eventually(() => overlay.badgeLabel(), 'the overlay badge');
    // The underlines are drawn inside Rung's closed shadow root, in the dark set on a dark page.
    const style = await eventually(
      () => overlay.computedStyle('m-new', ['border-bottom-color', 'border-bottom-style']),
      'an underline of a new concept',
    );
    expect(style).toEqual({ 'border-bottom-color': 'rgb(169, 179, 174)', 'border-bottom-style': 'dotted' });
    await page.screenshot({
      path: join(projectRoot, 'test-results/screenshots/overlay-gloss-04-dark-page.png'),
    });
    await overlay.detach();
    await page.close();
  });

  it('on a long page, reads the text near the viewport first and the rest as the learner scrolls or asks for it', async () => {
    // The same article under 20,000 px of empty page: none of its text is near the viewport at first.
    const tallUrl = `${site.url}/fixtures/marche-lyon-tall.html`;
    const html = readFileSync(join(projectRoot, 'tests/e2e/fixtures/marche-lyon.html'), 'utf8').replace(
      /<body[^>]*>/,
      (body) => `${body}<div style="height: 20000px"></div>`,
    );
    const page = await b.context.newPage();
    await page.route(tallUrl, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto(tallUrl);
    await waitForPageStored(b, tallUrl);
    const overlay = await probeOverlay(page);
    await eventually(() => overlay.badgeLabel(), 'the overlay badge');
    await page.waitForTimeout(500);
    expect(await overlay.marks()).toEqual([]);
    // Asked for a concept it has not read yet, it reads on, scrolls to the word and opens its card.
    await overlay.clickButton(/^Rung: /);
    await eventually(async () => {
      await overlay.clickButton(new RegExp(`^${WORD} — `));
      return true;
    }, `${WORD} in the overlay panel`);
    await eventually(async () => (await overlay.shadowHtml())?.includes('role="dialog"'), 'the card');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(15_000);
    // Scrolled back up and down again by the learner: the words near the viewport are underlined.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.wheel(0, 20_000);
    const marks = await eventually(async () => {
      const m = await overlay.marks();
      return m.some((c) => c.startsWith('m-')) ? m : null;
    }, 'underlines once the article is in view');
    expect(marks.length).toBeGreaterThan(0);
    await overlay.detach();
    await page.close();
  });

  it('the four status underlines, on a light and a dark page (a swatch to look at)', async () => {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 640, height: 220 });
    const statuses = ['mastered', 'learning', 'gap', 'new'];
    const words = statuses.map((s) => `<span class="w">${s}</span>`).join(' ');
    await page.setContent(
      `<!doctype html><html lang="en"><body style="margin:0;font:20px/2 Georgia,serif">
      <p id="light" style="background:#fff;color:#222;padding:12px 20px;margin:0">${words}</p>
      <p id="dark" style="background:#181a1b;color:#e8e6e3;padding:12px 20px;margin:0">${words}</p></body></html>`,
    );
    // Drawn the way the overlay draws them: boxes in a shadow root, under each word's line box.
    await page.evaluate(
      ({ css, statuses }) => {
        const host = document.createElement('div');
        const root = host.attachShadow({ mode: 'open' });
        const style = document.createElement('style');
        style.textContent = `:host { position: absolute; top: 0; left: 0; }\n${css}`;
        root.append(style);
        for (const id of ['light', 'dark']) {
          const layer = document.createElement('div');
          layer.className = id === 'dark' ? 'marks dark' : 'marks';
          for (const [i, span] of [...document.querySelectorAll(`#${id} .w`)].entries()) {
            const r = span.getBoundingClientRect();
            const box = document.createElement('i');
            box.className = `m-${statuses[i]}`;
            box.style.cssText = `left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px`;
            layer.append(box);
          }
          root.append(layer);
        }
        document.documentElement.append(host);
      },
      { css: markCss(), statuses },
    );
    await page.screenshot({
      path: join(projectRoot, 'test-results/screenshots/overlay-gloss-05-underlines.png'),
    });
    await page.close();
  });
});
