// Where a page's main-thread time goes, for the page-cost bench's profile mode
// (RUNG_PAGE_COST_PROFILE=dir): a DevTools trace gives each kind of main-thread work (script,
// style recalculation, layout, paint, parsing, ...) its own time, and a V8 CPU profile gives
// script time by file and function, promise continuations included (the trace files those
// under one untitled microtask event). The page-cost bench takes both of a page with and without
// Rung and prints the difference; the raw files are kept for DevTools.

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: Record<string, unknown>; beginData?: Record<string, unknown> };
}

/** A script's URL as the trace names it, if the event is one that runs or compiles a script. */
function scriptUrl(e: TraceEvent): string | undefined {
  const d = e.args?.data;
  const url = d?.url ?? d?.scriptName ?? d?.sourceURL;
  return typeof url === 'string' && url !== '' ? url : undefined;
}

/**
 * The renderer main thread that loaded `pageUrl` (a trace holds every process of the browser:
 * the extension's offscreen document and service worker run on threads of their own).
 */
export function pageThread(events: TraceEvent[], pageUrl: string): { pid: number; tid: number } | null {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const score = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!mains.has(key)) continue;
    const url = e.args?.beginData?.url ?? e.args?.data?.url;
    if (typeof url === 'string' && url.startsWith(pageUrl)) score.set(key, (score.get(key) ?? 0) + 1);
  }
  const best = [...score].sort((a, b) => b[1] - a[1])[0];
  if (!best) return null;
  const [pid, tid] = best[0].split(':').map(Number);
  return { pid: pid!, tid: tid! };
}

/**
 * Self time (thread CPU time where the trace has it, else wall) per event name on one thread,
 * work that ran inside a chrome-extension:// script's event counted under "rung: <name>" (a
 * layout Rung's script forced shows as "rung: Layout").
 */
export function selfTimes(events: TraceEvent[], thread: { pid: number; tid: number }): Map<string, number> {
  const own = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined)
    // Parents first: earlier start, then the longer one.
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out = new Map<string, number>();
  const stack: { e: TraceEvent; end: number; rung: boolean; time: number; children: number }[] = [];
  const close = () => {
    const top = stack.pop()!;
    const key = top.rung ? `rung: ${top.e.name}` : top.e.name;
    out.set(key, (out.get(key) ?? 0) + Math.max(0, top.time - top.children) / 1000);
    const parent = stack[stack.length - 1];
    if (parent) parent.children += top.time;
  };
  for (const e of own) {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= e.ts) close();
    const parent = stack[stack.length - 1];
    const rung = (parent?.rung ?? false) || (scriptUrl(e)?.startsWith('chrome-extension://') ?? false);
    stack.push({ e, end: e.ts + e.dur!, rung, time: e.tdur ?? e.dur!, children: 0 });
  }
  while (stack.length > 0) close();
  return out;
}

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Self time (ms) per function of a V8 CPU profile whose script is an extension's, keyed
 * "file function"; "(all extension code)" is their sum and "(program)", "(garbage collector)"
 * are V8's own.
 */
export function extensionSelfTimes(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]!);
    // A sample's time is the gap to the next one.
    const ms = (deltas[i + 1] ?? 0) / 1000;
    if (!node) continue;
    const { url, functionName } = node.callFrame;
    let key: string | undefined;
    if (url.startsWith('chrome-extension://')) {
      key = `${url.replace(/^chrome-extension:\/\/[^/]+\//, '')} ${functionName || '(anonymous)'}`;
      out.set('(all extension code)', (out.get('(all extension code)') ?? 0) + ms);
    } else if (functionName === '(program)' || functionName === '(garbage collector)') {
      key = functionName;
    }
    if (key) out.set(key, (out.get(key) ?? 0) + ms);
  }
  return out;
}

/** The `n` largest entries of `a` minus `b` (by absolute size), as printable lines. */
export function diffLines(a: Map<string, number>, b: Map<string, number>, n: number): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys]
    .map((k) => ({ k, with: a.get(k) ?? 0, without: b.get(k) ?? 0 }))
    .map((r) => ({ ...r, d: r.with - r.without }))
    .sort((x, y) => Math.abs(y.d) - Math.abs(x.d))
    .slice(0, n)
    .filter((r) => Math.abs(r.d) >= 0.05)
    .map(
      (r) =>
        `    ${(r.d >= 0 ? '+' : '') + r.d.toFixed(1).padStart(6)} ms  ${r.k} (${r.with.toFixed(1)} / ${r.without.toFixed(1)})`,
    );
}
