import { describe, expect, it } from 'vitest';
import { glossWord } from '@/lib/llm/gloss-word';
import { useOpenAiServer } from '@/tests/support/llm-harness';
import { testContext } from './llm-test-context';

const input = {
  word: 'madrugada',
  wordLanguage: 'es',
  learnerLanguage: 'en',
  passage: 'Salimos de casa de madrugada para evitar el calor.',
  pageUrl: 'https://es.wikipedia.org/wiki/Madrugada',
};

const server = useOpenAiServer();

describe('glossWord', () => {
  it('returns a gloss and an example in the right languages', async () => {
    server.setScript([
      {
        content: JSON.stringify({
          gloss: 'early morning, before dawn',
          example: 'Me levanté de madrugada.',
          exampleTranslation: 'I got up before dawn.',
        }),
      },
    ]);
    const { ctx } = testContext(server.url);
    const result = await glossWord(ctx, input);
    expect(result.value).toEqual({
      word: 'madrugada',
      gloss: 'early morning, before dawn',
      example: 'Me levanté de madrugada.',
      exampleTranslation: 'I got up before dawn.',
    });
    const system: string = server.chatRequests()[0]!.body.messages[0].content;
    expect(system).toContain('language "en"');
    expect(system).toContain('language "es"');
  });

  it('rejects an overlong gloss', async () => {
    server.setScript([
      { content: JSON.stringify({ gloss: 'x'.repeat(500), example: 'a', exampleTranslation: 'b' }) },
    ]);
    const { ctx } = testContext(server.url);
    const result = await glossWord(ctx, input);
    expect(result).toMatchObject({ status: 'invalid-output', value: { gloss: '', example: input.passage } });
  });

  it('offline, gives the page sentence as the example and no gloss', async () => {
    const { ctx } = testContext(server.url, { excludedSites: ['es.wikipedia.org'] });
    const result = await glossWord(ctx, input);
    expect(result).toMatchObject({
      status: 'excluded',
      value: { word: 'madrugada', gloss: '', example: input.passage },
    });
    expect(server.requests).toHaveLength(0);
  });
});
