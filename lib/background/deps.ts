import type { RungDatabase } from '@/lib/db/schema';
import type { Settings } from '@/lib/settings';

/** What the background handlers need from their context; tests pass fakes for the clock and ids. */
export interface BackgroundDeps {
  db: RungDatabase;
  now: () => number;
  newId: () => string;
  getSettings: () => Promise<Settings>;
  /** Opens the quiz on one concept for the learner (a popup window or tab). */
  openQuiz?: (pageUrl: string, conceptKey: string, tabId?: number) => Promise<void>;
}
