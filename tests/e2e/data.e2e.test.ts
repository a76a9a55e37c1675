import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import initSqlJs from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportDocument } from '@/lib/data/export-format';
import type { Attempt, MasteryRecord, StoredConcept } from '@/lib/types';
import { projectRoot } from '../support/corpus';
import {
  launchWithExtension,
  type RungBrowser,
  readStore,
  SCREENSHOT_DIR,
  screenshot,
  waitForPageStored,
} from './support/extension';
import { answerCurrent, goNext } from './support/quiz-driver';
import { type StaticServer, startStaticServer } from './support/static-server';

const API_KEY = 'sk-rung-data-e2e-93b1f0c4d2';
const STORES = ['pages', 'concepts', 'occurrences', 'edges', 'attempts', 'mastery', 'gaps', 'quizzes'];

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
const byKey = <T extends { conceptKey: string }>(rows: T[]) =>
  [...rows].sort((a, b) => a.conceptKey.localeCompare(b.conceptKey));

/** Presses a button on the settings page and saves what it downloads; returns the file's path. */
async function download(options: Page, button: string, dir: string): Promise<{ path: string; name: string }> {
  const started = options.waitForEvent('download', { timeout: 30_000 });
  await options.getByRole('button', { name: button, exact: true }).click();
  const file: Download = await started;
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { path, name: file.suggestedFilename() };
}

