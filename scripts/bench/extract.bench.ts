// Extraction speed on the corpus pages under Node/linkedom: pages per second for extractPage,
// the time of Readability alone on the same (already parsed) pages, their ratio, and the largest
// page's extract time against Readability alone on it (issue 4 requires < 1.5×); and, per API
// family, the share of the items each reference page documents that an `api` concept names,
// averaged over the family's pages (items counted by tests/support/count-documented-items.ts,
// which shares no code with the extractor; issue 13 requires ≥ 95%).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractPage } from '@/lib/extract/extract-page';
import { countDocumentedItems } from '@/tests/support/count-documented-items';

type Family = 'python' | 'node18' | 'rust163';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = process.env.RUNG_CORPUS ?? join(root, '..', 'shared', 'corpus');

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function time(fn: () => void, repeats = 1): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export async function run(): Promise<void> {
  const index = join(corpus, 'pages', 'index.csv');
  if (!existsSync(index)) {
    process.stdout.write(`extract: corpus not found at ${corpus} (set RUNG_CORPUS); skipped\n`);
    return;
  }
  const rows = readFileSync(index, 'utf8').trim().split('\n').slice(1);
  const paths = rows.map((row) => row.split(',')[0]!);
  const kindOf = new Map(rows.map((row) => [row.split(',')[0]!, row.split(',')[2]!]));
  const recall: Record<Family, { pages: number; sum: number; items: number; kinds: number }> = {
    python: { pages: 0, sum: 0, items: 0, kinds: 0 },
    node18: { pages: 0, sum: 0, items: 0, kinds: 0 },
    rust163: { pages: 0, sum: 0, items: 0, kinds: 0 },
  };
  let readabilityMs = 0;
  let extractMs = 0;
  let largest = { path: '', bytes: 0 };
  for (const path of paths) {
    const file = join(corpus, 'pages', path);
    const html = readFileSync(file, 'utf8');
    const bytes = statSync(file).size;
    if (bytes > largest.bytes) largest = { path, bytes };
    // Each measurement gets its own parsed document so neither benefits from the other's work.
    const a = parse(html);
    readabilityMs += time(() => {
      new Readability(a.cloneNode(true) as Document).parse();
    });
    const b = parse(html);
    let result: ReturnType<typeof extractPage> | undefined;
    extractMs += time(() => {
      result = extractPage(b, { url: `https://corpus.test/${path}` });
    });
    const family = /^docs\/(python|node18|rust163)\//.exec(path)?.[1] as Family | undefined;
    if (family && kindOf.get(path) === 'api-reference' && result) {
      const labels = result.concepts.filter((c) => c.kind === 'api').map((c) => c.label);
      const items = countDocumentedItems(parse(html), family);
      const named = items.filter((i) => i.named(labels)).length;
      const r = recall[family];
      r.pages++;
      r.items += items.length;
      r.sum += items.length ? named / items.length : 1;
      if (result.pageKind === 'api-reference') r.kinds++;
    }
  }
  const n = paths.length;
  const big = readFileSync(join(corpus, 'pages', largest.path), 'utf8');
  const doc = parse(big);
  const bigReadability = time(() => {
    new Readability(doc.cloneNode(true) as Document).parse();
  }, 5);
  const bigExtract = time(() => {
    extractPage(doc, { url: `https://corpus.test/${largest.path}` });
  }, 5);
  const lines = [
    `pages: ${n}`,
    `extractPage: ${(extractMs / 1000).toFixed(2)} s total, ${(n / (extractMs / 1000)).toFixed(1)} pages/s`,
    `Readability alone: ${(readabilityMs / 1000).toFixed(2)} s total, ${(n / (readabilityMs / 1000)).toFixed(1)} pages/s`,
    `ratio extract / Readability: ${(extractMs / readabilityMs).toFixed(2)}×`,
    ...(Object.entries(recall) as [Family, (typeof recall)[Family]][]).map(
      ([f, r]) =>
        `API recall ${f}: ${((100 * r.sum) / Math.max(1, r.pages)).toFixed(1)}% mean over ${r.pages} reference pages (${r.items} documented items); page kind api-reference on ${r.kinds}/${r.pages}`,
    ),
    `largest page ${largest.path} (${(largest.bytes / 1024).toFixed(0)} KB): extract ${bigExtract.toFixed(0)} ms, Readability ${bigReadability.toFixed(0)} ms, ratio ${(bigExtract / bigReadability).toFixed(2)}× (limit 1.5×)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
