import { browser } from 'wxt/browser';
import { request } from '@/lib/messaging/client';
import type { Envelope, Replies, RequestOf, RequestType } from '@/lib/protocol';

/** Typed request to the background from any extension context. */
export function ask<K extends RequestType>(type: K, payload: RequestOf<K>): Promise<Replies[K]> {
  return request((message: Envelope) => browser.runtime.sendMessage(message), type, payload);
}
