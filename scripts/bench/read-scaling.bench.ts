// How a page read scales with history: the background's real `page/read` handler (save the page,
// infer and store its edges) timed with 100, 1,000 and 10,000 pages already read. The database is
// Dexie over fake-indexeddb in Node: the same code path as the extension's worker, a slower
// IndexedDB. Run: npm run bench -- read-scaling
//
// History pages are real corpus pages (docs: Python, Node.js, Rust) extracted once and reused as
// templates: each copy lives at its own URL in a 20-page "site" chained by next links, keeps the
// template's most important concepts (so the popular ones recur across thousands of pages, the
// hard case for a read) and renames about half of them per copy (so the vocabulary keeps growing).
// History copies keep 40 concepts and 60 sentences to hold the fill's memory; they are saved
// through the real savePage, and the map gets 4 synthetic edges per page (acyclic by
// construction) instead of a full inference per history page, which would take hours at 10,000.
// The timed reads are other corpus pages, whole, each the next chapter of a site in the history.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { parseHTML } from 'linkedom';
import { createHandlers } from '@/lib/background/create-handlers';
import { savePage } from '@/lib/background/save-page';
import { putEdges } from '@/lib/db/edge-store';
import { setNextLink } from '@/lib/db/page-queries';
import { rowCounts } from '@/lib/db/row-counts';
import { RungDatabase } from '@/lib/db/schema';
import { extractPage } from '@/lib/extract/extract-page';
import { seededRandom } from '@/lib/random';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { ExtractResult, PrereqEdge } from '@/lib/types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = process.env.RUNG_CORPUS ?? join(root, '..', 'shared', 'corpus');
/** RUNG_READ_SCALING_CHECKPOINTS=100,1000 measures fewer (the fill to 10,000 takes minutes). */
const CHECKPOINTS = (process.env.RUNG_READ_SCALING_CHECKPOINTS ?? '100,1000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const READS = 5;
const SITE = 20;
const TEMPLATES = 24;
const HISTORY_CONCEPTS = 40;
const HISTORY_SENTENCES = 60;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

function extract(path: string): ExtractResult {
  const html = readFileSync(join(corpus, 'pages', path), 'utf8');
  const doc = parseHTML(html).document as unknown as Document;
  return extractPage(doc, { url: `https://corpus.test/${path}` });
}

const pageUrl = (i: number) => `https://s${Math.floor(i / SITE)}.example/ch${i}.html`;

/** History page i: a template copy with its own URL, next link, links back and half-renamed concepts. */
function historyPage(i: number, templates: readonly ExtractResult[]): ExtractResult {
  const t = templates[i % templates.length]!;
  const copy = Math.floor(i / templates.length);
  const random = seededRandom(i);
  const concepts = t.concepts.slice(0, HISTORY_CONCEPTS).map((c) => {
    if (copy === 0 || random() < 0.5) return c;
    const label = `${c.label} ${copy}`;
    return { ...c, key: `${c.key} ${copy}`, label, aliases: [] };
  });
  const first = i - (i % SITE);
  return {
    ...t,
    title: `${t.title} (${i})`,
    concepts,
    sentences: t.sentences.slice(0, HISTORY_SENTENCES),
    links: t.links.slice(0, 10).map((l, j) => ({ ...l, href: pageUrl(first + ((i + j) % SITE)) })),
    nextUrl: (i + 1) % SITE === 0 ? undefined : pageUrl(i + 1),
  };
}

export async function run(): Promise<void> {
  const index = join(corpus, 'pages', 'index.csv');
  if (!existsSync(index)) {
    console.log(`read-scaling: corpus not found at ${corpus} (set RUNG_CORPUS); skipped`);
    return;
  }
  const docs = readFileSync(index, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((row) => row.split(',')[0]!)
    .filter((p) => p.startsWith('docs/'));
  // Every other docs page is a template, the pages between them are read at the checkpoints.
  const step = Math.floor(docs.length / (TEMPLATES + CHECKPOINTS.length * READS));
  const picked = docs.filter((_, i) => i % step === 0);
  const templates = picked.slice(0, TEMPLATES).map(extract);
  const fresh = picked.slice(TEMPLATES, TEMPLATES + CHECKPOINTS.length * READS).map(extract);

  const db = new RungDatabase('bench-read-scaling', { indexedDB, IDBKeyRange });
  await db.delete();
  await db.open();
  const base = Date.UTC(2026, 0, 1);
  let clock = base;
  const handlers = createHandlers({
    db,
    now: () => clock,
    newId: () => `id-${clock}`,
    getSettings: async () => DEFAULT_SETTINGS,
    later: () => undefined,
  });
  const firstSeen = new Map<string, number>();
  const random = seededRandom('read-scaling');
  let filled = 0;
  let freshUsed = 0;
  const rows: string[] = [];
  const fillStart = performance.now();
  for (const target of CHECKPOINTS) {
    for (; filled < target; filled++) {
      clock = base + filled * 60_000;
      const result = historyPage(filled, templates);
      await savePage(db, pageUrl(filled), result, clock);
      // Edges from earlier-seen to later-seen concepts only: acyclic whatever the order.
      const keys = [...new Set(result.concepts.map((c) => c.key))];
      for (const k of keys) if (!firstSeen.has(k)) firstSeen.set(k, firstSeen.size);
      const edges: PrereqEdge[] = [];
      for (let e = 0; e < 4 && keys.length > 1; e++) {
        const a = keys[Math.floor(random() * keys.length)]!;
        const b = keys[Math.floor(random() * keys.length)]!;
        if (a === b) continue;
        const [from, to] = firstSeen.get(a)! < firstSeen.get(b)! ? [a, b] : [b, a];
        edges.push({
          from,
          to,
          confidence: 0.3 + 0.5 * random(),
          evidence: [{ source: 'definition', detail: 'bench', pageUrl: pageUrl(filled) }],
        });
      }
      await putEdges(db, edges);
    }
    const ms: number[] = [];
    for (let r = 0; r < READS; r++) {
      // The next chapter of a site in the history, read now.
      const site = Math.floor(random() * Math.floor(filled / SITE));
      const last = site * SITE + SITE - 1;
      const url = `https://s${site}.example/next-${target}-${r}.html`;
      const result = { ...fresh[freshUsed++ % fresh.length]! };
      await setNextLink(db, pageUrl(last), url);
      clock = base + filled * 60_000 + r * 1000;
      const t0 = performance.now();
      await handlers['page/read']({ url, result }, { tabId: 1, url });
      ms.push(performance.now() - t0);
    }
    const n = await rowCounts(db);
    const counts = `${n.pages} pages, ${n.concepts} concepts, ${n.occurrences} occurrences, ${n.edges} edges`;
    rows.push(
      `  ${String(target).padStart(6)} pages read: median ${median(ms).toFixed(0)} ms (runs ${ms.map((x) => x.toFixed(0)).join(', ')}); ${counts}`,
    );
    console.log(rows.at(-1));
  }
  const first = Number.parseFloat(rows[0]!.match(/median (\d+)/)![1]!);
  const last = Number.parseFloat(rows.at(-1)!.match(/median (\d+)/)![1]!);
  console.log(
    `read-scaling: page/read handler (fake-indexeddb), ${READS} reads per checkpoint, fill ${((performance.now() - fillStart) / 1000).toFixed(0)} s`,
  );
  console.log(
    `  ${CHECKPOINTS.at(-1)!.toLocaleString('en')} / ${CHECKPOINTS[0]!.toLocaleString('en')}: ${(last / first).toFixed(2)}× (target ≤ 2× for 10,000 / 100)`,
  );
  db.close();
}
