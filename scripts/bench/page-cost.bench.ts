// What Rung costs the pages it reads: each corpus page in the sample is loaded in Chromium with and
// without the extension in the same run (interleaved, RUNS pairs), and the page's main thread is
// measured through the DevTools protocol (Performance.getMetrics: ScriptDuration, TaskDuration)
// from navigation until Rung has stored the page and the page's main thread has gone quiet (so the
// overlay, drawn after the page is stored, is counted too). Each figure is the median over the runs
// of the paired difference (with Rung minus without, same run), which a busy machine moves far less
// than a difference of bests. Durations are taken twice: in main-thread CPU time (the protocol's
// `threadTicks` time domain: what the page's thread spent, whatever else the machine ran) and in
// wall-clock time (which also counts the thread waiting for a core). Rung's own work is in both.
// Long tasks come from a PerformanceObserver in the page; Long Animation Frame entries name the
// script behind each, so a long task is "Rung's" when a chrome-extension:// script ran in it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import {
  chromiumPath,
  EXTENSION_DIR,
  LOCAL_HOSTS_ONLY,
  launchWithExtension,
  type RungBrowser,
  waitForPageStored,
} from '../../tests/e2e/support/extension';
import { startStaticServer } from '../../tests/e2e/support/static-server';
import {
  type CpuProfile,
  diffLines,
  extensionSelfTimes,
  pageThread,
  selfTimes,
  type TraceEvent,
} from './page-trace';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** Pages per kind of page (docs, tutorial, api-reference, article, ...); RUNG_PAGE_COST_PER_KIND overrides. */
const PER_KIND = Number(process.env.RUNG_PAGE_COST_PER_KIND ?? 4);
/** Pairs of loads per page (with and without Rung); RUNG_PAGE_COST_RUNS overrides. */
const RUNS = Math.max(1, Number(process.env.RUNG_PAGE_COST_RUNS ?? 3));
/** After the page is stored, at least this long, and until the main thread has been quiet this long. */
const QUIET_MS = 1000;
/** "Quiet": the page's main thread spent less than this (CPU) in the last QUIET_MS. */
const QUIET_TASK_MS = 2;
/** A page that never goes quiet (animations, polling) is measured this long after it is stored. */
const MAX_SETTLE_MS = 10_000;
/**
 * Profile mode: the first run of each page is also traced and CPU-profiled, with and without
 * Rung, the files written here and the differences printed (tracing costs the page too: read
 * the figures of a profiled run as a breakdown, not as the page's cost).
 */
const PROFILE_DIR = process.env.RUNG_PAGE_COST_PROFILE;
/** Only the sampled pages whose path holds one of these (comma-separated). */
const ONLY = process.env.RUNG_PAGE_COST_PAGES?.split(',').filter(Boolean);
const TRACE_CATEGORIES = [
  '-*',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
];

interface Sample {
  /** Main-thread CPU time (threadTicks). */
  script: number;
  task: number;
  /** The same in wall-clock time. */
  scriptWall: number;
  taskWall: number;
  longest: number;
  rungLongest: number;
}

/** Every n-th page of each kind, in index order: a spread over each kind, the same on every run. */
function samplePages(corpus: string): { path: string; kind: string }[] {
  const rows = readFileSync(join(corpus, 'pages/index.csv'), 'utf8').trim().split('\n').slice(1);
  const byKind = new Map<string, string[]>();
  for (const row of rows) {
    const [path, , kind] = row.split(',');
    if (!path || !kind) continue;
    byKind.set(kind, [...(byKind.get(kind) ?? []), path]);
  }
  const out: { path: string; kind: string }[] = [];
  for (const [kind, paths] of [...byKind].sort()) {
    const step = Math.max(1, Math.floor(paths.length / PER_KIND));
    for (let i = 0; i < paths.length && out.filter((p) => p.kind === kind).length < PER_KIND; i += step)
      out.push({ path: paths[i]!, kind });
  }
  return ONLY ? out.filter((p) => ONLY.some((o) => p.path.includes(o))) : out;
}

interface Recording {
  trace: TraceEvent[];
  profile: CpuProfile;
}

/** Starts a trace and a CPU profile of the page's renderer; the returned function stops both. */
async function record(cdp: CDPSession): Promise<() => Promise<Recording>> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReturnAsStream',
  } as never);
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const complete = new Promise<string>((resolve) =>
      cdp.once('Tracing.tracingComplete', (e) => resolve((e as { stream: string }).stream)),
    );
    await cdp.send('Tracing.end');
    const handle = await complete;
    let text = '';
    for (;;) {
      const chunk = (await cdp.send('IO.read', { handle } as never)) as unknown as {
        data: string;
        eof: boolean;
        base64Encoded?: boolean;
      };
      text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle } as never);
    const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
    return { trace: Array.isArray(parsed) ? parsed : parsed.traceEvents, profile };
  };
}

