import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract/extract-page';
import { readHtml } from '@/lib/page/read-html';
import { serializeDocument } from '@/lib/page/serialize-document';
import { projectRoot } from '../../support/corpus';
import { FRENCH_URL } from '../../support/french-page';

const parse = (html: string) => parseHTML(html).document as unknown as Document;

/** A clock that moves 1 ms per reading, so a budget of N ms means a slice every N readings. */
function tickingClock() {
  let t = 0;
  return () => t++;
}

async function snapshot(html: string, budgetMs = 1, maxChars?: number) {
  let pauses = 0;
  const snap = await serializeDocument(parse(html), {
    budgetMs,
    now: tickingClock(),
    pause: async () => {
      pauses++;
    },
    maxChars,
  });
  return { ...snap, pauses };
}

describe('serializeDocument', () => {
  it.each([
    ['a tutorial', 'scripts/demo/closures.html', 'http://127.0.0.1/demo/closures.html'],
    ['a French article', 'tests/e2e/fixtures/marche-lyon.html', FRENCH_URL],
  ])('hands over %s so the reader extracts what it would from the live page', async (_, file, url) => {
    const html = readFileSync(join(projectRoot, file), 'utf8');
    const snap = await snapshot(html);
    // It yielded to the page between slices instead of taking one long task.
    expect(snap.slices).toBeGreaterThan(1);
    expect(snap.pauses).toBe(snap.slices - 1);
    const direct = extractPage(parse(html), { url, nativeLang: 'en' });
    const handed = readHtml(snap.html, { url, nativeLang: 'en' }, parse);
    expect(direct.concepts.length).toBeGreaterThan(3);
    expect(handed).toEqual(direct);
  });

  it('leaves out code and styles, and escapes text and attributes the page controls', async () => {
    const { html } = await snapshot(
      `<html lang="fr"><head><title>a &lt;b&gt; &amp; c</title><style>p{}</style></head><body>
       <script>alert(1)</script><p title='say "hi" &amp; go' onclick="x()">1 &lt; 2 &amp;&amp; <b>bold</b></p>
       <svg><text>vector</text></svg><img src="a.png"><br></body></html>`,
    );
    expect(html).not.toMatch(/alert|p\{\}|onclick|vector/);
    expect(html).toContain('<html lang="fr">');
    const doc = parse(html);
    expect(doc.title).toBe('a <b> & c');
    const p = doc.querySelector('p')!;
    expect(p.getAttribute('title')).toBe('say "hi" & go');
    expect(p.textContent).toBe('1 < 2 && bold');
    expect(doc.querySelectorAll('img, br')).toHaveLength(2);
  });

  it('stops at the size limit on a huge page and says so', async () => {
    const big = `<html><body>${'<p>word word word word</p>'.repeat(20_000)}</body></html>`;
    const snap = await snapshot(big, 50, 100_000);
    expect(snap.truncated).toBe(true);
    expect(snap.html.length).toBeLessThan(100_200);
    expect(parse(snap.html).querySelectorAll('p').length).toBeGreaterThan(1000);
  });
});
