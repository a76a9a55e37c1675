import {
  type Envelope,
  type ErrorReply,
  type Replies,
  type RequestOf,
  type RequestType,
  requests,
} from '@/lib/protocol';

/** What the receiving side knows about who sent a message (a subset of runtime.MessageSender). */
export interface SenderInfo {
  /** Extension id of the sender; must be ours. */
  id?: string;
  /** Set when the sender is in a tab (a content script, or an extension page opened as a tab). */
  tabId?: number;
  /** URL of the sending frame (content script: the page; extension page: its own URL). */
  url?: string;
  /** The sending frame within its tab (0: the top frame). */
  frameId?: number;
}

export type Handlers = {
  [K in RequestType]: (payload: RequestOf<K>, sender: SenderInfo) => Promise<Replies[K]>;
};

/** Requests only a content script may send, and only about its own page. */
const FROM_CONTENT = new Set<RequestType>([
  'page/read',
  'page/document',
  'page/reading',
  'overlay/load',
  'site/status',
  'overlay/concepts',
  'overlay/open-quiz',
  'overlay/gloss',
]);

/**
 * Validates a message from any context and runs its handler. Never throws: a bad message gets an
 * ErrorReply with a clear reason, so a hostile page cannot crash the background.
 */
export interface OwnIdentity {
  id: string;
  /** The extension's origin with a trailing slash (runtime.getURL('')). */
  origin: string;
}

export async function dispatch(
  handlers: Handlers,
  message: unknown,
  sender: SenderInfo,
  own: OwnIdentity,
): Promise<Replies[RequestType] | ErrorReply> {
  if (sender.id !== own.id) return { rungError: 'Rejected: message from outside Rung.' };
  if (typeof message !== 'object' || message === null) return { rungError: 'Rejected: not a message.' };
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(requests, type)) {
    return { rungError: `Rejected: unknown message type.` };
  }
  const key = type as RequestType;
  const parsed = requests[key].safeParse(payload);
  if (!parsed.success) return { rungError: `Rejected: invalid ${key} payload.` };
  // Fails closed: a sender whose URL is unknown is treated as a page, never as an extension page
  // (browsers give extension pages a URL; an unknown sender gets only what a page may ask).
  const fromExtensionPage = sender.url?.startsWith(own.origin) === true;
  if (!fromExtensionPage) {
    // A content script lives inside an untrusted page: it may only ask about that page, and only
    // what the page's own script needs (never quiz or mastery operations).
    if (!FROM_CONTENT.has(key)) return { rungError: `Rejected: ${key} is not available to pages.` };
    const claimed = (parsed.data as { url: string }).url;
    if (sender.url === undefined || stripHash(sender.url) !== stripHash(claimed)) {
      return { rungError: 'Rejected: a page may only report itself.' };
    }
  }
  try {
    const handler = handlers[key] as (p: unknown, s: SenderInfo) => Promise<Replies[RequestType]>;
    return await handler(parsed.data, sender);
  } catch (error) {
    return { rungError: error instanceof Error ? error.message : String(error) };
  }
}

export function stripHash(u: string): string {
  const i = u.indexOf('#');
  return i === -1 ? u : u.slice(0, i);
}

export type { Envelope };