/** Runs in the page before its own scripts: records long tasks and which scripts ran in long frames. */
const OBSERVE = `(() => {
  const w = window;
  w.__cost = { longest: 0, rungLongest: 0 };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__cost.longest = Math.max(w.__cost.longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        for (const s of e.scripts || [])
          if (String(s.sourceURL || '').startsWith('chrome-extension://'))
            w.__cost.rungLongest = Math.max(w.__cost.rungLongest, s.duration);
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})();`;

/**
 * One load of `url`, measured over `windowMs` from the start of navigation (or, when that is not
 * given, until `done` and a quiet second after it): both loads of a page are measured over the
 * same wall-clock window, so time the page spends on its own (timers, late loads) cancels out.
 */
async function measure(
  context: BrowserContext,
  url: string,
  done: (page: Page) => Promise<void>,
  windowMs?: number,
  profile?: boolean,
): Promise<Sample & { windowMs: number; recording?: Recording }> {
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  // Two sessions, one per time domain: each keeps its own counters.
  const wall = await context.newCDPSession(page);
  const cpu = await context.newCDPSession(page);
  await wall.send('Performance.enable');
  await cpu.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
  const metrics = async (cdp: CDPSession) => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return (name: string) => (metrics.find((x) => x.name === name)?.value ?? 0) * 1000;
  };
  const stopRecording = profile ? await record(await context.newCDPSession(page)) : undefined;
  const start = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  await done(page);
  let window = windowMs;
  if (window === undefined) {
    // Settle: wait until the main thread has been quiet for QUIET_MS (the overlay is drawn after
    // the page is stored), so none of Rung's work falls outside the window.
    const stored = Date.now();
    const seen: { at: number; task: number }[] = [];
    for (;;) {
      const task = (await metrics(cpu))('TaskDuration');
      const now = Date.now();
      seen.push({ at: now, task });
      const back = seen.find((s) => s.at >= now - QUIET_MS);
      const quiet = back !== undefined && now - seen[0]!.at >= QUIET_MS && task - back.task < QUIET_TASK_MS;
      if ((quiet && back !== seen[seen.length - 1]) || now - stored > MAX_SETTLE_MS) break;
      await page.waitForTimeout(250);
    }
    window = Date.now() - start;
  }
  await page.waitForTimeout(Math.max(0, start + window - Date.now()));
  const c = await metrics(cpu);
  const w = await metrics(wall);
  const cost = (await page.evaluate('window.__cost')) as { longest: number; rungLongest: number };
  const recording = await stopRecording?.();
  await wall.detach();
  await cpu.detach();
  await page.close();
  return {
    script: c('ScriptDuration'),
    // The bench's own protocol commands (more of them on the Rung side, which is polled until quiet)
    // run on the page's thread too; they are not Rung's.
    task: c('TaskDuration') - c('DevToolsCommandDuration'),
    scriptWall: w('ScriptDuration'),
    taskWall: w('TaskDuration') - w('DevToolsCommandDuration'),
    ...cost,
    windowMs: window,
    recording,
  };
}

/** Writes both recordings of a page and prints where its added time went. */
function report(dir: string, path: string, url: string, withRung: Recording, without: Recording): void {
  mkdirSync(dir, { recursive: true });
  const base = join(dir, path.replace(/[^a-zA-Z0-9.-]+/g, '_'));
  writeFileSync(`${base}.rung.trace.json`, JSON.stringify(withRung.trace));
  writeFileSync(`${base}.bare.trace.json`, JSON.stringify(without.trace));
  writeFileSync(`${base}.rung.cpuprofile`, JSON.stringify(withRung.profile));
  writeFileSync(`${base}.bare.cpuprofile`, JSON.stringify(without.profile));
  const times = (r: Recording) => {
    const thread = pageThread(r.trace, url);
    return thread ? selfTimes(r.trace, thread) : new Map<string, number>();
  };
  console.log(`  ${path}: main-thread self time by trace event (with Rung / without, ms):`);
  for (const line of diffLines(times(withRung), times(without), 24)) console.log(line);
  console.log(`  ${path}: script self time by extension function (CPU profile, ms):`);
  const js = extensionSelfTimes(withRung.profile);
  for (const line of diffLines(js, extensionSelfTimes(without.profile), 16)) console.log(line);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
}

