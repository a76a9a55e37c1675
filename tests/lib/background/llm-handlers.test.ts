import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { KEY_DROPPED_MESSAGE, KEY_MASK } from '@/lib/background/llm-handlers';
import { dispatch } from '@/lib/messaging/dispatch';
import { makeDeps } from '@/tests/support/background-harness';
import { llmDepsFor, useOpenAiServer } from '@/tests/support/llm-harness';

const KEY = 'sk-test-secret-1234567890';
const server = useOpenAiServer({ apiKey: KEY });
// Another local server, as a Base URL typed over the first one would reach: it records every request.
const other = useOpenAiServer();

function setup() {
  const deps = makeDeps();
  const { llm, settings } = llmDepsFor(server.url, { apiKey: KEY });
  deps.llm = llm;
  return { deps, h: createHandlers(deps), stored: settings };
}

describe('the LLM settings messages', () => {
  it('never return the API key, and saving the mask keeps it', async () => {
    const { h, stored } = setup();
    const got = await h['llm/settings/get']({}, {});
    expect(got.hasKey).toBe(true);
    expect(got.settings.apiKey).toBe(KEY_MASK);
    expect(JSON.stringify(got)).not.toContain(KEY);
    await h['llm/settings/save']({ settings: { ...got.settings, enabled: true, model: 'other' } }, {});
    expect(stored()).toMatchObject({ apiKey: KEY, enabled: true, model: 'other' });
    await h['llm/settings/save']({ settings: { ...got.settings, apiKey: '' } }, {});
    expect(stored().apiKey).toBe('');
    expect((await h['llm/settings/get']({}, {})).hasKey).toBe(false);
  });

  it('tests the connection with the stored key behind the mask, and reports a wrong key', async () => {
    const { h } = setup();
    const masked = (await h['llm/settings/get']({}, {})).settings;
    expect((await h['llm/test']({ settings: masked }, {})).status).toBe('ok');
    expect((await h['llm/test']({ settings: { ...masked, apiKey: 'sk-wrong' } }, {})).status).toBe(
      'unauthorized',
    );
  });

  it('says whether the LLM may see a page, and reports an empty budget and log', async () => {
    const { h } = setup();
    const url = 'https://docs.example.org/a';
    expect(await h['llm/status']({ url }, {})).toEqual({
      enabled: false,
      allowed: false,
      site: 'docs.example.org',
    });
    const masked = (await h['llm/settings/get']({}, {})).settings;
    await h['llm/settings/save'](
      {
        settings: { ...masked, enabled: true, excludedSites: ['example.org'], allowedSites: ['other.test'] },
      },
      {},
    );
    expect(await h['llm/status']({ url }, {})).toEqual({
      enabled: true,
      allowed: false,
      site: 'docs.example.org',
    });
    expect(await h['llm/status']({ url: 'https://other.test/' }, {})).toEqual({
      enabled: true,
      allowed: true,
      site: 'other.test',
    });
    expect(await h['llm/status']({ url: 'https://new.test/' }, {})).toEqual({
      enabled: true,
      allowed: false,
      site: 'new.test',
      undecided: true,
    });
    expect((await h['llm/budget']({}, {})).requests).toBe(0);
    expect((await h['llm/log/list']({}, {})).entries).toEqual([]);
    expect(await h['llm/log/clear']({}, {})).toEqual({ ok: true });
  });

  it.each([
    'llm/settings/get',
    'llm/settings/save',
    'llm/test',
    'llm/log/list',
    'llm/log/clear',
    'llm/budget',
    'llm/status',
    'llm/site/consent',
  ])('refuses %s from a content script', async (type) => {
    const { h } = setup();
    const url = 'https://page.test/';
    const payload =
      type.endsWith('save') || type === 'llm/test'
        ? { settings: {} }
        : type === 'llm/status'
          ? { url }
          : type === 'llm/site/consent'
            ? { url, allow: true }
            : {};
    const own = { id: 'rung', origin: 'chrome-extension://rung/' };
    const reply = await dispatch(h, { type, payload }, { id: 'rung', tabId: 3, url }, own);
    expect(reply).toEqual({ rungError: `Rejected: ${type} is not available to pages.` });
    const fromPage = await dispatch(
      h,
      { type, payload },
      { id: 'rung', url: 'chrome-extension://rung/options.html' },
      own,
    );
    expect(JSON.stringify(fromPage)).not.toContain(KEY);
  });

  it('sends the key to no other server: a new origin behind the mask gets no key, in the test and when saved', async () => {
    const { h, stored } = setup();
    const masked = (await h['llm/settings/get']({}, {})).settings;
    const moved = { ...masked, baseURL: other.url };
    const verdict = await h['llm/test']({ settings: moved }, {});
    expect(other.requests.length).toBeGreaterThan(0);
    for (const r of other.requests) expect(JSON.stringify(r.headers)).not.toContain(KEY);
    expect(verdict.message).toContain(KEY_DROPPED_MESSAGE);

    const saved = await h['llm/settings/save']({ settings: moved }, {});
    expect(saved).toEqual({ ok: true, hasKey: false, message: KEY_DROPPED_MESSAGE });
    expect(stored()).toMatchObject({ baseURL: other.url, apiKey: '' });
    // Back on the first server the key has to be typed again: the mask no longer stands for it.
    await h['llm/settings/save']({ settings: { ...moved, baseURL: server.url } }, {});
    expect(stored().apiKey).toBe('');
  });

  it('keeps the key for another path on the same origin, and for a newly typed key on a new origin', async () => {
    const { h, stored } = setup();
    const masked = (await h['llm/settings/get']({}, {})).settings;
    await h['llm/settings/save']({ settings: { ...masked, baseURL: `${server.url}/` } }, {});
    expect(stored().apiKey).toBe(KEY);
    await h['llm/settings/save'](
      { settings: { ...masked, baseURL: other.url, apiKey: 'sk-typed-for-other' } },
      {},
    );
    expect(stored()).toMatchObject({ baseURL: other.url, apiKey: 'sk-typed-for-other' });
  });

  it.each([
    ['javascript:alert(1)', /not javascript:/],
    ['data:text/plain,x', /not data:/],
    ['ftp://files.example/v1', /not ftp:/],
    ['http://llm.example.com/v1', /https:\/\/ for a server on another computer/],
    ['http://192.168.1.20:11434/v1', /https:\/\/ for a server on another computer/],
    ['https://user:pw@api.example.com/v1', /user name or password/],
    ['not a url', /not a web address/],
  ])('refuses the Base URL %s with a clear message, and keeps what was saved', async (baseURL, message) => {
    const { h, stored } = setup();
    const before = stored();
    const masked = (await h['llm/settings/get']({}, {})).settings;
    await expect(h['llm/settings/save']({ settings: { ...masked, baseURL } }, {})).rejects.toThrow(message);
    expect(stored()).toEqual(before);
    const verdict = await h['llm/test']({ settings: { ...masked, baseURL } }, {});
    expect(verdict).toMatchObject({ status: 'invalid-settings', message: expect.stringMatching(message) });
  });

  it.each([
    'https://api.openai.com/v1',
    'http://localhost:11434/v1',
    'http://127.0.0.1:1234/v1',
    'http://[::1]:8080/v1',
  ])('accepts the Base URL %s', async (baseURL) => {
    const { h, stored } = setup();
    const masked = (await h['llm/settings/get']({}, {})).settings;
    expect((await h['llm/settings/save']({ settings: { ...masked, baseURL } }, {})).ok).toBe(true);
    expect(stored().baseURL).toBe(baseURL);
  });
});
