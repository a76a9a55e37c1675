import { describe, expect, it } from 'vitest';
import { holesBehind } from '@/lib/background/holes-behind';
import { loadPageBundle, questionPool } from '@/lib/background/page-bundle';
import { savePage } from '@/lib/background/save-page';
import { PrereqGraph } from '@/lib/graph/prereq-graph';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { makeDeps } from '@/tests/support/background-harness';
import { DEMO_URL, readDemoPage } from '@/tests/support/demo-page';
import { lookup } from '@/tests/support/mastery-lookup';

describe('holesBehind', () => {
  it('names a practicable prerequisite only while the chain of edges to it is sure enough', async () => {
    const deps = makeDeps();
    await savePage(deps.db, DEMO_URL, readDemoPage(DEMO_URL), deps.now());
    const bundle = (await loadPageBundle(deps.db, DEMO_URL))!;
    // Five concepts the page can ask about: a failure on the first, a chain of prerequisites under it.
    const [failed, near, middle, far, side] = [
      ...new Set(questionPool(bundle, DEFAULT_SETTINGS).map((q) => q.conceptKey)),
    ] as [string, string, string, string, string];
    const edge = (from: string, to: string, confidence: number) => ({ from, to, confidence, evidence: [] });
    const { graph } = PrereqGraph.fromEdges([
      edge(near, failed, 0.5),
      edge(middle, near, 0.4), // 0.20 from the failure
      edge(far, middle, 0.4), // 0.08: a guess about a guess
      edge(side, failed, 0.09),
    ]);
    const holes = await holesBehind(deps, graph, lookup({}), DEMO_URL, failed, DEFAULT_SETTINGS);
    expect(holes.map((h) => h.key).sort()).toEqual([near, middle].sort());
  });
});
