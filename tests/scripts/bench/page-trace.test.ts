import { describe, expect, it } from 'vitest';
import {
  diffLines,
  extensionSelfTimes,
  pageThread,
  selfTimes,
  type TraceEvent,
} from '../../../scripts/bench/page-trace';

const ext = 'chrome-extension://abc/overlay.js';

function x(name: string, ts: number, dur: number, tdur: number, data?: Record<string, unknown>): TraceEvent {
  return { name, ph: 'X', pid: 1, tid: 2, ts, dur, tdur, args: data ? { data } : {} };
}

describe('page-trace: where a page main thread spent its time', () => {
  const meta: TraceEvent[] = [
    { name: 'thread_name', ph: 'M', pid: 1, tid: 2, ts: 0, args: { name: 'CrRendererMain' } },
    { name: 'thread_name', ph: 'M', pid: 3, tid: 4, ts: 0, args: { name: 'CrRendererMain' } },
    {
      name: 'ParseHTML',
      ph: 'X',
      pid: 1,
      tid: 2,
      ts: 0,
      dur: 1,
      args: { beginData: { url: 'http://p/a.html?run=0' } },
    },
    {
      name: 'ParseHTML',
      ph: 'X',
      pid: 3,
      tid: 4,
      ts: 0,
      dur: 1,
      args: { beginData: { url: 'chrome-extension://abc/offscreen.html' } },
    },
  ];

  it('finds the renderer thread that loaded the page, not the extension’s own documents', () => {
    expect(pageThread(meta, 'http://p/a.html')).toEqual({ pid: 1, tid: 2 });
    expect(pageThread(meta, 'http://q/')).toBeNull();
  });

  it('counts self time in thread time, and work nested in an extension script as Rung’s', () => {
    const events = [
      x('RunTask', 0, 10_000, 8_000),
      x('FunctionCall', 1_000, 6_000, 5_000, { url: ext }),
      // A layout the extension's script forced.
      x('Layout', 2_000, 2_000, 2_000),
      x('RunTask', 20_000, 4_000, 4_000),
      x('Layout', 21_000, 1_000, 1_000),
    ];
    const t = selfTimes(events, { pid: 1, tid: 2 });
    expect(t.get('RunTask')).toBeCloseTo(3 + 3);
    expect(t.get('rung: FunctionCall')).toBeCloseTo(3);
    expect(t.get('rung: Layout')).toBeCloseTo(2);
    expect(t.get('Layout')).toBeCloseTo(1);
  });

  it('sums a CPU profile’s samples by extension function', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '' }, children: [2, 3] },
        { id: 2, callFrame: { functionName: 'scan', url: ext } },
        { id: 3, callFrame: { functionName: '(program)', url: '' } },
      ],
      samples: [2, 2, 3, 2],
      timeDeltas: [0, 1000, 2000, 500],
    };
    const t = extensionSelfTimes(profile);
    // Each sample lasts until the next one; the last has no end.
    expect(t.get('overlay.js scan')).toBeCloseTo(1 + 2);
    expect(t.get('(program)')).toBeCloseTo(0.5);
    expect(t.get('(all extension code)')).toBeCloseTo(3);
    expect(diffLines(t, new Map(), 3).join('\n')).toContain('overlay.js scan');
  });
});
