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

describe('LLM use is opt-in per site', () => {
  it('sends nothing on page read for a site never allowed; asked and allowed it sends; revoked it stops', async () => {
    const deps = makeDeps();
    const wiring = llmDepsFor(server.url, { enabled: true, apiKey: 'sk-opt-in', allowedSites: [] });
    deps.llm = wiring.llm;
    const h = createHandlers(deps);
    const read = async () => {
      server.requests.length = 0;
      await h['page/read']({ url: URL_, result: readDemoPage(URL_) }, {});
      await Promise.all(deps.pending.splice(0));
      return server.requests.length;
    };
    expect(await read()).toBe(0);
    expect(await h['llm/status']({ url: URL_ }, {})).toMatchObject({ allowed: false, undecided: true });

    // The popup asked and the learner said yes: remembered for the site.
    expect(await h['llm/site/consent']({ url: URL_, allow: true }, {})).toEqual({ ok: true });
    expect(wiring.settings().allowedSites).toEqual(['127.0.0.1']);
    expect(await read()).toBeGreaterThan(0);

    // Revoked in settings (the site taken off the list): nothing leaves again.
    await deps.llm.saveSettings({ ...wiring.settings(), allowedSites: [] });
    expect(await read()).toBe(0);

    // "Not on this site" is remembered too, so the popup does not ask again.
    await h['llm/site/consent']({ url: URL_, allow: false }, {});
    expect(await h['llm/status']({ url: URL_ }, {})).toEqual({
      enabled: true,
      allowed: false,
      site: '127.0.0.1',
    });
    expect(await read()).toBe(0);
  });
});
