/**
 * Background or popup → content script. The content script checks these on arrival too: only our
 * own extension can reach it through runtime messaging, but a bug must not become a crash.
 *
 * The checks are small type guards, not zod schemas: this module is bundled into the content
 * script that runs on every page, which must stay a few KiB (issue 16). The background's side of
 * the protocol (lib/protocol.ts) re-exports these declarations.
 */

/** The longest passage "Show where" asks the page to find (the same cap as the background's). */
const MAX_PASSAGE = 20_000;

const isRecord = (p: unknown): p is Record<string, unknown> =>
  typeof p === 'object' && p !== null && !Array.isArray(p);

export const contentRequests = {
  /** Popup → content script: scroll to and mark a passage of the page ("Show where"). */
  'passage/highlight': (p: unknown): p is { text: string } =>
    isRecord(p) && typeof p.text === 'string' && p.text.length > 0 && p.text.length <= MAX_PASSAGE,
  /** Background → content script: re-read the site's status (the overlay was switched on or off). */
  'overlay/refresh': (p: unknown): p is Record<string, never> => isRecord(p),
} as const;

export type ContentRequestType = keyof typeof contentRequests;
type Guarded<G> = G extends (p: unknown) => p is infer T ? T : never;
export type ContentRequestOf<K extends ContentRequestType> = Guarded<(typeof contentRequests)[K]>;

export interface ContentReplies {
  'passage/highlight': { found: boolean };
  'overlay/refresh': { on: boolean };
}

export type ContentEnvelope<K extends ContentRequestType = ContentRequestType> = {
  type: K;
  payload: ContentRequestOf<K>;
};
