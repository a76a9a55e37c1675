// The rated concept sample (issue 13): the top 15 concepts of corpus pages of every kind, each
// marked accepted / marginal / rejected as a learner of that page would, kept in
// scripts/bench/rated-concepts.json. `npm run bench -- rated` extracts the pages again, prints the
// acceptance by page kind, and lists concepts the extractor now gives that nobody rated (or
// rated ones it no longer gives). `RUNG_RATED_WRITE=1 npm run bench -- rated` rewrites the file
// with the current top 15, keeping every rating whose label is still there and marking new
// labels "unrated" for a person to rate.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractPage } from '@/lib/extract/extract-page';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const corpus = process.env.RUNG_CORPUS ?? join(root, '..', 'shared', 'corpus');
const FILE = join(here, 'rated-concepts.json');
const TOP = 15;

type Rating = 'accepted' | 'marginal' | 'rejected' | 'unrated';
interface RatedPage {
  path: string;
  /** reference, tutorial, news or blog, and the page's language. */
  kind: string;
  lang: string;
  /** Added after the rules were written and never tuned on: shows whether they generalise. */
  heldOut?: boolean;
  concepts: { label: string; rating: Rating; why?: string }[];
}

function topLabels(path: string): string[] {
  const html = readFileSync(join(corpus, 'pages', path), 'utf8');
  const doc = parseHTML(html).document as unknown as Document;
  return extractPage(doc, { url: `https://corpus.test/${path}`, top: TOP })
    .concepts.slice(0, TOP)
    .map((c) => c.label);
}

export async function run(): Promise<void> {
  if (!existsSync(join(corpus, 'pages', 'index.csv'))) {
    process.stdout.write(`rated: corpus not found at ${corpus} (set RUNG_CORPUS); skipped\n`);
    return;
  }
  const pages = JSON.parse(readFileSync(FILE, 'utf8')) as RatedPage[];
  const byKind = new Map<string, Record<Rating, number>>();
  const stale: string[] = [];
  for (const page of pages) {
    const now = topLabels(page.path);
    const rated = new Map(page.concepts.map((c) => [c.label, c]));
    const missing = page.concepts.filter((c) => !now.includes(c.label)).map((c) => c.label);
    const fresh = now.filter((l) => !rated.has(l));
    if (missing.length || fresh.length)
      stale.push(`${page.path}: new ${JSON.stringify(fresh)}, gone ${JSON.stringify(missing)}`);
    if (process.env.RUNG_RATED_WRITE === '1')
      page.concepts = now.map((label) => rated.get(label) ?? { label, rating: 'unrated' });
    const counts = byKind.get(page.kind) ?? { accepted: 0, marginal: 0, rejected: 0, unrated: 0 };
    for (const c of page.concepts) counts[c.rating]++;
    byKind.set(page.kind, counts);
  }
  if (process.env.RUNG_RATED_WRITE === '1') writeFileSync(FILE, `${JSON.stringify(pages, null, 2)}\n`);
  const rows = [...byKind.entries()].map(([kind, c]) => ({ kind, ...c }));
  const total = rows.reduce(
    (t, r) => ({
      kind: 'all',
      accepted: t.accepted + r.accepted,
      marginal: t.marginal + r.marginal,
      rejected: t.rejected + r.rejected,
      unrated: t.unrated + r.unrated,
    }),
    { kind: 'all', accepted: 0, marginal: 0, rejected: 0, unrated: 0 },
  );
  const lines = [
    `pages: ${pages.length}, concepts rated: ${total.accepted + total.marginal + total.rejected}`,
    '| page kind | pages | accepted | marginal | rejected | accepted share |',
    '| --- | --- | --- | --- | --- | --- |',
    ...[...rows, total].map((r) => {
      const n = r.accepted + r.marginal + r.rejected;
      const count = r.kind === 'all' ? pages.length : pages.filter((p) => p.kind === r.kind).length;
      return `| ${r.kind} | ${count} | ${r.accepted} | ${r.marginal} | ${r.rejected} | ${n ? ((100 * r.accepted) / n).toFixed(1) : '–'}% |`;
    }),
    heldOutLine(pages),
    ...(total.unrated ? [`unrated: ${total.unrated} (rate them in scripts/bench/rated-concepts.json)`] : []),
    ...(stale.length ? ['top 15 changed since rating:', ...stale] : ['ratings match the current top 15']),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function heldOutLine(pages: RatedPage[]): string {
  const held = pages.filter((p) => p.heldOut);
  const rated = held.flatMap((p) => p.concepts).filter((c) => c.rating !== 'unrated');
  const accepted = rated.filter((c) => c.rating === 'accepted').length;
  const share = rated.length ? `${((100 * accepted) / rated.length).toFixed(1)}%` : '–';
  return `held out (never tuned on): ${held.length} pages (${held.map((p) => `${p.kind} ${p.lang}`).join(', ')}), ${accepted} of ${rated.length} accepted, ${share}`;
}
