import {
  type ContentReplies,
  type ContentRequestOf,
  type ContentRequestType,
  contentRequests,
} from '@/lib/messaging/content-protocol';
import type { ErrorReply } from '@/lib/messaging/error-reply';

export type ContentHandlers = {
  [K in ContentRequestType]: (payload: ContentRequestOf<K>) => Promise<ContentReplies[K]>;
};

/**
 * The content script's side of the protocol: validates a message from the background or the popup
 * against `contentRequests` and runs its handler. Never throws; a bad message gets an ErrorReply,
 * the same shape the background uses.
 */
export async function dispatchToContent(
  handlers: ContentHandlers,
  message: unknown,
  senderId: string | undefined,
  ownId: string,
): Promise<ContentReplies[ContentRequestType] | ErrorReply> {
  if (senderId !== ownId) return { rungError: 'Rejected: message from outside Rung.' };
  if (typeof message !== 'object' || message === null) return { rungError: 'Rejected: not a message.' };
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(contentRequests, type)) {
    return { rungError: 'Rejected: unknown message type.' };
  }
  const key = type as ContentRequestType;
  if (!contentRequests[key](payload)) return { rungError: `Rejected: invalid ${key} payload.` };
  try {
    const handler = handlers[key] as (p: unknown) => Promise<ContentReplies[ContentRequestType]>;
    return await handler(payload);
  } catch (error) {
    return { rungError: error instanceof Error ? error.message : String(error) };
  }
}
