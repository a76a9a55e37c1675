import { browser } from 'wxt/browser';
import { request, requestContent } from '@/lib/messaging/client';
import type {
  ContentReplies,
  ContentRequestOf,
  ContentRequestType,
  Envelope,
  Replies,
  RequestOf,
  RequestType,
} from '@/lib/protocol';

/** Typed request to the background from any extension context. */
export function ask<K extends RequestType>(type: K, payload: RequestOf<K>): Promise<Replies[K]> {
  return request((message: Envelope) => browser.runtime.sendMessage(message), type, payload);
}

/** Typed request to the content script of one tab (from the background or the popup). */
export function askTab<K extends ContentRequestType>(
  tabId: number,
  type: K,
  payload: ContentRequestOf<K>,
): Promise<ContentReplies[K]> {
  return requestContent((message) => browser.tabs.sendMessage(tabId, message), type, payload);
}
