// The map view's time to first paint at 500 concepts, measured in Chromium with the built
// extension: from navigation to the graph's concepts being on screen.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTENSION_DIR, launchWithExtension } from '../../tests/e2e/support/extension';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export async function run(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
  const b = await launchWithExtension();
  try {
    for (const n of [100, 500]) {
      const sw = await b.worker();
      await sw.evaluate(async (count) => {
        const db = await new Promise<IDBDatabase>((res, rej) => {
          const r = indexedDB.open('rung');
          r.onsuccess = () => res(r.result);
          r.onerror = () => rej(r.error);
        });
        const tx = db.transaction(
          ['pages', 'concepts', 'occurrences', 'edges', 'mastery', 'gaps'],
          'readwrite',
        );
        for (const s of ['pages', 'concepts', 'occurrences', 'edges', 'mastery', 'gaps'])
          tx.objectStore(s).clear();
        const pages = 10;
        for (let p = 0; p < pages; p++) {
          tx.objectStore('pages').put({
            url: `https://docs.example/p${p}.html`,
            title: `Chapter ${p}`,
            lang: 'en',
            pageKind: 'tutorial',
            readAt: p,
            conceptKeys: [],
            sentences: [],
            headings: [],
            links: [],
            wordCount: 1000,
          });
        }
        for (let i = 0; i < count; i++) {
          const key = `term:en:concept ${i}`;
          tx.objectStore('concepts').put({
            key,
            label: `concept ${i}`,
            kind: 'term',
            lang: 'en',
            aliases: [],
            firstSeenAt: i,
          });
          tx.objectStore('occurrences').put({
            pageUrl: `https://docs.example/p${i % pages}.html`,
            conceptKey: key,
            score: 1,
            sentence: `Concept ${i} is defined here.`,
          });
          if (i % 3 === 0)
            tx.objectStore('mastery').put({
              conceptKey: key,
              status: 'mastered',
              attempts: 3,
              correct: 3,
              streak: 3,
              pCorrect: 0.97,
            });
          // Two edges from earlier concepts: a layered DAG like a tutorial's.
          for (const d of [1 + (i % 7), 3 + (i % 11)]) {
            if (i - d >= 0) {
              tx.objectStore('edges').put({
                from: `term:en:concept ${i - d}`,
                to: key,
                confidence: 0.6,
                evidence: [],
              });
            }
          }
        }
        await new Promise((res, rej) => {
          tx.oncomplete = res;
          tx.onerror = () => rej(tx.error);
        });
        db.close();
      }, n);
      const times: number[] = [];
      for (let rep = 0; rep < 3; rep++) {
        const page = await b.context.newPage();
        const start = Date.now();
        await page.goto(`chrome-extension://${b.extensionId}/map.html`);
        await page.getByRole('group', { name: /Prerequisite map/ }).waitFor({ timeout: 60_000 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
        times.push(Date.now() - start);
        await page.close();
      }
      times.sort((a, c) => a - c);
      console.log(
        `map view, ${n} concepts: first paint of the graph ${times[1]} ms (median of 3: ${times.join(', ')})`,
      );
    }
  } finally {
    await b.close();
  }
}
