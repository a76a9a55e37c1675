// Kept out of lib/protocol.ts (which re-exports it) so the popup can open the port without
// loading zod and the request schemas.

/**
 * The gap lesson streams over a `runtime.connect` port of this name (extension pages only): the
 * popup posts one request, the background posts text as it arrives, then `done`. Closing the
 * popup disconnects the port, which aborts the request to the model.
 */
export const GAP_LESSON_PORT = 'llm/gap-lesson';

export type GapLessonEvent =
  | { type: 'text'; delta: string }
  | { type: 'done'; text: string; source: 'llm' | 'cache' | 'offline'; message: string }
  | { type: 'error'; message: string };
