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
// The timed reads are other corpus pages, whole, each the next chapter of a site in the history:
// the same pages at every checkpoint (so the figures compare like with like), their concepts under
// keys of their own per checkpoint (so each read meets its concepts as new, as the first did),
// after one untimed read that warms the code up.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
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
const READS = 7;
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
  // Docs pages spread over the families: the templates, then the pages read at the checkpoints.
  const step = Math.floor(docs.length / (TEMPLATES + READS + 1));
  const picked = docs.filter((_, i) => i % step === 0);
  const templates = picked.slice(0, TEMPLATES).map(extract);
  const [warmUp, ...fresh] = picked.slice(TEMPLATES, TEMPLATES + READS + 1).map(extract);
  const asNew = (r: ExtractResult, tag: string): ExtractResult => ({
    ...r,
    concepts: r.concepts.map((c) => ({ ...c, key: `${c.key}#${tag}` })),
  });

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
  const perPage: number[][] = [];
  const cpuPerPage: number[][] = [];
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
    const cpu: number[] = [];
    // RUNG_READ_SCALING_PROFILE=dir writes a CPU profile of each checkpoint's timed reads (not the fill).
    const profileDir = process.env.RUNG_READ_SCALING_PROFILE;
    const session = profileDir ? new Session() : undefined;
    if (session) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    for (let r = -1; r < fresh.length; r++) {
      // The next chapter of a site in the history, read now.
      const site = Math.floor(random() * Math.floor(filled / SITE));
      const last = site * SITE + SITE - 1;
      const url = `https://s${site}.example/next-${target}-${r}.html`;
      const result = asNew(r < 0 ? warmUp! : fresh[r]!, `${target}`);
      await setNextLink(db, pageUrl(last), url);
      clock = base + filled * 60_000 + (r + 1) * 1000;
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      await handlers['page/read']({ url, result }, { tabId: 1, url });
      const c1 = process.cpuUsage(c0);
      if (r >= 0) {
        ms.push(performance.now() - t0);
        cpu.push((c1.user + c1.system) / 1000);
      }
    }
    perPage.push(ms);
    cpuPerPage.push(cpu);
    if (session && profileDir) {
      const { profile } = await session.post('Profiler.stop');
      mkdirSync(profileDir, { recursive: true });
      writeFileSync(join(profileDir, `read-${target}.cpuprofile`), JSON.stringify(profile));
      session.disconnect();
    }
    const n = await rowCounts(db);
    const counts = `${n.pages} pages, ${n.concepts} concepts, ${n.occurrences} occurrences, ${n.edges} edges`;
    rows.push(
      `  ${String(target).padStart(6)} pages read: median ${median(ms).toFixed(0)} ms (runs ${ms.map((x) => x.toFixed(0)).join(', ')}), CPU median ${median(cpu).toFixed(0)} ms (${cpu.map((x) => x.toFixed(0)).join(', ')}); ${counts}`,
    );
    console.log(rows.at(-1));
  }
  // The same page read at both ends: how much more the last checkpoint's read of it took. CPU time
  // as well as wall time: on a machine shared with other work, a read's wall time is mostly noise.
  const compare = (label: string, times: number[][]) => {
    const ratios = times.at(-1)!.map((t, i) => t / times[0]![i]!);
    const ends = `${CHECKPOINTS.at(-1)!.toLocaleString('en')} / ${CHECKPOINTS[0]!.toLocaleString('en')}`;
    console.log(
      `  ${label} ${ends}: ${(median(times.at(-1)!) / median(times[0]!)).toFixed(2)}× of the medians; per page ${ratios.map((x) => x.toFixed(2)).join(', ')}, median ${median(ratios).toFixed(2)}× (target ≤ 2× for 10,000 / 100)`,
    );
  };
  console.log(
    `read-scaling: page/read handler (fake-indexeddb), ${READS} reads per checkpoint, fill ${((performance.now() - fillStart) / 1000).toFixed(0)} s`,
  );
  compare('wall time', perPage);
  compare('CPU time', cpuPerPage);
  db.close();
}
