import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { dispatch } from '@/lib/messaging/dispatch';
import { requests } from '@/lib/protocol';
import { makeDeps } from '../../support/background-harness';

const OWN_ID = 'rung-extension-id';
const OWN = { id: OWN_ID, origin: `chrome-extension://${OWN_ID}/` };
const POPUP = `chrome-extension://${OWN_ID}/popup.html`;
const PAGE = 'https://example.org/tutorial.html';

describe('dispatch', () => {
  const deps = makeDeps();
  const handlers = createHandlers(deps);

  it.each([
    ['another extension', { type: 'site/status', payload: { url: PAGE } }, { id: 'evil' }, /outside Rung/],
    ['no sender id', { type: 'site/status', payload: { url: PAGE } }, {}, /outside Rung/],
    ['a non-object', 'hello', { id: OWN_ID, url: POPUP }, /not a message/],
    [
      'an unknown type',
      { type: 'mastery/set', payload: {} },
      { id: OWN_ID, url: POPUP },
      /unknown message type/,
    ],
    [
      'a prototype key as type',
      { type: '__proto__', payload: {} },
      { id: OWN_ID, url: POPUP },
      /unknown message type/,
    ],
    [
      'a bad payload',
      { type: 'quiz/answer', payload: { quizId: 1 } },
      { id: OWN_ID, url: POPUP },
      /invalid quiz\/answer/,
    ],
    [
      'a page speaking for another page',
      { type: 'page/state', payload: { url: 'https://bank.example/' } },
      { id: OWN_ID, tabId: 3, url: PAGE },
      /not available to pages/,
    ],
    [
      'a sender with no URL and no tab asking for quiz state (fails closed)',
      { type: 'page/state', payload: { url: PAGE } },
      { id: OWN_ID },
      /not available to pages/,
    ],
    [
      'a sender with no URL and no tab reporting a page (fails closed)',
      { type: 'site/status', payload: { url: PAGE } },
      { id: OWN_ID },
      /may only report itself/,
    ],
    [
      'a page asking to answer a quiz',
      { type: 'quiz/answer', payload: { quizId: 'q', questionId: 'x', answer: 'a', attemptId: '12345678' } },
      { id: OWN_ID, tabId: 3, url: PAGE },
      /not available to pages/,
    ],
  ])('rejects %s with a clear error', async (_name, message, sender, pattern) => {
    const reply = await dispatch(handlers, message, sender, OWN);
    expect(reply).toEqual({ rungError: expect.stringMatching(pattern) });
  });

  it('rejects a content script that reports a page other than its own', async () => {
    const reply = await dispatch(
      handlers,
      { type: 'site/status', payload: { url: 'https://other.example/' } },
      { id: OWN_ID, tabId: 1, url: PAGE },
      OWN,
    );
    expect(reply).toEqual({ rungError: 'Rejected: a page may only report itself.' });
  });

  it('answers a valid request', async () => {
    const reply = await dispatch(
      handlers,
      { type: 'site/status', payload: { url: PAGE } },
      { id: OWN_ID, url: POPUP },
      OWN,
    );
    expect(reply).toEqual({ read: true, overlay: true, nativeLang: 'en', theme: 'system', llmGloss: false });
  });

  it.each([
    ['a valid gloss request', { url: PAGE, conceptKey: 'vocab:fr:étals' }, true],
    ['an empty concept key', { url: PAGE, conceptKey: '' }, false],
    ['an overlong concept key', { url: PAGE, conceptKey: 'x'.repeat(601) }, false],
    ['no url', { conceptKey: 'vocab:fr:étals' }, false],
    ['a number for a key', { url: PAGE, conceptKey: 7 }, false],
  ])('validates overlay/gloss: %s', (_name, payload, valid) => {
    expect(requests['overlay/gloss'].safeParse(payload).success).toBe(valid);
  });

  it('lets a content script ask for a gloss about its own page only', async () => {
    const payload = { url: PAGE, conceptKey: 'vocab:fr:étals' };
    const own = await dispatch(
      handlers,
      { type: 'overlay/gloss', payload },
      { id: OWN_ID, tabId: 3, url: PAGE },
      OWN,
    );
    // The concept is unknown to this empty database: 'off', and nothing was sent anywhere.
    expect(own).toEqual({ status: 'off' });
    const other = await dispatch(
      handlers,
      { type: 'overlay/gloss', payload: { ...payload, url: 'https://bank.example/' } },
      { id: OWN_ID, tabId: 3, url: PAGE },
      OWN,
    );
    expect(other).toEqual({ rungError: 'Rejected: a page may only report itself.' });
    const bad = await dispatch(
      handlers,
      { type: 'overlay/gloss', payload: { url: PAGE } },
      { id: OWN_ID, tabId: 3, url: PAGE },
      OWN,
    );
    expect(bad).toEqual({ rungError: 'Rejected: invalid overlay/gloss payload.' });
  });

  it('never throws and never crashes on arbitrary input to any handler (fuzz)', async () => {
    const types = Object.keys(requests);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...types), fc.string()),
        fc.oneof(fc.anything(), fc.record({ url: fc.webUrl(), quizId: fc.string(), answer: fc.string() })),
        async (type, payload) => {
          const reply = await dispatch(handlers, { type, payload }, { id: OWN_ID, url: POPUP }, OWN);
          expect(reply).toBeDefined();
        },
      ),
      { numRuns: 300 },
    );
  });
});
