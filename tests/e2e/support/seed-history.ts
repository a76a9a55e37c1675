import type { RungBrowser } from './extension';

/**
 * Adds a big learner history to the extension's database (the popup bench's): `pages` filler
 * pages sharing `concepts` concepts with occurrences and mastery rows, `attempts` answers and
 * `edges` prerequisite edges among the concepts (each from one of the 200 concepts before it, as
 * a long reading history's map has), written in a few big raw IndexedDB transactions inside the
 * service worker.
 */
export async function seedBigHistory(
  b: RungBrowser,
  sizes: { concepts: number; attempts: number; pages: number; edges?: number },
): Promise<void> {
  const sw = await b.worker();
  // tsx keeps function names with a `__name` helper that does not exist in the worker.
  await sw.evaluate('globalThis.__name = (f) => f');
  await sw.evaluate(async ({ concepts, attempts, pages, edges = 0 }) => {
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('rung');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const done = (tx: IDBTransaction) =>
      new Promise<void>((res, rej) => {
        tx.oncomplete = () => res();
        tx.onerror = () => rej(tx.error);
        tx.onabort = () => rej(tx.error);
      });
    const now = Date.now();
    const perPage = Math.ceil(concepts / pages);
    let tx = db.transaction(['pages', 'concepts', 'occurrences', 'mastery'], 'readwrite');
    for (let p = 0; p < pages; p++) {
      const keys = Array.from({ length: perPage }, (_, i) => `term:en:filler ${p * perPage + i}`);
      tx.objectStore('pages').put({
        url: `https://filler.example/p${p}.html`,
        title: `Filler chapter ${p}`,
        lang: 'en',
        pageKind: 'tutorial',
        readAt: now - (pages - p) * 60_000,
        conceptKeys: keys,
        sentences: keys.map((k) => `${k.slice(8)} is explained in this sentence.`),
        headings: [],
        links: [],
        wordCount: 2000,
      });
    }
    for (let i = 0; i < concepts; i++) {
      const key = `term:en:filler ${i}`;
      tx.objectStore('concepts').put({
        key,
        label: `filler ${i}`,
        kind: 'term',
        lang: 'en',
        aliases: [],
        firstSeenAt: now - i,
      });
      tx.objectStore('occurrences').put({
        pageUrl: `https://filler.example/p${Math.floor(i / perPage)}.html`,
        conceptKey: key,
        score: 1,
        sentence: `filler ${i} is explained in this sentence.`,
      });
      tx.objectStore('mastery').put({
        conceptKey: key,
        status: i % 3 === 0 ? 'mastered' : 'learning',
        attempts: 10,
        correct: 7,
        streak: i % 4,
        pCorrect: 0.5 + (i % 50) / 100,
        lastAt: now - i * 1000,
        due: now + ((i % 20) - 5) * 86_400_000,
      });
    }
    await done(tx);
    if (edges > 0) {
      tx = db.transaction('edges', 'readwrite');
      const store = tx.objectStore('edges');
      const perConcept = Math.ceil(edges / concepts);
      let made = 0;
      for (let i = 1; i < concepts && made < edges; i++) {
        for (let j = 0; j < perConcept && made < edges; j++) {
          const from = i - 1 - ((j * 37 + i) % Math.min(i, 200));
          store.put({
            from: `term:en:filler ${from}`,
            to: `term:en:filler ${i}`,
            confidence: 0.3 + ((i + j) % 7) / 10,
            evidence: [{ source: 'co-occurrence', detail: `filler ${from} is used to explain filler ${i}` }],
          });
          made++;
        }
      }
      await done(tx);
    }
    // 100,000 attempts in chunks of 20,000: one transaction per chunk keeps memory bounded.
    for (let start = 0; start < attempts; start += 20_000) {
      tx = db.transaction('attempts', 'readwrite');
      const store = tx.objectStore('attempts');
      for (let i = start; i < Math.min(attempts, start + 20_000); i++) {
        const c = i % concepts;
        store.put({
          id: `bench-${i}`,
          conceptKey: `term:en:filler ${c}`,
          pageUrl: `https://filler.example/p${Math.floor(c / perPage)}.html`,
          questionId: `q-${i}`,
          questionType: 'cloze',
          correct: i % 3 !== 0,
          answer: 'x',
          at: now - (attempts - i) * 1000,
          responseMs: 4000,
        });
      }
      await done(tx);
    }
    db.close();
  }, sizes);
}

/** How many rows one store of the extension's database holds. */
export async function storeCount(b: RungBrowser, store: string): Promise<number> {
  const sw = await b.worker();
  return sw.evaluate(
    (name) =>
      new Promise<number>((res, rej) => {
        const r = indexedDB.open('rung');
        r.onsuccess = () => {
          const c = r.result.transaction(name).objectStore(name).count();
          c.onsuccess = () => res(c.result);
          c.onerror = () => rej(c.error);
        };
        r.onerror = () => rej(r.error);
      }),
    store,
  );
}
