// The rated gap sample: what Rung names as gaps (the unmastered prerequisites behind a failure) on
// journeys through real corpus pages of every kind it serves (Node.js, Rust and Python API
// references, a Python tutorial path, a Python how-to path), each gap rated by a person as a
// teacher of that subject would: accepted (a prerequisite they would send the learner back to),
// marginal (related, but not what the failure is built on) or rejected (no teacher would name it).
// Kept in scripts/bench/rated-gaps.json. Pages are read through the background's `page/read` as
// the extension reads them; then, on the last page, a quiz on each of the page's required concepts
// gets one wrong answer, and the gaps named behind it are collected. `npm run bench -- rated-gaps`
// prints the rates by journey kind and flags (exit code 1) gaps that nobody rated or rated gaps no
// longer named; `RUNG_RATED_WRITE=1` rewrites the file keeping every rating still named.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { createHandlers } from '@/lib/background/create-handlers';
import { allGaps, conceptLabel } from '@/lib/db/quiz-queries';
import { extractPage } from '@/lib/extract/extract-page';
import { makeDeps } from '@/tests/support/background-harness';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const corpus = process.env.RUNG_CORPUS ?? join(root, '..', 'shared', 'corpus');
const FILE = join(here, 'rated-gaps.json');
/** Failures per journey: the last page's required concepts, in the page's order. */
const FAILURES = 6;

type Verdict = 'accepted' | 'marginal' | 'rejected';

interface RatedGap {
  failed: string;
  gap: string;
  rating: Verdict | null;
  reason?: string;
}

interface Journey {
  name: string;
  /** api-reference, tutorial or how-to. */
  kind: string;
  /** [corpus path, the address the page is published at], in reading order. */
  pages: [string, string][];
  gaps: RatedGap[];
}

const pairKey = (g: { failed: string; gap: string }) => `${g.failed}\u0000${g.gap}`;

/** Reads the pages, fails one question on each required concept of the last; the gaps named, by label. */
async function walk(
  journey: Journey,
): Promise<{ failures: number; named: { failed: string; gap: string }[] }> {
  const deps = makeDeps();
  const h = createHandlers(deps);
  for (const [path, url] of journey.pages) {
    const html = readFileSync(join(corpus, 'pages', path), 'utf8');
    const result = extractPage(parseHTML(html).document as unknown as Document, { url });
    await h['page/read']({ url, result }, {});
    deps.clock.now += 10 * 60_000;
  }
  const last = journey.pages.at(-1)![1];
  const required = (await h['page/state']({ url: last }, {})).required.slice(0, FAILURES);
  const label = (key: string) => conceptLabel(deps.db, key);
  const named: { failed: string; gap: string }[] = [];
  let failures = 0;
  for (const [i, key] of required.entries()) {
    const view = await h['quiz/start']({ url: last, conceptKey: key, fresh: true }, {});
    if ('error' in view || view.question?.conceptKey !== key) continue;
    failures++;
    await h['quiz/answer'](
      { quizId: view.quizId, questionId: view.question.id, answer: 'not the answer', attemptId: `g-${i}` },
      {},
    );
    const behind = (await allGaps(deps.db)).filter((g) => g.behind === key && g.conceptKey !== key);
    const failed = await label(key);
    for (const g of behind) named.push({ failed, gap: await label(g.conceptKey) });
    deps.clock.now += 60_000;
  }
  return { failures, named };
}

export async function run(): Promise<void> {
  if (!existsSync(join(corpus, 'pages', 'index.csv'))) {
    process.stdout.write(`rated-gaps: corpus not found at ${corpus} (set RUNG_CORPUS); skipped\n`);
    return;
  }
  const journeys = JSON.parse(readFileSync(FILE, 'utf8')) as Journey[];
  const stale: string[] = [];
  const failuresOf = new Map<string, number>();
  for (const journey of journeys) {
    const { failures, named } = await walk(journey);
    failuresOf.set(journey.name, failures);
    const rated = new Map(journey.gaps.map((g) => [pairKey(g), g]));
    const fresh = named.filter((g) => !rated.has(pairKey(g)));
    const gone = journey.gaps.filter((g) => !named.some((n) => pairKey(n) === pairKey(g)));
    if (fresh.length || gone.length)
      stale.push(`${journey.name}: ${fresh.length} new gap(s), ${gone.length} rated one(s) no longer named`);
    if (process.env.RUNG_RATED_WRITE === '1')
      journey.gaps = named.map((g) => {
        const old = rated.get(pairKey(g));
        return { ...g, rating: old?.rating ?? null, ...(old?.reason ? { reason: old.reason } : {}) };
      });
  }
  if (process.env.RUNG_RATED_WRITE === '1') writeFileSync(FILE, `${JSON.stringify(journeys, null, 2)}\n`);

  const rows = new Map<
    string,
    { journeys: number; failed: number; failures: Set<string>; counts: Record<Verdict, number> }
  >();
  const tally = (kind: string, j: Journey) => {
    const t = rows.get(kind) ?? {
      journeys: 0,
      failed: 0,
      failures: new Set<string>(),
      counts: { accepted: 0, marginal: 0, rejected: 0 },
    };
    t.journeys++;
    t.failed += failuresOf.get(j.name) ?? 0;
    for (const g of j.gaps) {
      t.failures.add(`${j.name}\u0000${g.failed}`);
      if (g.rating) t.counts[g.rating]++;
    }
    rows.set(kind, t);
  };
  for (const j of journeys) {
    tally(j.kind, j);
    tally('all', j);
  }
  process.stdout.write('rated gaps (gaps named behind one wrong answer, rated as a teacher would):\n');
  process.stdout.write(
    '| journeys | kind | wrong answers | with gaps named | accepted | marginal | rejected | accepted % |\n',
  );
  process.stdout.write('| --- | --- | --- | --- | --- | --- | --- | --- |\n');
  for (const [kind, t] of [...rows].sort(([a], [b]) =>
    a === 'all' ? 1 : b === 'all' ? -1 : a < b ? -1 : 1,
  )) {
    const { accepted, marginal, rejected } = t.counts;
    const n = accepted + marginal + rejected;
    process.stdout.write(
      `| ${t.journeys} | ${kind} | ${t.failed} | ${t.failures.size} | ${accepted} | ${marginal} | ${rejected} | ${n ? ((100 * accepted) / n).toFixed(1) : '-'}% |\n`,
    );
  }
  if (stale.length > 0) {
    process.stdout.write(`rated-gaps: the sample is stale:\n  ${stale.join('\n  ')}\n`);
    process.exitCode = 1;
  }
}
