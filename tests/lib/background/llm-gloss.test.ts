import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { glossAttribution } from '@/lib/background/llm-gloss';
import { DEFAULT_LLM_SETTINGS, type LlmSettings } from '@/lib/llm/llm-settings';
import { UNTRUSTED_NOTICE } from '@/lib/llm/untrusted-prompt';
import { makeDeps } from '@/tests/support/background-harness';
import { FRENCH_URL, readFrenchPage } from '@/tests/support/french-page';
import { llmDepsFor, useOpenAiServer } from '@/tests/support/llm-harness';
import { errorJson, TEST_MODEL, tagged } from '@/tests/support/openai-server';

const KEY = 'sk-gloss-secret-0987654321';
const server = useOpenAiServer({ apiKey: KEY });

/** A background that has read the French article, with the LLM on (or `overrides`). */
async function setup(overrides: Partial<LlmSettings> = { enabled: true }) {
  const deps = makeDeps();
  deps.llm = llmDepsFor(server.url, { apiKey: KEY, ...overrides }).llm;
  const h = createHandlers(deps);
  await h['page/read']({ url: FRENCH_URL, result: readFrenchPage() }, {});
  await Promise.all(deps.pending);
  server.requests.length = 0;
  const concepts = await deps.db.concepts.toArray();
  const vocab = concepts.find((c) => c.kind === 'vocab' && c.label === 'étals');
  if (!vocab) throw new Error('the French article has no vocabulary concept "étals"');
  return { deps, h, vocab };
}

describe("the overlay card's gloss ('overlay/gloss')", () => {
  it('asks the model through the openai client, sends only the sentence as data, and says who wrote it', async () => {
    const { h, vocab } = await setup();
    server.setScript([
      {
        content: JSON.stringify({
          gloss: 'market stalls',
          example: 'Les étals sont pleins.',
          exampleTranslation: 'The stalls are full.',
        }),
      },
    ]);
    const reply = await h['overlay/gloss']({ url: FRENCH_URL, conceptKey: vocab.key }, {});
    const host = new URL(server.url).host;
    expect(reply).toEqual({
      status: 'ok',
      gloss: 'market stalls',
      lang: 'en',
      from: `${TEST_MODEL} (${host})`,
      cached: false,
    });
    const [sent] = server.chatRequests();
    expect(sent?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(sent?.body.response_format.json_schema.name).toBe('rung_gloss');
    const [system, user] = sent!.body.messages as { content: string }[];
    expect(system!.content).toContain(UNTRUSTED_NOTICE);
    expect(system!.content).toContain('language "en"');
    expect(system!.content).toContain('language "fr"');
    expect(tagged(user!.content, 'concept')).toBe('étals');
    const passage = tagged(user!.content, 'passage');
    expect(passage).toMatch(/étals/);
    // The sentence where the word was met, not the page.
    expect(passage.length).toBeLessThan(600);
    expect(user!.content).not.toContain('Le fromager Julien Besson');
  });

  it('answers a second opening of the card from the cache, sending nothing', async () => {
    const { h, vocab } = await setup();
    const first = await h['overlay/gloss']({ url: FRENCH_URL, conceptKey: vocab.key }, {});
    expect(first).toMatchObject({ status: 'ok', gloss: 'meaning of étals', cached: false });
    const again = await h['overlay/gloss']({ url: FRENCH_URL, conceptKey: vocab.key }, {});
    expect(again).toMatchObject({ status: 'ok', gloss: 'meaning of étals', cached: true });
    expect(server.chatRequests()).toHaveLength(1);
  });

  it.each<[string, Partial<LlmSettings>]>([
    ['the LLM is off', { enabled: false }],
    ['the site is excluded', { enabled: true, excludedSites: ['127.0.0.1'] }],
  ])('sends nothing and says off when %s', async (_name, overrides) => {
    const { h, vocab } = await setup(overrides);
    expect(await h['overlay/gloss']({ url: FRENCH_URL, conceptKey: vocab.key }, {})).toEqual({
      status: 'off',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('says off for a concept that is not vocabulary or not on this page', async () => {
    const { deps, h, vocab } = await setup();
    await deps.db.concepts.put({ ...vocab, key: 'term:fr:quai', kind: 'term', label: 'quai' });
    for (const [url, conceptKey] of [
      [FRENCH_URL, 'term:fr:quai'],
      [FRENCH_URL, 'vocab:fr:nowhere'],
      ['http://127.0.0.1/fixtures/other.html', vocab.key],
    ] as const) {
      expect(await h['overlay/gloss']({ url, conceptKey }, {})).toEqual({ status: 'off' });
    }
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ['a reply of the wrong shape', { content: JSON.stringify({ gloss: 'x'.repeat(500) }) }, /expected shape/],
    ['a server error', errorJson(400, 'bad request'), /rejected the request \(400\)/],
  ])('gives a calm failure, with the attribution, on %s', async (_name, reply, message) => {
    const { h, vocab } = await setup();
    server.setScript([reply]);
    const got = await h['overlay/gloss']({ url: FRENCH_URL, conceptKey: vocab.key }, {});
    expect(got).toMatchObject({ status: 'failed', from: expect.stringContaining(TEST_MODEL) });
    expect(got.status === 'failed' && got.message).toMatch(message);
  });
});

describe("'site/status' for the overlay", () => {
  it.each<[string, 'light' | 'dark' | 'system', Partial<LlmSettings>, boolean]>([
    ['dark, LLM off', 'dark', { enabled: false }, false],
    ['light, LLM on', 'light', { enabled: true }, true],
    [
      'system, LLM on but the site excluded',
      'system',
      { enabled: true, excludedSites: ['127.0.0.1'] },
      false,
    ],
  ])('%s', async (_name, theme, llm, llmGloss) => {
    const deps = makeDeps({ theme });
    deps.llm = llmDepsFor(server.url, { apiKey: KEY, ...llm }).llm;
    const reply = await createHandlers(deps)['site/status']({ url: FRENCH_URL }, {});
    expect(reply).toEqual({ read: true, overlay: true, nativeLang: 'en', theme, llmGloss });
    // The theme and one switch: never a key, never the settings.
    expect(JSON.stringify(reply)).not.toContain(KEY);
  });
});

describe('glossAttribution', () => {
  it.each<[Partial<LlmSettings>, string]>([
    [{ model: 'gpt-4o-mini', baseURL: 'https://api.openai.com/v1' }, 'gpt-4o-mini (api.openai.com)'],
    [{ model: 'llama3.2', baseURL: 'http://localhost:11434/v1' }, 'llama3.2 (localhost:11434)'],
    [{ model: 'm', baseURL: 'not a url' }, 'm'],
    [{ provider: 'chrome-prompt-api' }, 'Chrome’s built-in model'],
  ])('%o → %s', (overrides, expected) => {
    expect(glossAttribution({ ...DEFAULT_LLM_SETTINGS, ...overrides })).toBe(expected);
  });
});
