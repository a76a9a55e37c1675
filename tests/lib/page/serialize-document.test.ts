import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract/extract-page';
import { readHtml } from '@/lib/page/read-html';
import { serializeDocument } from '@/lib/page/serialize-document';
import { projectRoot } from '../../support/corpus';
import { FRENCH_URL } from '../../support/french-page';

// linkedom's getElementsByTagName('*') finds nothing; browsers (and the DOM standard) find every
// descendant element, which the serialiser relies on to size a subtree.
const parse = (html: string) => {
  const doc = parseHTML(html).document as unknown as Document;
  const proto = owner(doc.documentElement, 'getElementsByTagName') as Element;
  const byTag = proto.getElementsByTagName;
  if (!(byTag as { shimmed?: boolean }).shimmed) {
    const shim = function (this: Element, name: string) {
      return name === '*' ? this.querySelectorAll('*') : byTag.call(this, name);
    };
    Object.assign(shim, { shimmed: true });
    proto.getElementsByTagName = shim as typeof byTag;
  }
  return doc;
};

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

/** The prototype that defines `key` for `o`. */
function owner(o: object, key: string): object {
  for (let p = Object.getPrototypeOf(o); p; p = Object.getPrototypeOf(p))
    if (Object.getOwnPropertyDescriptor(p, key)) return p;
  throw new Error(`no ${key}`);
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
    expect(html).not.toMatch(/alert|p\{\}|vector/);
    expect(html).toContain('<html lang="fr">');
    const doc = parse(html);
    expect(doc.title).toBe('a <b> & c');
    const p = doc.querySelector('p')!;
    expect(p.getAttribute('title')).toBe('say "hi" & go');
    expect(p.textContent).toBe('1 < 2 && bold');
    expect(doc.querySelectorAll('img, br')).toHaveLength(2);
  });

  it('hands small subtrees to the native serialiser and walks only the ancestors of big ones', async () => {
    const items = Array.from(
      { length: 40 },
      (_, i) => `<li data-i="${i}">item <b>${i}</b> &amp; <i>more</i></li>`,
    );
    const lists = Array.from({ length: 30 }, () => `<ul>${items.join('')}</ul>`).join('');
    const page = `<html><body><main><div>${lists}</div><div><p>x<script>bad()</script></p></div></main></body></html>`;
    const doc = parse(page);
    const native: string[] = [];
    const proto = owner(doc.body, 'outerHTML');
    const own = Object.getOwnPropertyDescriptor(proto, 'outerHTML')!;
    Object.defineProperty(proto, 'outerHTML', {
      configurable: true,
      get(this: Element) {
        native.push(this.localName);
        return own.get!.call(this);
      },
    });
    try {
      const snap = await serializeDocument(doc, {
        budgetMs: 1000,
        now: () => 0,
        pause: async () => undefined,
      });
      // Each list (121 elements) went over in one native call; main, the div of 30 lists and the
      // div holding a script were walked in script, and the script was left out.
      expect(native.filter((n) => n === 'ul')).toHaveLength(30);
      expect(native).not.toContain('main');
      expect(native).not.toContain('div');
      expect(snap.html).not.toContain('bad()');
      const back = parse(snap.html);
      expect(back.querySelectorAll('li')).toHaveLength(1200);
      expect(back.querySelector('li')!.getAttribute('data-i')).toBe('0');
      expect(back.querySelector('p')!.textContent).toBe('x');
    } finally {
      Object.defineProperty(proto, 'outerHTML', own);
    }
  });

  it('copies a small subtree holding a script into an inert document and strips it there', async () => {
    const doc = parse(
      `<html><body><article><p>one <b>two</b></p><script>bad()</script><svg><text>art</text></svg><p>three</p></article></body></html>`,
    );
    const inert: Document[] = [];
    // linkedom has no DOMImplementation; the browser's is an inert document of this shape.
    Object.defineProperty(doc, 'implementation', {
      value: {
        createHTMLDocument: () => {
          const d = parse('<html><body></body></html>');
          inert.push(d);
          return d;
        },
      },
    });
    const snap = await serializeDocument(doc, { budgetMs: 1000, now: () => 0, pause: async () => undefined });
    expect(inert).toHaveLength(1);
    expect(snap.html).not.toMatch(/bad\(\)|>art<|<script|<svg/);
    const back = parse(snap.html);
    expect(back.querySelector('article')!.textContent).toBe('one twothree');
    // The page's own element was left as it was.
    expect(doc.querySelector('script')).not.toBeNull();
  });

  it('stops at the size limit on a huge page and says so', async () => {
    const big = `<html><body>${'<p>word word word word</p>'.repeat(20_000)}</body></html>`;
    const snap = await snapshot(big, 50, 100_000);
    expect(snap.truncated).toBe(true);
    expect(snap.html.length).toBeLessThan(100_200);
    expect(parse(snap.html).querySelectorAll('p').length).toBeGreaterThan(1000);
  });
});