describe('data ownership in Chromium: export, delete, import, Anki and CSV', () => {
  let server: StaticServer;
  let b: RungBrowser;
  let dir: string;

  beforeAll(async () => {
    server = await startStaticServer({ '/demo': join(projectRoot, 'scripts/demo') });
    dir = mkdtempSync(join(tmpdir(), 'rung-data-'));
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('exports everything without the API key, deletes it all, and imports it back exactly', async () => {
    // A stored API key and a per-site choice: the export must carry the second and never the first.
    const sw = await b.worker();
    await sw.evaluate(async (key) => {
      // biome-ignore lint/suspicious/noExplicitAny: the service worker global `chrome` has no types here.
      const chrome = (globalThis as any).chrome;
      await chrome.storage.local.set({ llm: { apiKey: key, model: 'test-model' } });
    }, API_KEY);

    // Read a page and answer two questions, one wrong (a gap) and one right.
    const url = `${server.url}/demo/closures.html`;
    const page = await b.context.newPage();
    await page.goto(url);
    expect(await waitForPageStored(b, url)).toBeGreaterThan(3);
    const popup = await b.openPopup(page);
    await popup.getByRole('button', { name: 'Start quiz' }).click();
    expect(await answerCurrent(popup, b, false)).toBe(false);
    await goNext(popup);
    expect(await answerCurrent(popup, b, true)).toBe(true);
    await popup.close();

    const attempts = byId(await readStore<Attempt>(b, 'attempts'));
    const mastery = byKey(await readStore<MasteryRecord>(b, 'mastery'));
    const concepts = await readStore<StoredConcept>(b, 'concepts');
    expect(attempts.length).toBe(2);
    expect(mastery.length).toBeGreaterThanOrEqual(1);

    // --- The settings page shows the section with storage use.
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    const section = options.getByRole('region', { name: 'Your data' });
    await section.waitFor();
    await section.getByText(/^Using .+ of .+ available to Rung\.$/).waitFor({ timeout: 10_000 });
    await screenshot(options, 'data-01-settings');
    const shoot = (name: string) => section.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
    await shoot('data-01-section');

    // --- Export (JSON): a valid rung-export with the answers and no key anywhere.
    const json = await download(options, 'Export data (JSON)', dir);
    expect(json.name).toMatch(/^rung-export-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync(json.path, 'utf8');
    expect(text).not.toContain(API_KEY);
    const doc = JSON.parse(text) as ExportDocument;
    expect(doc.format).toBe('rung-export');
    expect(byId(doc.tables.attempts)).toEqual(attempts);
    expect(byKey(doc.tables.mastery)).toEqual(mastery);
    expect(doc.tables.concepts.length).toBe(concepts.length);
    expect((doc.settings.llm as Record<string, unknown>).model).toBe('test-model');
    expect(doc.settings.llm).not.toHaveProperty('apiKey');
    await options
      .getByRole('status')
      .getByText(/^Saved rung-export-[\d-]+\.json \(concepts: \d+, answers: 2\)\.$/)
      .waitFor();

    // --- Anki deck: opens with sql.js as an Anki collection holding one note per concept.
    const apkg = await download(options, 'Export Anki deck', dir);
    expect(apkg.name).toMatch(/\.apkg$/);
    const zip = unzipSync(new Uint8Array(readFileSync(apkg.path)));
    expect(strFromU8(zip.media!)).toBe('{}');
    const SQL = await initSqlJs();
    const anki = new SQL.Database(zip['collection.anki2']!);
    try {
      expect(anki.exec('SELECT ver FROM col')[0]?.values[0]?.[0]).toBe(11);
      expect(anki.exec('SELECT count(*) FROM notes')[0]?.values[0]?.[0]).toBe(concepts.length);
      expect(anki.exec('SELECT count(*) FROM cards')[0]?.values[0]?.[0]).toBe(concepts.length);
    } finally {
      anki.close();
    }

    // --- CSV: a header and one row per concept.
    const csv = await download(options, 'Export CSV', dir);
    const csvText = readFileSync(csv.path, 'utf8').replace(/^\uFEFF/, '');
    const lines = csvText.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('label,definition,kind,lang,aliases,status,attempts,key');
    expect(lines.length).toBe(concepts.length + 1);

    // --- Asking for persistent storage again says what the browser answered.
    await options.getByRole('button', { name: 'Keep my data when space runs low' }).click();
    await options
      .getByRole('status')
      .getByText(/^The browser (will keep Rung’s data|did not allow persistent storage)/)
      .waitFor();

    // --- Delete all data, after a confirmation.
    await options.getByRole('button', { name: 'Delete all data' }).click();
    await shoot('data-02-delete-confirm');
    await options.getByRole('button', { name: 'Delete everything' }).click();
    await options
      .getByRole('status')
      .getByText(/^Deleted everything Rung had stored/)
      .waitFor();
    for (const store of STORES) expect(await readStore(b, store), store).toEqual([]);

    // --- A file that is not an export is refused with a reason, and nothing changes.
    const bogus = join(dir, 'notes.json');
    writeFileSync(bogus, '{"hello": "world"}');
    const chooser = options.waitForEvent('filechooser');
    await options.getByRole('button', { name: 'Import data' }).click();
    await (await chooser).setFiles(bogus);
    await options.getByText(/^Nothing was imported\. This file is not a Rung export/).waitFor();
    expect(await readStore(b, 'attempts')).toEqual([]);
    await shoot('data-03-import-refused');

    // --- Import the export back: the same answers and the same mastery, exactly.
    const chooser2 = options.waitForEvent('filechooser');
    await options.getByRole('button', { name: 'Import data' }).click();
    await (await chooser2).setFiles(json.path);
    await options
      .getByRole('status')
      .getByText(/^Imported rung-export-[\d-]+\.json\. New answers: 2,/)
      .waitFor();
    expect(byId(await readStore<Attempt>(b, 'attempts'))).toEqual(attempts);
    expect(byKey(await readStore<MasteryRecord>(b, 'mastery'))).toEqual(mastery);
    expect((await readStore<StoredConcept>(b, 'concepts')).length).toBe(concepts.length);
    await shoot('data-04-imported');

    // Importing the same file again adds nothing.
    const chooser3 = options.waitForEvent('filechooser');
    await options.getByRole('button', { name: 'Import data' }).click();
    await (await chooser3).setFiles(json.path);
    await options
      .getByRole('status')
      .getByText(/New answers: 0, new concepts: 0, new pages: 0;/)
      .waitFor();
    expect((await readStore<Attempt>(b, 'attempts')).length).toBe(2);

    // The popup still works on the restored data: the page is known and its quiz resumes.
    const popup2 = await b.openPopup(page);
    await popup2.getByRole('list', { name: 'Concepts on this page' }).waitFor();
  });
});
