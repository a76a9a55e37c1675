import { isErrorReply } from '@/lib/messaging/error-reply';
// Types only: the content script sends through this, and must not carry zod and the schemas.
import type { Envelope, Replies, RequestOf, RequestType } from '@/lib/protocol';

export type Send = (message: Envelope) => Promise<unknown>;

export class RungMessageError extends Error {}

/** Typed request to the background. `send` is runtime.sendMessage of whichever context calls. */
export async function request<K extends RequestType>(
  send: Send,
  type: K,
  payload: RequestOf<K>,
): Promise<Replies[K]> {
  const reply = await send({ type, payload } as Envelope);
  if (isErrorReply(reply)) throw new RungMessageError(reply.rungError);
  if (reply === undefined) throw new RungMessageError('Rung’s background did not answer. Try again.');
  return reply as Replies[K];
}