export async function run(): Promise<void> {
  const corpus = process.env.RUNG_CORPUS ?? join(root, '..', 'shared', 'corpus');
  if (!existsSync(join(corpus, 'pages/index.csv'))) {
    console.log('page-cost bench: shared corpus not found (set RUNG_CORPUS): skipped');
    return;
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')) || process.env.RUNG_BENCH_REBUILD) {
    execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
  }
  const pages = samplePages(corpus);
  const server = await startStaticServer({ '/corpus': join(corpus, 'pages') });
  const rung: RungBrowser = await launchWithExtension();
  if (process.env.RUNG_PAGE_COST_OVERLAY === 'off') {
    const sw = await rung.worker();
    await sw.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: the service worker global `chrome` has no types here.
      const chrome = (globalThis as any).chrome;
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), overlayByDefault: false } });
    });
  }
  const bareDir = mkdtempSync(join(tmpdir(), 'rung-bare-'));
  const bare = await chromium.launchPersistentContext(bareDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'en-US',
    viewport: { width: 1200, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      LOCAL_HOSTS_ONLY,
    ],
  });
  type Added = { script: number; task: number; scriptWall: number; taskWall: number };
  const added: ({ kind: string; path: string; with: Sample; without: Sample } & Added)[] = [];
  try {
    for (const { path, kind } of pages) {
      const url = `${server.url}/corpus/${path}`;
      const withRung: Sample[] = [];
      const without: Sample[] = [];
      for (let r = 0; r < RUNS; r++) {
        // A fresh URL each run so Rung reads the page anew (it re-reads a known page the same way).
        const u = `${url}?run=${r}`;
        const profile = PROFILE_DIR !== undefined && r === 0;
        const w = await measure(
          rung.context,
          u,
          async () => {
            await waitForPageStored(rung, u, 60_000).catch(() => undefined);
          },
          undefined,
          profile,
        );
        withRung.push(w);
        const o = await measure(bare, u, async () => undefined, w.windowMs, profile);
        without.push(o);
        if (PROFILE_DIR && w.recording && o.recording) report(PROFILE_DIR, path, u, w.recording, o.recording);
      }
      // Paired: each run's difference, then the median over runs.
      const diff = (k: keyof Added) => median(withRung.map((w, i) => w[k] - without[i]![k]));
      const mid = (xs: Sample[]): Sample => ({
        script: median(xs.map((x) => x.script)),
        task: median(xs.map((x) => x.task)),
        scriptWall: median(xs.map((x) => x.scriptWall)),
        taskWall: median(xs.map((x) => x.taskWall)),
        longest: median(xs.map((x) => x.longest)),
        rungLongest: median(xs.map((x) => x.rungLongest)),
      });
      const w = mid(withRung);
      const o = mid(without);
      const a: Added = {
        script: diff('script'),
        task: diff('task'),
        scriptWall: diff('scriptWall'),
        taskWall: diff('taskWall'),
      };
      added.push({ kind, path, ...a, with: w, without: o });
      console.log(
        `${kind.padEnd(14)} ${path.slice(0, 58).padEnd(58)} +script ${a.script.toFixed(1).padStart(6)} ms  +task ${a.task.toFixed(1).padStart(6)} ms  longest task ${w.longest.toFixed(0)} / ${o.longest.toFixed(0)} ms (with / without), Rung's longest script ${w.rungLongest.toFixed(0)} ms; wall clock +script ${a.scriptWall.toFixed(1)} ms +task ${a.taskWall.toFixed(1)} ms`,
      );
    }
  } finally {
    await rung.close();
    await bare.close();
    rmSync(bareDir, { recursive: true, force: true });
    await server.close();
  }
  const col = (k: keyof Added) => added.map((a) => a[k]);
  const rungLong = Math.max(...added.map((a) => a.with.rungLongest));
  const kinds = [...new Set(added.map((a) => a.kind))];
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  console.log(
    `page-cost over ${added.length} corpus pages (${kinds.map((k) => `${added.filter((a) => a.kind === k).length} ${k}`).join(', ')}), median of ${RUNS} paired runs (load average at the end ${load}):`,
  );
  const line = (k: 'script' | 'task', target: number) =>
    `  added ${k} time p50 ${pct(col(k), 50).toFixed(1)} ms, p95 ${pct(col(k), 95).toFixed(1)} ms (target ≤ ${target} ms), main-thread CPU time; wall clock p50 ${pct(col(k === 'script' ? 'scriptWall' : 'taskWall'), 50).toFixed(1)} ms, p95 ${pct(col(k === 'script' ? 'scriptWall' : 'taskWall'), 95).toFixed(1)} ms`;
  console.log(line('script', 5));
  console.log(line('task', 16));
  console.log(
    `  longest Rung script in a long animation frame ${rungLong.toFixed(0)} ms; pages where the longest task grew past 50 ms with Rung: ${added.filter((a) => a.with.longest > 50 && a.without.longest <= 50).length}`,
  );
}
