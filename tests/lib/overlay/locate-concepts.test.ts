import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { locateConcepts } from '@/lib/overlay/locate-concepts';

const concepts = [
  { key: 'term:closure', label: 'closure' },
  { key: 'term:lexical scope', label: 'lexical scope' },
  { key: 'term:scope', label: 'scope' },
];
const paragraphs = Array.from(
  { length: 200 },
  (_, i) => `<p>Paragraph ${i}: a closure keeps its lexical scope; the scope outlives the call.</p>`,
).join('');

describe('locateConcepts', () => {
  it('finds the same words walking in slices as in one go, and gives the page its thread back', async () => {
    const { document } = parseHTML(
      `<html><body>${paragraphs}<div contenteditable="true">closure</div></body></html>`,
    );
    const body = document.body as unknown as Node;
    const whole = await locateConcepts(body, concepts);
    let t = 0;
    let pauses = 0;
    const sliced = await locateConcepts(body, concepts, {
      slices: { budgetMs: 1, now: () => t++, pause: async () => void pauses++ },
    });
    expect(pauses).toBeGreaterThan(0);
    expect(sliced).toEqual(whole);
    // Longest label first ("lexical scope" over "scope"), five per concept, never inside an editor.
    expect(whole.filter((h) => h.key === 'term:lexical scope')).toHaveLength(5);
    expect(
      whole
        .filter((h) => h.key === 'term:scope')
        .every((h) => h.node.data.slice(h.start - 8, h.start) !== 'lexical '),
    ).toBe(true);
    expect(whole.some((h) => h.node.parentElement?.hasAttribute('contenteditable'))).toBe(false);
  });
});
