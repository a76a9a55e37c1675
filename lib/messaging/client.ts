import { isErrorReply } from '@/lib/messaging/error-reply';
// Types only: the content script sends through this, and must not carry zod and the schemas.
import type {
  ContentEnvelope,
  ContentReplies,
  ContentRequestOf,
  ContentRequestType,
  Envelope,
  Replies,
  RequestOf,
  RequestType,
} from '@/lib/protocol';

export type Send = (message: Envelope) => Promise<unknown>;
export type SendToContent = (message: ContentEnvelope) => Promise<unknown>;

/** A request refused or failed on the other side; its message is for the learner. */
export class RungMessageError extends Error {}

/** Typed request to the background. `send` is runtime.sendMessage of whichever context calls. */
export async function request<K extends RequestType>(
  send: Send,
  type: K,
  payload: RequestOf<K>,
): Promise<Replies[K]> {
  return unwrap(await send({ type, payload } as Envelope), 'Rung’s background') as Replies[K];
}

/** Typed request to a tab's content script. `send` is tabs.sendMessage bound to the tab. */
export async function requestContent<K extends ContentRequestType>(
  send: SendToContent,
  type: K,
  payload: ContentRequestOf<K>,
): Promise<ContentReplies[K]> {
  return unwrap(await send({ type, payload } as ContentEnvelope), 'The page') as ContentReplies[K];
}

function unwrap(reply: unknown, who: string): unknown {
  if (isErrorReply(reply)) throw new RungMessageError(reply.rungError);
  if (reply === undefined) throw new RungMessageError(`${who} did not answer. Try again.`);
  return reply;
}
