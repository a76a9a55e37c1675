import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionType } from '@/lib/quiz/types';
import { CORPUS, CORPUS_MISSING_MESSAGE } from '../support/corpus';
import { FREEDICT_MISSING, freedictZip, hasFreedict } from '../support/freedict';
import {
  launchWithExtension,
  type RungBrowser,
  SCREENSHOT_DIR,
  screenshot,
  waitForPageStored,
} from './support/extension';
import { answerCurrent, currentQuestion, goNext } from './support/quiz-driver';
import { type StaticServer, startStaticServer } from './support/static-server';

if (!CORPUS) console.warn(CORPUS_MISSING_MESSAGE);
if (!hasFreedict('spa-eng')) console.warn(FREEDICT_MISSING('spa-eng'));

const MEANING: ReadonlySet<QuestionType> = new Set(['vocab-meaning', 'vocab-gloss', 'vocab-word']);
const VOCAB: ReadonlySet<QuestionType> = new Set([...MEANING, 'cloze', 'vocab-recall', 'vocab-recognise']);

/**
 * Issue 14: a Spanish reader imports a Yomitan dictionary (built from Debian's FreeDict) in
 * settings, then reads a Spanish news page and takes the quiz: most word questions ask meanings.
 */
describe.skipIf(!CORPUS || !hasFreedict('spa-eng'))('a Yomitan dictionary, imported in settings', () => {
  let server: StaticServer;
  let b: RungBrowser;
  const dir = mkdtempSync(join(tmpdir(), 'rung-dict-'));
  const zipPath = join(dir, 'freedict-spa-eng.zip');

  beforeAll(async () => {
    writeFileSync(zipPath, freedictZip('spa-eng'));
    server = await startStaticServer({ '/corpus': join(CORPUS!, 'pages') });
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close().catch(() => undefined);
    await server?.close();
  });

  it('imports it, lists it with its size, and the Spanish quiz asks what words mean', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    const section = options.getByRole('region', { name: 'Dictionaries' });
    await section.getByText('No dictionary imported yet.').waitFor();
    await section.getByLabel('Import a Yomitan dictionary (.zip)').setInputFiles(zipPath);
    await section
      .getByRole('status')
      .getByText(/^Imported FreeDict spa-eng: [\d,]+ terms\.$/)
      .waitFor({
        timeout: 60_000,
      });
    const list = section.getByRole('list', { name: 'Imported dictionaries' });
    await expect(list.getByRole('listitem').innerText()).resolves.toMatch(
      /FreeDict spa-eng\s+4,\d{3} terms, \d+ KB/,
    );
    await section.getByRole('button', { name: 'Remove FreeDict spa-eng' }).waitFor();
    await section.screenshot({ path: join(SCREENSHOT_DIR, 'dictionary-01-settings.png') });
    await options.close();

    const url = `${server.url}/corpus/readability/cnet-svg-classes/source.html`;
    const page = await b.context.newPage();
    await page.goto(url);
    expect(await waitForPageStored(b, url)).toBeGreaterThan(3);
    const popup = await b.openPopup(page);
    await popup.getByRole('button', { name: 'Start quiz' }).click();

    const types: QuestionType[] = [];
    const shot = new Set<QuestionType>();
    for (let i = 0; i < 8; i++) {
      await popup.getByRole('button', { name: 'Check answer' }).waitFor({ timeout: 15_000 });
      const q = await currentQuestion(b);
      if (!q) break;
      types.push(q.type);
      if (!shot.has(q.type)) {
        shot.add(q.type);
        await screenshot(popup, `dictionary-question-${q.type}`);
      }
      expect(await answerCurrent(popup, b, true)).toBe(true);
      if (!(await goNext(popup))) break;
    }
    const vocab = types.filter((t) => VOCAB.has(t));
    const meaning = types.filter((t) => MEANING.has(t));
    console.log(
      `Spanish quiz with FreeDict: ${meaning.length} of ${vocab.length} word questions ask a meaning (${types.join(', ')})`,
    );
    expect(vocab.length).toBeGreaterThanOrEqual(4);
    expect(meaning.length * 2, `types asked: ${types.join(', ')}`).toBeGreaterThanOrEqual(vocab.length);
  });
});
