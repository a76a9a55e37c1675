import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { type LessonPort, serveGapLesson } from '@/lib/background/llm-gap-port';
import type { GapLessonEvent } from '@/lib/protocol';
import { makeDeps } from '@/tests/support/background-harness';
import { readDemoPage, DEMO_URL as URL_ } from '@/tests/support/demo-page';
import { llmDepsFor, useOpenAiServer } from '@/tests/support/llm-harness';

const server = useOpenAiServer();

/** A page read and one wrong answer, so there is a gap to explain. */
async function withGap(enabled: boolean) {
  const deps = makeDeps();
  deps.llm = llmDepsFor(server.url, { enabled }).llm;
  const h = createHandlers(deps);
  await h['page/read']({ url: URL_, result: readDemoPage(URL_) }, {});
  server.requests.length = 0;
  const view = await h['quiz/start']({ url: URL_ }, {});
  const q = view.question!;
  await h['quiz/answer'](
    { quizId: view.quizId, questionId: q.id, answer: 'no idea at all', attemptId: 'attempt-gap1' },
    {},
  );
  server.requests.length = 0;
  return { deps, conceptKey: q.conceptKey };
}

function fakePort() {
  const events: GapLessonEvent[] = [];
  let onMessage: (m: unknown) => void = () => undefined;
  let onDisconnect: () => void = () => undefined;
  let finished: () => void = () => undefined;
  const done = new Promise<void>((r) => {
    finished = r;
  });
  const port: LessonPort = {
    postMessage: (e) => {
      events.push(e);
      if (e.type !== 'text') finished();
    },
    onMessage: {
      addListener: (l) => {
        onMessage = l;
      },
    },
    onDisconnect: {
      addListener: (l) => {
        onDisconnect = l;
      },
    },
    disconnect: () => finished(),
  };
  return { port, events, done, send: (m: unknown) => onMessage(m), close: () => onDisconnect() };
}

describe('the gap lesson port', () => {
  it('streams the lesson from the model, then sends it whole', async () => {
    const { deps, conceptKey } = await withGap(true);
    const p = fakePort();
    serveGapLesson(deps, p.port, true);
    p.send({ url: URL_, conceptKey });
    await p.done;
    const texts = p.events.filter((e) => e.type === 'text').map((e) => e.delta);
    const last = p.events.at(-1)!;
    expect(texts.length).toBeGreaterThan(1);
    expect(last).toMatchObject({ type: 'done', source: 'llm', text: texts.join('') });
    const sent = server.chatRequests();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body.stream).toBe(true);
    // The learner's wrong answer is what the lesson is aimed at.
    expect(sent[0]!.raw).toContain('no idea at all');
  });

  it('gives the offline lesson and sends nothing when the LLM is off', async () => {
    const { deps, conceptKey } = await withGap(false);
    const p = fakePort();
    serveGapLesson(deps, p.port, true);
    p.send({ url: URL_, conceptKey });
    await p.done;
    expect(p.events).toHaveLength(1);
    expect(p.events[0]).toMatchObject({ type: 'done', source: 'offline' });
    expect((p.events[0] as { text: string }).text).toMatch(/no idea at all/);
    expect(server.requests).toHaveLength(0);
  });

  it('aborts the request when the popup closes mid-stream, and posts nothing after', async () => {
    server.setScript(() => ({ stream: ['One. ', 'Two. ', 'Three. ', 'Four. ', 'Five.'], delayMs: 150 }));
    const { deps, conceptKey } = await withGap(true);
    const p = fakePort();
    serveGapLesson(deps, p.port, true);
    p.send({ url: URL_, conceptKey });
    const deadline = Date.now() + 5000;
    while (!p.events.some((e) => e.type === 'text' && e.delta.trim()) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const seen = p.events.length;
    p.close();
    await new Promise((r) => setTimeout(r, 500));
    expect(p.events).toHaveLength(seen);
    expect(server.chatRequests()[0]!.aborted).toBe(true);
  });

  it.each([
    ['a content script', { url: URL_, conceptKey: 'x' }, false],
    ['a malformed request', { url: 42 }, true],
  ])('rejects %s', async (_name, request, fromExtensionPage) => {
    const deps = makeDeps();
    const p = fakePort();
    serveGapLesson(deps, p.port, fromExtensionPage);
    p.send(request);
    await p.done;
    expect(p.events).toEqual([{ type: 'error', message: 'Rejected: invalid gap lesson request.' }]);
  });
});
