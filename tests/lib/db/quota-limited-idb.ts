import { IDBFactory } from 'fake-indexeddb';

/**
 * fake-indexeddb has no storage quota, so this simulates the browser's behaviour when the disk is
 * full: once `budget.writes` add/put calls have been made, every further write fails the way
 * Chrome and Firefox report it — the request gets an error event with a DOMException named
 * QuotaExceededError, and the transaction aborts with that error (and rolls back).
 *
 * It reaches into fake-indexeddb's `_execRequestAsync` (the spec's "asynchronously execute a
 * request") so the failure arrives asynchronously like a real one; a synchronous throw from put()
 * would be a different, non-spec error path.
 */
export interface QuotaBudget {
  /** Writes still allowed; Infinity = no limit. */
  writes: number;
  /** Writes refused so far. */
  refused: number;
}

interface FakeTransaction {
  _execRequestAsync(request: { operation: () => unknown; source: unknown }): unknown;
}
interface PatchableStore {
  put: (...args: unknown[]) => unknown;
  add: (...args: unknown[]) => unknown;
  transaction: FakeTransaction;
}

function patchStore(store: PatchableStore, budget: QuotaBudget): void {
  for (const method of ['put', 'add'] as const) {
    const original = store[method].bind(store);
    store[method] = (...args: unknown[]) => {
      if (budget.writes > 0) {
        budget.writes--;
        return original(...args);
      }
      budget.refused++;
      return store.transaction._execRequestAsync({
        source: store,
        operation: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
      });
    };
  }
}

function patchConnection(db: IDBDatabase, budget: QuotaBudget): void {
  const transaction = db.transaction.bind(db);
  db.transaction = ((...args: Parameters<IDBDatabase['transaction']>) => {
    const tx = transaction(...args);
    const objectStore = tx.objectStore.bind(tx);
    const patched = new Set<string>();
    tx.objectStore = (name: string) => {
      const store = objectStore(name);
      if (!patched.has(name)) {
        patched.add(name);
        patchStore(store as unknown as PatchableStore, budget);
      }
      return store;
    };
    return tx;
  }) as IDBDatabase['transaction'];
}

/** A fresh fake IDBFactory whose connections obey `budget` (mutable: tests change it as they go). */
export function quotaLimitedFactory(budget: QuotaBudget): IDBFactory {
  const factory = new IDBFactory();
  const open = factory.open.bind(factory);
  factory.open = (name: string, version?: number) => {
    const request = open(name, version);
    // Registered before Dexie's own handlers, so the connection is patched before Dexie uses it.
    request.addEventListener('success', () => patchConnection(request.result, budget));
    return request;
  };
  return factory;
}
