/** The browser's windows, as the quiz window needs them (lib/ stays free of browser APIs). */
export interface QuizWindowApi {
  /** Opens a new window on `url`; its id. */
  create(url: string): Promise<number | undefined>;
  /** Points the window's tab at `url` and focuses it; false when the window is gone. */
  reuse(windowId: number, url: string): Promise<boolean>;
}

/** Remembers the window across service-worker restarts (storage.session). */
export interface WindowIdStore {
  get(): Promise<number | undefined>;
  set(id: number | undefined): Promise<void>;
}

/**
 * Opens the overlay's quiz in one window, reused and focused for every later request: a page that
 * manages to send many requests gets one window, not one per message. Requests are handled one at a
 * time so two quick clicks cannot both create a window.
 */
export function createQuizWindowOpener(
  api: QuizWindowApi,
  store: WindowIdStore,
): (url: string) => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  const open = async (url: string) => {
    const known = await store.get();
    if (known !== undefined && (await api.reuse(known, url).catch(() => false))) return;
    await store.set(await api.create(url));
  };
  return (url) => {
    const next = queue.then(() => open(url));
    queue = next.catch(() => undefined);
    return next;
  };
}
