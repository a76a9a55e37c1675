import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { loadPageBundle, questionPool } from '@/lib/background/page-bundle';
import type { QuizSession } from '@/lib/quiz/types';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { makeDeps } from '../support/background-harness';
import { projectRoot } from '../support/corpus';
import { readDemoPage } from '../support/demo-page';
import { type OpenAiServer, startOpenAiServer, TEST_MODEL } from '../support/openai-server';
import {
  EXTENSION_DIR,
  launchWithExtension,
  type RungBrowser,
  readStore,
  screenshot,
  waitForPageStored,
} from './support/extension';
import { answerCurrent, currentQuestion, goNext } from './support/quiz-driver';
import { type StaticServer, startStaticServer } from './support/static-server';

const API_KEY = 'sk-rung-e2e-4f1d9c2b7a6e5d';

/** A concept of the demo page whose offline questions include a typed one (same pool as the extension's). */
async function conceptWithTypedQuestion(url: string): Promise<string> {
  const deps = makeDeps();
  await createHandlers(deps)['page/read']({ url, result: readDemoPage(url) }, {});
  const bundle = await loadPageBundle(deps.db, url);
  // The pool of a quiz on one concept, as `quiz/start` with a concept makes it.
  const typed = bundle?.concepts.find((c) =>
    questionPool(bundle, DEFAULT_SETTINGS, c.key).some((q) => q.conceptKey === c.key && !q.choices?.length),
  );
  if (!typed) throw new Error('the demo page has no concept with a typed question');
  return typed.key;
}

