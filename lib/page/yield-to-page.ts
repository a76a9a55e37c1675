/**
 * Gives the page's main thread back for a moment: scheduler.yield where there is one (Chrome 129+;
 * it keeps our place in the queue), else a macrotask (setTimeout 0).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield.call(scheduler);
  return new Promise((resolve) => setTimeout(resolve, 0));
}
