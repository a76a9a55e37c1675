import type { RungBrowser } from './extension';

/**
 * Replaces the learner's map with a synthetic one of `count` concepts over 10 pages: each concept
 * has up to two prerequisites a few places before it, so the map is a long layered chain like a
 * tutorial's, and every third concept is mastered. Used by the map bench and the zoom e2e test.
 */
export async function seedSyntheticMap(b: RungBrowser, count: number): Promise<void> {
  const sw = await b.worker();
  await sw.evaluate(async (count) => {
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('rung');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const tx = db.transaction(['pages', 'concepts', 'occurrences', 'edges', 'mastery', 'gaps'], 'readwrite');
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
  }, count);
}
