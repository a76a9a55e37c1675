import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { PrereqGraph } from '@/lib/graph/prereq-graph';
import type { LlmSettings } from '@/lib/llm/llm-settings';
import { makeDeps } from '@/tests/support/background-harness';
import { readDemoPage, DEMO_URL as URL_ } from '@/tests/support/demo-page';
import { llmDepsFor, useOpenAiServer } from '@/tests/support/llm-harness';

const server = useOpenAiServer();

async function readWith(llm: Partial<LlmSettings>) {
  server.requests.length = 0;
  const deps = makeDeps();
  deps.llm = llmDepsFor(server.url, llm).llm;
  await createHandlers(deps)['page/read']({ url: URL_, result: readDemoPage(URL_) }, {});
  await Promise.all(deps.pending);
  return deps;
}

describe('prerequisite suggestions from the LLM after a page is read', () => {
  it('become lower-confidence edges with the model as evidence, and the map stays acyclic', async () => {
    const deps = await readWith({ enabled: true });
    expect(server.chatRequests().length).toBeGreaterThan(0);
    const edges = await deps.db.edges.toArray();
    const fromModel = edges.filter((e) => e.evidence.some((ev) => ev.source === 'llm'));
    expect(fromModel.length).toBeGreaterThan(0);
    for (const e of fromModel.filter((x) => x.evidence.every((ev) => ev.source === 'llm'))) {
      expect(e.confidence).toBeLessThanOrEqual(0.35);
    }
    expect(PrereqGraph.fromEdges(edges).conflicts).toEqual([]);
  });

  it.each<[string, Partial<LlmSettings>]>([
    ['off', { enabled: false }],
    ['site excluded', { enabled: true, excludedSites: ['127.0.0.1'] }],
  ])('send nothing when the LLM is %s', async (_name, llm) => {
    const deps = await readWith(llm);
    expect(server.requests.length).toBe(0);
    const edges = await deps.db.edges.toArray();
    expect(edges.some((e) => e.evidence.some((ev) => ev.source === 'llm'))).toBe(false);
  });
});
