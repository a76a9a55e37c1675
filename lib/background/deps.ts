import type { RungDatabase } from '@/lib/db/schema';
import type { OverlayStrings } from '@/lib/protocol';
import type { Settings } from '@/lib/settings';
import type { LlmDeps } from './llm-deps';

/** What the background handlers need from their context; tests pass fakes for the clock and ids. */
export interface BackgroundDeps {
  db: RungDatabase;
  now: () => number;
  newId: () => string;
  getSettings: () => Promise<Settings>;
  /** Runs work the reply does not wait for (tests collect it to await it). Default: fire and forget. */
  later?: (task: Promise<unknown>) => void;
  /** The browser's UI language, for text the background writes (the Advance reason). */
  uiLang?: string;
  /** Opens the quiz on one concept for the learner (a popup window or tab). */
  openQuiz?: (pageUrl: string, conceptKey: string, tabId?: number) => Promise<void>;
  /**
   * Parses a page's serialised document and extracts its concepts, away from the page's main
   * thread (Chrome: the offscreen document; Firefox: the background page itself). The result is
   * validated before it is stored.
   */
  extractHtml?: (html: string, opts: { url: string; nativeLang: string }) => Promise<unknown>;
  /** The overlay's words in the UI language (sent with its concepts, see OverlayStrings). */
  overlayStrings?: () => OverlayStrings;
  /**
   * Runs the overlay's code in one frame of a tab (loaded only when the overlay is shown): its
   * badge and underlines ('base'), or its panel and cards ('ui', when the learner opens one).
   */
  loadOverlay?: (tabId: number, frameId: number, part: 'base' | 'ui') => Promise<void>;
  /** The optional LLM tutor; without it (or with it switched off) everything is offline. */
  llm?: LlmDeps;
}
