import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { dispatch } from '@/lib/messaging/dispatch';
import { makeDeps } from '@/tests/support/background-harness';
import { readDemoPage, DEMO_URL as URL_ } from '@/tests/support/demo-page';
import { llmDepsFor } from '@/tests/support/llm-harness';

const OWN = { id: 'rung', origin: 'chrome-extension://rung/' };
const SETTINGS_PAGE = { id: 'rung', url: 'chrome-extension://rung/options.html' };

async function learner() {
  const deps = makeDeps();
  const h = createHandlers(deps);
  await h['page/read']({ url: URL_, result: readDemoPage(URL_) }, {});
  const view = await h['quiz/start']({ url: URL_ }, {});
  await h['quiz/answer'](
    { quizId: view.quizId, questionId: view.question!.id, answer: 'no idea', attemptId: 'attempt-1' },
    {},
  );
  return { deps, h };
}

describe('the data messages (the map and the settings page reach the database only through these)', () => {
  it('export → import into an empty profile gives the same data and mastery', async () => {
    const { deps, h } = await learner();
    const exported = await h['data/export']({}, {});
    expect(exported).toMatchObject({ exportedAt: deps.now(), attempts: 1 });
    expect(exported.concepts).toBe(await deps.db.concepts.count());

    const fresh = makeDeps();
    const summary = await createHandlers(fresh)['data/import']({ text: exported.json }, {});
    expect(summary.tables.attempts.added).toBe(1);
    expect(await fresh.db.attempts.toArray()).toEqual(await deps.db.attempts.toArray());
    expect(await fresh.db.mastery.toArray()).toEqual(await deps.db.mastery.toArray());
    expect(await createHandlers(fresh)['map/data']({}, {})).toEqual(await h['map/data']({}, {}));
  });

  it('the export carries the LLM provider but never its key', async () => {
    const deps = makeDeps();
    deps.llm = llmDepsFor('http://127.0.0.1:9/v1', { enabled: true, apiKey: 'sk-secret-123' }).llm;
    const { json } = await createHandlers(deps)['data/export']({}, {});
    expect(json).toContain('"llm"');
    expect(json).not.toContain('sk-secret-123');
  });

  it('a damaged import file is refused with a clear message and changes nothing', async () => {
    const { deps, h } = await learner();
    const before = await h['map/data']({}, {});
    await expect(h['data/import']({ text: '{"format": "something else"' }, {})).rejects.toThrow(/./);
    expect(await h['map/data']({}, {})).toEqual(before);
    expect(await deps.db.attempts.count()).toBe(1);
  });

  it('cards list every concept with its mastery; "Delete all data" empties every table', async () => {
    const { deps, h } = await learner();
    const cards = await h['data/cards']({}, {});
    expect(cards.concepts.length).toBe(await deps.db.concepts.count());
    expect(cards.mastery.length).toBe(1);
    const { deleted } = await h['data/delete']({}, {});
    expect(deleted.attempts).toBe(1);
    expect(await h['data/cards']({}, {})).toEqual({ concepts: [], mastery: [] });
  });

  it.each(['map/data', 'data/export', 'data/cards', 'data/delete'])(
    'a page’s content script may not send %s',
    async (type) => {
      const { deps, h } = await learner();
      const reply = await dispatch(h, { type, payload: {} }, { id: 'rung', tabId: 4, url: URL_ }, OWN);
      expect(reply).toEqual({ rungError: `Rejected: ${type} is not available to pages.` });
      expect(await deps.db.attempts.count()).toBe(1);
      // The settings page may.
      expect(await dispatch(h, { type, payload: {} }, SETTINGS_PAGE, OWN)).not.toHaveProperty('rungError');
    },
  );
});
