import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { PAGE_READ_STORAGE_FULL_MESSAGE, QUIZ_START_STORAGE_FULL_MESSAGE } from '@/lib/db/record-attempt';
import { RungDatabase } from '@/lib/db/schema';
import { dispatch } from '@/lib/messaging/dispatch';
import { type QuotaBudget, quotaLimitedFactory } from '@/tests/lib/db/quota-limited-idb';
import { makeDeps } from '@/tests/support/background-harness';
import { DEMO_URL, readDemoPage } from '@/tests/support/demo-page';

// quota-limited-idb makes fake-indexeddb's put/add fail with QuotaExceededError, as a full disk does.
function fullDiskDeps(budget: QuotaBudget) {
  const db = new RungDatabase(`rung-full-${Math.random()}`, {
    indexedDB: quotaLimitedFactory(budget),
    IDBKeyRange,
  });
  return { ...makeDeps(), db };
}

const OWN = { id: 'rung', origin: 'chrome-extension://rung/' };

describe('a full disk', () => {
  it('during a page read gives the content script a message saying what to do, not QuotaExceededError', async () => {
    const budget: QuotaBudget = { writes: 0, refused: 0 };
    const h = createHandlers(fullDiskDeps(budget));
    const reply = await dispatch(
      h,
      { type: 'page/read', payload: { url: DEMO_URL, result: readDemoPage(DEMO_URL) } },
      { id: 'rung', tabId: 4, url: DEMO_URL },
      OWN,
    );
    expect(budget.refused).toBeGreaterThan(0);
    expect(reply).toEqual({ rungError: PAGE_READ_STORAGE_FULL_MESSAGE });
    expect(PAGE_READ_STORAGE_FULL_MESSAGE).toMatch(/Free up disk space/);
  });

  it('during quiz start gives the popup a message saying what to do, and the page stays stored', async () => {
    const budget: QuotaBudget = { writes: Number.POSITIVE_INFINITY, refused: 0 };
    const deps = fullDiskDeps(budget);
    const h = createHandlers(deps);
    await h['page/read']({ url: DEMO_URL, result: readDemoPage(DEMO_URL) }, {});
    budget.writes = 0;
    const reply = await dispatch(
      h,
      { type: 'quiz/start', payload: { url: DEMO_URL } },
      { id: 'rung', url: 'chrome-extension://rung/popup.html' },
      OWN,
    );
    expect(budget.refused).toBeGreaterThan(0);
    expect(reply).toEqual({ rungError: QUIZ_START_STORAGE_FULL_MESSAGE });
    expect(JSON.stringify(reply)).not.toMatch(/QuotaExceeded/);
    expect(await deps.db.pages.get(DEMO_URL)).toBeDefined();
  });
});
