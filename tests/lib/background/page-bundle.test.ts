import { describe, expect, it } from 'vitest';
import { loadPageBundle, questionPool } from '@/lib/background/page-bundle';
import { savePage } from '@/lib/background/save-page';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { makeDeps } from '../../support/background-harness';
import { DEMO_URL, readDemoPage } from '../../support/demo-page';

async function storedDemo() {
  const deps = makeDeps();
  await savePage(deps.db, DEMO_URL, readDemoPage(DEMO_URL), deps.now());
  return { deps, bundle: (await loadPageBundle(deps.db, DEMO_URL))! };
}

describe('questionPool', () => {
  it('gives the same pool for the same stored page, and a copy the caller may change', async () => {
    const { bundle } = await storedDemo();
    const first = questionPool(bundle, DEFAULT_SETTINGS);
    expect(first.length).toBeGreaterThan(5);
    first.splice(0, first.length);
    const again = questionPool(bundle, DEFAULT_SETTINGS);
    expect(again.length).toBeGreaterThan(5);
    expect(again).toEqual(questionPool(structuredClone(bundle), DEFAULT_SETTINGS));
  });

  it('makes a new pool when what it is made of changes', async () => {
    const { bundle } = await storedDemo();
    const before = questionPool(bundle, DEFAULT_SETTINGS);

    // A concept's definition changed (another page defined it better): questions quote the new one.
    const changed = structuredClone(bundle);
    const target = changed.concepts.find((c) => before.some((q) => q.conceptKey === c.key && q.source))!;
    target.definition = `${target.label} is what this changed sentence defines for the test.`;
    const after = questionPool(changed, DEFAULT_SETTINGS);
    expect(after).not.toEqual(before);

    // Fewer kinds tracked: no question about an untracked kind.
    const noTerms = questionPool(bundle, {
      ...DEFAULT_SETTINGS,
      kinds: { ...DEFAULT_SETTINGS.kinds, term: false },
    });
    expect(noTerms.some((q) => bundle.concepts.find((c) => c.key === q.conceptKey)?.kind === 'term')).toBe(
      false,
    );
    expect(questionPool(bundle, DEFAULT_SETTINGS)).toEqual(before);
  });
});