/** What every execution context of the page can see: its DOM, its storage, and extension storage. */
async function reachableFromPage(
  page: Page,
): Promise<{ origin: string; name: string; type: string; seen: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await page.waitForTimeout(300);
  const out = [];
  for (const c of contexts) {
    const result = await cdp.send('Runtime.evaluate', {
      contextId: c.id,
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => {
        const out = { dom: document.documentElement.outerHTML, local: JSON.stringify({ ...localStorage }) };
        const c = globalThis.chrome;
        try { out.storage = JSON.stringify(await c.storage.local.get(null)); } catch (e) { out.storageError = String(e); }
        try { out.session = JSON.stringify(await c.storage.session.get(null)); } catch (e) { out.sessionError = String(e); }
        try { out.reply = JSON.stringify(await c.runtime.sendMessage({ type: 'llm/settings/get', payload: {} })); } catch (e) { out.replyError = String(e); }
        return JSON.stringify(out);
      })()`,
    });
    out.push({
      origin: c.origin,
      name: c.name,
      type: c.auxData?.type ?? '',
      seen: String(result.result.value),
    });
  }
  await cdp.detach();
  return out;
}

describe('the LLM tutor in Chromium, against a local OpenAI-compatible server', () => {
  let llm: OpenAiServer;
  /** Another local server, as a changed Base URL would reach: it must never get the key. */
  let other: OpenAiServer;
  let site: StaticServer;
  let b: RungBrowser;

  beforeAll(async () => {
    llm = await startOpenAiServer(undefined, { apiKey: API_KEY });
    other = await startOpenAiServer();
    site = await startStaticServer({ '/demo': join(projectRoot, 'scripts/demo') });
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close();
    await site?.close();
    await llm?.close();
    await other?.close();
  });

  it('configures the provider, quizzes with model questions, grades typed answers, explains a gap, then goes offline', async () => {
    // --- Settings: switch on, fill the provider, test the connection, save.
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    const toggle = options.getByRole('switch', { name: 'Use an LLM' });
    await toggle.check();
    await options.getByLabel('Base URL', { exact: true }).fill(llm.url);
    await options.getByRole('textbox', { name: 'Model', exact: true }).fill(TEST_MODEL);
    await options.getByLabel('API key', { exact: true }).fill(API_KEY);
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByRole('button', { name: 'Test connection' }).click();
    await options
      .getByText(`Connected: ${TEST_MODEL} answers with structured JSON.`)
      // Two requests to the test server through the background; 15 s was not enough once on a
      // machine at load average ~10 (CI with other work running).
      .waitFor({ timeout: 30_000 });
    expect(llm.requests.some((r) => r.headers.authorization === `Bearer ${API_KEY}`)).toBe(true);
    await screenshot(options, 'llm-01-settings');
    // The settings page itself only ever gets the mask back.
    await options.reload();
    expect(await options.getByLabel('API key', { exact: true }).inputValue()).not.toBe(API_KEY);
    expect(await options.getByRole('switch', { name: 'Use an LLM' }).isChecked()).toBe(true);

    // --- The key stays with its server: a Base URL on another origin, tested, gets no key.
    await options.getByLabel('Base URL', { exact: true }).fill(other.url);
    await options.getByRole('button', { name: 'Test connection' }).click();
    await options.getByText(/The API key was not sent/).waitFor({ timeout: 15_000 });
    expect(other.requests.length).toBeGreaterThan(0);
    for (const r of other.requests) expect(JSON.stringify(r.headers)).not.toContain(API_KEY);
    await screenshot(options, 'llm-01b-other-server');
    await options.reload();

    // --- A quiz with model-written questions.
    const url = `${site.url}/demo/closures.html`;
    const page = await b.context.newPage();
    const beforeRead = llm.chatRequests().length;
    await page.goto(url);
    expect(await waitForPageStored(b, url)).toBeGreaterThan(3);
    const popup = await b.openPopup(page);
    // LLM use is opt-in per site: reading the page sent nothing, and the popup asks first.
    const allow = popup.getByRole('button', { name: 'Allow on this site' });
    await allow.waitFor({ timeout: 10_000 });
    expect(llm.chatRequests().length).toBe(beforeRead);
    await screenshot(popup, 'llm-01c-site-consent');
    await allow.click();
    await allow.waitFor({ state: 'detached' });
    const before = llm.chatRequests().length;
    await popup.getByRole('button', { name: 'Start quiz' }).click();
    await popup.getByRole('button', { name: 'Check answer' }).waitFor({ timeout: 30_000 });
    const questionRequests = llm.chatRequests().slice(before);
    expect(questionRequests.length).toBeGreaterThan(0);
    expect(
      questionRequests.every((r) => r.body.response_format?.json_schema?.name === 'rung_questions'),
    ).toBe(true);
    const shown = await currentQuestion(b, url);
    expect(shown?.generatedBy).toBe('llm');
    await popup.getByText(/^According to the passage, which statement about/).waitFor();
    await screenshot(popup, 'llm-02-quiz');

    // A wrong answer: the option's explanation, then a streamed gap lesson.
    expect(await answerCurrent(popup, b, false)).toBe(false);
    await popup.getByText(/^Why: /).waitFor();
    await popup
      .getByRole('button', { name: /^Explain this gap: / })
      .first()
      .click();
    const lesson = popup.getByRole('region', { name: /^Lesson on / }).first();
    await lesson.getByText(/explained step by step/).waitFor({ timeout: 20_000 });
    expect(llm.chatRequests().at(-1)?.body.stream).toBe(true);
    await screenshot(popup, 'llm-03-gap-lesson');
    await goNext(popup);

    // --- A typed answer graded by the model, in a quiz on a concept that has a typed question.
    const typedKey = await conceptWithTypedQuestion(url);
    await popup.goto(`${popup.url().replace(/&concept=.*$/, '')}&concept=${encodeURIComponent(typedKey)}`);
    let gradedTyped = false;
    const seenTypes: string[] = [];
    for (let i = 0; i < 40 && !gradedTyped; i++) {
      const check = popup.getByRole('button', { name: 'Check answer' });
      if (!(await check.isVisible())) {
        await goNext(popup);
        if (
          !(await check.waitFor({ timeout: 5000 }).then(
            () => true,
            () => false,
          ))
        )
          break;
      }
      const q = await currentQuestion(b, url);
      if (!q) break;
      seenTypes.push(q.type);
      if (q.choices && q.choices.length > 0) {
        // Wrong on purpose: the concept stays unmastered, so the quiz goes on to its typed question.
        await answerCurrent(popup, b, false);
        await goNext(popup);
        continue;
      }
      // A paraphrase Rung's own grader rejects; the model judges it against the passage.
      const gradesBefore = llm.chatRequests().length;
      await popup.getByRole('textbox', { name: 'Your answer' }).fill(`well, I would say ${q.answer} here`);
      await check.click();
      await popup.getByRole('heading', { name: /Correct!|Not quite\./ }).waitFor({ timeout: 20_000 });
      const grade = llm.chatRequests().slice(gradesBefore);
      expect(grade.map((r) => r.body.response_format?.json_schema?.name)).toEqual(['rung_grade']);
      await popup.getByText('Why: Your answer matches the passage.').waitFor();
      await screenshot(popup, 'llm-04-typed-graded');
      gradedTyped = true;
    }
    expect(gradedTyped, `question types seen: ${seenTypes.join(', ')}`).toBe(true);

    // --- The key is in no content-script context of the page.
    const bundle = readFileSync(join(EXTENSION_DIR, 'page-reader.js'), 'utf8');
    expect(bundle).not.toContain('local:llm');
    expect(bundle).not.toContain('llm/settings');
    const worlds = await reachableFromPage(page);
    const isolated = worlds.filter((w) => w.origin === `chrome-extension://${b.extensionId}`);
    expect(isolated.length).toBeGreaterThan(0);
    for (const w of worlds) expect(w.seen).not.toContain(API_KEY);
    // The content script's world cannot read extension storage, and the background refuses it the settings.
    for (const w of isolated) {
      const seen = JSON.parse(w.seen) as Record<string, string>;
      expect(seen.storage).toBeUndefined();
      expect(seen.reply ?? seen.replyError).toMatch(/not available to pages/);
    }

    // --- LLM off: an offline quiz on the same page, and the server hears nothing more.
    await options.bringToFront();
    await options.getByRole('switch', { name: 'Use an LLM' }).uncheck();
    await options.getByText('Saved.').waitFor();
    const sentBefore = llm.requests.length;
    // A quiz on another of the page's concepts: new, so it is built now, with the LLM off.
    const pageQuiz = (await readStore<QuizSession>(b, 'quizzes')).find(
      (q) => q.pageUrl === url && !q.conceptKey,
    );
    const shownConcept = [...new Set(pageQuiz!.questions.map((q) => q.conceptKey))].find(
      (k) => k !== typedKey,
    )!;
    const offline = await b.openPopup(page, `&concept=${encodeURIComponent(shownConcept)}`);
    await offline.getByRole('button', { name: 'Check answer' }).waitFor({ timeout: 15_000 });
    const offlineQ = await currentQuestion(b, url);
    expect(offlineQ?.generatedBy).toBe('offline');
    for (let i = 0; i < 3; i++) {
      await answerCurrent(offline, b, i % 2 === 0);
      if (!(await goNext(offline))) break;
    }
    expect(await offline.getByRole('button', { name: /^Explain this gap/ }).count()).toBe(0);
    await screenshot(offline, 'llm-05-offline-quiz');
    expect(llm.requests.length).toBe(sentBefore);
  });
});
