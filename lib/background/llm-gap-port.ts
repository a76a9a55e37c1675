import { type GapLessonEvent, gapLessonPortRequest } from '@/lib/protocol';
import type { BackgroundDeps } from './deps';
import { explainGap } from './llm-gap-lesson';

/** The part of a runtime.Port the lesson stream uses (a fake in tests). */
export interface LessonPort {
  postMessage(event: GapLessonEvent): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

/**
 * Serves one gap lesson on a port the popup opened: validates the one request (the sender may be
 * anything), streams the text, then says `done`. The popup closing disconnects the port, which
 * aborts the model's request; nothing more is posted after that.
 */
export function serveGapLesson(deps: BackgroundDeps, port: LessonPort, fromExtensionPage: boolean): void {
  const controller = new AbortController();
  let closed = false;
  port.onDisconnect.addListener(() => {
    closed = true;
    controller.abort();
  });
  const post = (event: GapLessonEvent) => {
    if (!closed) port.postMessage(event);
  };
  let started = false;
  port.onMessage.addListener((message) => {
    if (started) return;
    started = true;
    const parsed = gapLessonPortRequest.safeParse(message);
    if (!fromExtensionPage || !parsed.success) {
      post({ type: 'error', message: 'Rejected: invalid gap lesson request.' });
      port.disconnect();
      return;
    }
    explainGap(deps, parsed.data, (delta) => post({ type: 'text', delta }), controller.signal)
      .then((result) =>
        post({ type: 'done', text: result.value, source: result.source, message: result.message }),
      )
      .catch((error: unknown) =>
        post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
  });
}
