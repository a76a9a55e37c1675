import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { extractPage } from '@/lib/extract/extract-page';
import { PrereqGraph } from '@/lib/graph/prereq-graph';
import { memoryBudgetStore } from '@/lib/llm/daily-budget';
import { DEFAULT_LLM_SETTINGS, type LlmSettings } from '@/lib/llm/llm-settings';
import { makeDeps } from '../../support/background-harness';
import { projectRoot } from '../../support/corpus';
import { type OpenAiServer, startOpenAiServer, TEST_MODEL } from '../../support/openai-server';

const URL_ = 'http://127.0.0.1/demo/closures.html';

function demo() {
  const { document } = parseHTML(readFileSync(join(projectRoot, 'scripts/demo/closures.html'), 'utf8'));
  return extractPage(document as unknown as Document, { url: URL_ });
}

let server: OpenAiServer;
beforeAll(async () => {
  server = await startOpenAiServer();
});
afterAll(async () => server.close());

async function readWith(llm: Partial<LlmSettings>) {
  server.requests.length = 0;
  const deps = makeDeps();
  const settings: LlmSettings = { ...DEFAULT_LLM_SETTINGS, baseURL: server.url, model: TEST_MODEL, ...llm };
  deps.llm = {
    getSettings: async () => settings,
    saveSettings: async () => undefined,
    budget: memoryBudgetStore(),
  };
  await createHandlers(deps)['page/read']({ url: URL_, result: demo() }, {});
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
