import { describe, expect, it } from 'vitest';
import { RungMessageError, requestContent } from '@/lib/messaging/client';
import { type ContentHandlers, dispatchToContent } from '@/lib/messaging/dispatch-content';

const OWN = 'rung-extension-id';

function recorder() {
  const calls: unknown[] = [];
  const handlers: ContentHandlers = {
    'passage/highlight': async ({ text }) => {
      calls.push(text);
      return { found: text === 'here' };
    },
    'overlay/refresh': async () => ({ on: true }),
  };
  return { calls, handlers };
}

describe('dispatchToContent', () => {
  it.each([
    ['another extension', { type: 'overlay/refresh', payload: {} }, 'evil', /outside Rung/],
    ['a non-object', 'hello', OWN, /not a message/],
    ['an unknown type', { type: 'page/read', payload: {} }, OWN, /unknown message type/],
    ['a prototype key as type', { type: 'toString', payload: {} }, OWN, /unknown message type/],
    ['an empty passage', { type: 'passage/highlight', payload: { text: '' } }, OWN, /invalid passage/],
    [
      'a passage too long',
      { type: 'passage/highlight', payload: { text: 'x'.repeat(20_001) } },
      OWN,
      /invalid/,
    ],
    ['a passage that is not text', { type: 'passage/highlight', payload: { text: 42 } }, OWN, /invalid/],
  ])('rejects %s before any handler runs', async (_name, message, sender, pattern) => {
    const { calls, handlers } = recorder();
    expect(await dispatchToContent(handlers, message, sender, OWN)).toEqual({
      rungError: expect.stringMatching(pattern),
    });
    expect(calls).toEqual([]);
  });

  it('runs the handler of a valid message and returns its typed reply', async () => {
    const { calls, handlers } = recorder();
    const message = { type: 'passage/highlight', payload: { text: 'here' } };
    expect(await dispatchToContent(handlers, message, OWN, OWN)).toEqual({ found: true });
    expect(calls).toEqual(['here']);
  });

  it('turns a handler that throws into the one error shape', async () => {
    const { handlers } = recorder();
    handlers['overlay/refresh'] = async () => {
      throw new Error('the overlay could not mount');
    };
    const reply = await dispatchToContent(handlers, { type: 'overlay/refresh', payload: {} }, OWN, OWN);
    expect(reply).toEqual({ rungError: 'the overlay could not mount' });
  });

  it('round-trips through requestContent, which throws the error the other side gave', async () => {
    const { handlers } = recorder();
    const send = (message: unknown) => dispatchToContent(handlers, message, OWN, OWN);
    expect(await requestContent(send, 'passage/highlight', { text: 'elsewhere' })).toEqual({ found: false });
    // A sender that bypasses the types still meets the validator on arrival.
    const bad = requestContent(send, 'passage/highlight', { text: '' });
    await expect(bad).rejects.toThrow(RungMessageError);
    await expect(bad).rejects.toThrow(/invalid passage\/highlight/);
    await expect(requestContent(async () => undefined, 'overlay/refresh', {})).rejects.toThrow(
      /did not answer/,
    );
  });
});
