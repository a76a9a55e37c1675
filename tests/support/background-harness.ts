import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { BackgroundDeps } from '@/lib/background/deps';
import { RungDatabase } from '@/lib/db/schema';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

/** Background dependencies over a fresh in-memory IndexedDB, a controllable clock and counting ids. */
export function makeDeps(
  overrides: Partial<Settings> = {},
): BackgroundDeps & { clock: { now: number }; pending: Promise<unknown>[] } {
  const clock = { now: Date.UTC(2026, 10, 1, 9, 0, 0) };
  let n = 0;
  const db = new RungDatabase(`rung-test-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const settings: Settings = { ...DEFAULT_SETTINGS, ...overrides };
  const pending: Promise<unknown>[] = [];
  return {
    db,
    clock,
    pending,
    later: (task) => pending.push(task),
    now: () => clock.now,
    newId: () => `id-${++n}`,
    getSettings: async () => settings,
  };
}
