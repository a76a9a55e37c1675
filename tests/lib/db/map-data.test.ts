import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { conceptCards } from '@/lib/db/concept-cards';
import { mapData } from '@/lib/db/map-data';
import { makeDeps } from '@/tests/support/background-harness';
import { readDemoPage, DEMO_URL as URL_ } from '@/tests/support/demo-page';

describe('mapData and conceptCards', () => {
  it('read what the background stored, and nothing on an empty database', async () => {
    const deps = makeDeps();
    expect(await mapData(deps.db)).toEqual({
      pages: [],
      concepts: [],
      occurrences: [],
      edges: [],
      mastery: [],
      gaps: [],
    });
    expect(await conceptCards(deps.db)).toEqual({ concepts: [], mastery: [] });
    await createHandlers(deps)['page/read']({ url: URL_, result: readDemoPage(URL_) }, {});
    const map = await mapData(deps.db);
    expect(map.pages.map((p) => p.url)).toEqual([URL_]);
    expect(map.concepts.length).toBe(map.pages[0]!.conceptKeys.length);
    expect(map.occurrences.length).toBe(map.concepts.length);
    expect(map.edges.length).toBeGreaterThan(0);
    expect((await conceptCards(deps.db)).concepts).toEqual(map.concepts);
  });
});
