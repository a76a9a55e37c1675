import { stripHash } from '@/lib/messaging/dispatch';
import type { ReadProgress } from '@/lib/protocol';

/**
 * A page announced by its content script must send its document within this long, else the read
 * is taken as abandoned (the tab navigated, or the content script was unloaded): the popup must not
 * say "Reading this page…" for ever about a read that will never come.
 */
export const ANNOUNCED_MS = 30_000;
/** A parse that has not settled after this long is no longer reported as running. */
export const PARSING_MS = 180_000;

type Entry =
  | { state: 'announced' | 'parsing'; since: number }
  | { state: 'failed'; reason: string; since: number };

/**
 * What the background knows about reads in progress: a page whose content script said it is
 * serialising the document, or whose document is being parsed and stored, or whose read failed
 * (and why). In memory only: a restarted background has no read running either.
 */
export class ReadTracker {
  private readonly entries = new Map<string, Entry>();
  private readonly waiters = new Map<string, Set<() => void>>();
  private readonly versions = new Map<string, number>();

  /** The content script will send the document (it is waiting for the page to go idle). */
  announce(url: string, now: number): void {
    const key = stripHash(url);
    const entry = this.entries.get(key);
    // A read already parsing is further along than a second announcement (a reload races it).
    if (entry?.state === 'parsing' && now - entry.since < PARSING_MS) return;
    this.set(key, { state: 'announced', since: now });
  }

  /** The document arrived and is being parsed, extracted and stored. */
  parsing(url: string, now: number): void {
    this.set(stripHash(url), { state: 'parsing', since: now });
  }

  /** Stored: nothing to report any more (the page itself is now known). */
  stored(url: string): void {
    this.set(stripHash(url), undefined);
  }

  failed(url: string, reason: string, now: number): void {
    this.set(stripHash(url), { state: 'failed', reason, since: now });
  }

  /** What the popup shows about a page Rung has not stored: undefined when no read is known. */
  progress(url: string, now: number): ReadProgress | undefined {
    const entry = this.entries.get(stripHash(url));
    if (!entry) return undefined;
    if (entry.state === 'failed') return { status: 'failed', reason: entry.reason };
    const limit = entry.state === 'announced' ? ANNOUNCED_MS : PARSING_MS;
    return now - entry.since < limit ? { status: 'reading' } : undefined;
  }

  /** Counts the changes of a page's read: a waiter compares it with what it saw before it looked. */
  version(url: string): number {
    return this.versions.get(stripHash(url)) ?? 0;
  }

  /**
   * Resolves once this page's read changed since `seen` (announced, parsing, stored, failed) or
   * after `timeoutMs`: the popup's request waits on it instead of polling. Taking the version first
   * means a change that lands while the caller reads the database is not missed.
   */
  changeSince(url: string, seen: number, timeoutMs: number): Promise<void> {
    const key = stripHash(url);
    if (this.version(key) !== seen) return Promise.resolve();
    return new Promise((resolve) => {
      const set = this.waiters.get(key) ?? new Set();
      const done = () => {
        clearTimeout(timer);
        set.delete(done);
        if (set.size === 0) this.waiters.delete(key);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      set.add(done);
      this.waiters.set(key, set);
    });
  }

  private set(key: string, entry: Entry | undefined): void {
    if (entry) this.entries.set(key, entry);
    else this.entries.delete(key);
    this.versions.set(key, this.version(key) + 1);
    for (const wake of [...(this.waiters.get(key) ?? [])]) wake();
  }
}
