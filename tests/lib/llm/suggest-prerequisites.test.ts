import { describe, expect, it } from 'vitest';
import { LLM_EDGE_CONFIDENCE, suggestPrerequisites } from '@/lib/llm/suggest-prerequisites';
import { useOpenAiServer } from '@/tests/support/llm-harness';
import { testContext } from './llm-test-context';

const concept = { key: 'term:en:closure', label: 'closure' };
const candidates = [
  { key: 'term:en:function', label: 'function' },
  { key: 'term:en:lexical scope', label: 'lexical scope' },
  { key: 'term:en:closure', label: 'closure' },
];
const base = {
  concept,
  candidates,
  passage: 'A closure is a function with its lexical scope.',
  pageUrl: 'https://example.org/closures',
};

const server = useOpenAiServer();

describe('suggestPrerequisites', () => {
  it('maps known labels to candidate edges at a lower confidence and drops invented or self labels', async () => {
    server.setScript([
      {
        content: JSON.stringify({
          prerequisites: [
            { label: 'Lexical Scope', reason: 'Closures capture it.' },
            { label: 'monads', reason: 'Invented.' },
            { label: 'closure', reason: 'Itself.' },
            { label: 'function', reason: 'A closure is a function.' },
            { label: 'lexical scope', reason: 'Duplicate.' },
          ],
        }),
      },
    ]);
    const { ctx } = testContext(server.url);
    const result = await suggestPrerequisites(ctx, base);
    expect(result.status).toBe('ok');
    expect(result.value.map((e) => [e.from, e.to])).toEqual([
      ['term:en:lexical scope', 'term:en:closure'],
      ['term:en:function', 'term:en:closure'],
    ]);
    expect(result.value.every((e) => e.confidence === LLM_EDGE_CONFIDENCE && LLM_EDGE_CONFIDENCE < 0.5)).toBe(
      true,
    );
    expect(result.value[0]!.evidence[0]).toEqual({
      source: 'llm',
      detail: 'Closures capture it.',
      pageUrl: base.pageUrl,
    });
  });

  it('offline, suggests nothing; with no candidates, sends nothing', async () => {
    const off = testContext(server.url, { enabled: false });
    expect((await suggestPrerequisites(off.ctx, base)).value).toEqual([]);
    const on = testContext(server.url);
    expect((await suggestPrerequisites(on.ctx, { ...base, candidates: [concept] })).value).toEqual([]);
    expect(server.requests).toHaveLength(0);
  });
});
