import { describe, expect, it } from 'vitest';
import { testConnection } from '@/lib/llm/test-connection';
import { useOpenAiServer } from '@/tests/support/llm-harness';
import { closedPortUrl, errorJson, startOpenAiServer, TEST_MODEL } from '@/tests/support/openai-server';
import { testSettings } from './llm-test-context';

const server = useOpenAiServer();
const keyed = useOpenAiServer({ apiKey: 'sk-right', models: [TEST_MODEL, 'llama3.2'] });

describe('testConnection verdicts', () => {
  it('OK with structured output, and sends no page text', async () => {
    const v = await testConnection(testSettings(server.url));
    expect(v).toMatchObject({ status: 'ok', jsonMode: 'json_schema', models: [TEST_MODEL] });
    expect(v.message).toMatch(/Connected/);
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /v1/models',
      'POST /v1/chat/completions',
    ]);
  });

  it('unreachable when nothing listens', async () => {
    const v = await testConnection(testSettings(await closedPortUrl()));
    expect(v.status).toBe('unreachable');
    expect(v.message).toMatch(/Could not reach/);
  });

  it('401 for a bad key', async () => {
    const v = await testConnection(testSettings(keyed.url, { apiKey: 'sk-wrong' }));
    expect(v.status).toBe('unauthorized');
    expect(v.message).toMatch(/401/);
    expect((await testConnection(testSettings(keyed.url, { apiKey: 'sk-right' }))).status).toBe('ok');
  });

  it('model missing from /models, listing what the server has', async () => {
    const v = await testConnection(testSettings(keyed.url, { apiKey: 'sk-right', model: 'llama3' }));
    expect(v.status).toBe('model-missing');
    expect(v.message).toContain('"llama3"');
    expect(v.message).toContain('llama3.2');
  });

  it('model missing (404) on a server without /models', async () => {
    server.setScript(() => errorJson(404, 'model not found', 'model_not_found'));
    const noModels = await startOpenAiServer(() => errorJson(404, 'model not found'), { models: [] });
    try {
      const v = await testConnection(testSettings(noModels.url, { model: 'ghost' }));
      expect(v.status).toBe('model-missing');
    } finally {
      await noModels.close();
    }
  });

  it('JSON mode only: OK, and says so', async () => {
    server.setScript((req) =>
      req.body.response_format.type === 'json_schema'
        ? errorJson(400, 'response_format json_schema is not supported')
        : { content: '{"ok": true}' },
    );
    const v = await testConnection(testSettings(server.url));
    expect(v).toMatchObject({ status: 'ok', jsonMode: 'json_object' });
  });

  it('no JSON support at all', async () => {
    server.setScript((req) =>
      req.body.response_format.type === 'json_schema'
        ? errorJson(400, 'Unknown parameter: response_format')
        : { content: 'OK! I am ready to help.' },
    );
    const v = await testConnection(testSettings(server.url));
    expect(v.status).toBe('no-json');
    expect(v.message).toMatch(/does not reply with JSON/);
  });

  it('refuses a malformed Base URL without sending anything', async () => {
    expect((await testConnection(testSettings('localhost:11434'))).status).toBe('invalid-settings');
    expect((await testConnection(testSettings(server.url, { model: '' }))).status).toBe('invalid-settings');
  });

  it('the built-in model needs an adapter', async () => {
    const s = testSettings(server.url, { provider: 'chrome-prompt-api' });
    expect((await testConnection(s)).status).toBe('unsupported');
    expect((await testConnection(s, { promptApi: { prompt: async () => '{}' } })).status).toBe('ok');
  });
});
