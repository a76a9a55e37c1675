import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  BEYOND_LATIN,
  ConceptScanner,
  isWordCode,
  LATIN_WORD,
  type ScanLabel,
} from '@/lib/overlay/locate-concepts';

/** Every hit in one scan of the whole text. */
async function locateConcepts(
  root: Node,
  concepts: readonly ScanLabel[],
  options?: ConstructorParameters<typeof ConceptScanner>[2],
) {
  const scanner = new ConceptScanner(root, concepts, options);
  await scanner.scan();
  return scanner.hits;
}

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
  it('finds a code-only name where the page writes it as code or calls it, not in prose', async () => {
    const { document } = parseHTML(
      '<html><body>' +
        '<dl><dt><code>list.</code><code class="descname">insert</code>(i, x)</dt>' +
        '<dd>Insert an item at a given position, so <code><span>a.insert(0,</span> <span>x)</span></code> inserts at the front.</dd></dl>' +
        '<p>To insert many, call insert(i, x) in a loop; an insert is cheap.</p>' +
        '</body></html>',
    );
    const hits = await locateConcepts(document.body, [
      { key: 'api:list.insert', label: 'insert', asCode: true },
    ]);
    const where = hits.map(
      (h) => `${h.node.parentElement?.tagName.toLowerCase()}:${h.node.data.slice(h.start, h.end + 1)}`,
    );
    // The heading's name, the code sample (inside a span inside code) and the call in prose.
    expect(where).toEqual(['code:insert', 'span:insert(', 'p:insert(']);
    // Without the flag every "insert" counts, as for any label.
    const all = await locateConcepts(document.body, [{ key: 'api:list.insert', label: 'insert' }], {
      perConcept: 10,
    });
    expect(all.length).toBe(6);
  });

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

  it('never reads text inside an editor, however deep, and reads the same text outside it', async () => {
    const { document } = parseHTML(
      '<html><body><div contenteditable="true"><p>a closure <b>closure <i contenteditable="false">closure</i></b></p></div>' +
        '<div contenteditable="TRUE"><p>closure</p></div><p>one closure</p></body></html>',
    );
    const hits = await locateConcepts(document.body as unknown as Node, concepts);
    // As [contenteditable="true"] compares: "TRUE" is no editor here; nothing under "true" counts.
    expect(hits.map((h) => h.node.data)).toEqual(['closure', 'one closure']);
    const plain = parseHTML('<html><body><p>a closure</p><p>closure</p></body></html>').document;
    expect(await locateConcepts(plain.body as unknown as Node, concepts)).toHaveLength(2);
  });

  it('resumes where it stopped: read in parts, as far as the caller asks each time, it finds the same', async () => {
    const { document } = parseHTML(`<html><body>${paragraphs}</body></html>`);
    const body = document.body as unknown as Node;
    const whole = await locateConcepts(body, concepts, { perConcept: 1000, total: 100_000 });
    const scanner = new ConceptScanner(body, concepts, { perConcept: 1000, total: 100_000 });
    // Stops at the first look past the 50th paragraph: a part of the text, not all of it.
    const far = (n: Text) =>
      Number(/Paragraph (\d+)/.exec(n.parentElement?.textContent ?? '')?.[1] ?? 0) >= 50;
    await scanner.scan(far);
    expect(scanner.done).toBe(false);
    const first = scanner.hits.length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(whole.length / 2);
    let parts = 1;
    while (!scanner.done) {
      await scanner.scan(() => true);
      parts++;
    }
    expect(parts).toBeGreaterThan(2);
    expect(scanner.hits).toEqual(whole);
  });

  it('tells word characters apart exactly as [\\p{L}\\p{N}_] does, over every code point', () => {
    const reference = /^[\p{L}\p{N}_]$/u;
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      // Lone surrogates are no characters; the scan reads them as non-word, as the regex does.
      if (isWordCode(cp) !== reference.test(String.fromCodePoint(cp))) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('splits Latin text into words with its regex exactly as by code point, and sends all other text the slow way', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      const ch = String.fromCharCode(cp);
      const latin = !BEYOND_LATIN.test(ch);
      // Text the regex splits: its class must be exactly isWordCode there.
      if (latin && new RegExp(`^${LATIN_WORD.source}$`).test(ch) !== isWordCode(cp))
        wrong.push(cp.toString(16));
      // Everything below U+0250 and in the punctuation blocks is "Latin"; nothing else is.
      const expected =
        cp <= 0x24f ||
        (cp >= 0x2000 && cp <= 0x206f) ||
        (cp >= 0x20a0 && cp <= 0x20cf) ||
        (cp >= 0x2190 && cp <= 0x21ff) ||
        (cp >= 0x2500 && cp <= 0x257f);
      if (latin !== expected) wrong.push(`block ${cp.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('finds the same in a Latin node as in the same node with one character of another script', async () => {
    const text = 'Ça café’s naïve—naïveté «cafés» x_y2 µs ½ café_ café2 Café.';
    const labels = [
      { key: 'café', label: 'Café' },
      { key: 'naïve', label: 'naïve' },
      { key: 'µs', label: 'µs' },
      { key: 'x_y2', label: 'x_y2' },
    ];
    const { document: latin } = parseHTML(`<html><body><p>${text}</p></body></html>`);
    const { document: mixed } = parseHTML(`<html><body><p>${text} 東</p></body></html>`);
    const at = (hits: Awaited<ReturnType<typeof locateConcepts>>) =>
      hits.map((h) => `${h.key}:${h.start}-${h.end}`);
    const fast = at(await locateConcepts(latin.body as unknown as Node, labels));
    expect(fast).toEqual(at(await locateConcepts(mixed.body as unknown as Node, labels)));
    expect(fast).toHaveLength(5);
  });

  it('respects word boundaries in Latin, Greek, Cyrillic and accented text, and none in CJK', async () => {
    const { document } = parseHTML(
      '<html><body><p>Ça café’s «cafés» naïve—naïveté λόγος λόγοςx Москва москвич µs 東京都に住む</p></body></html>',
    );
    const hits = await locateConcepts(document.body as unknown as Node, [
      { key: 'café', label: 'Café' },
      { key: 'naïve', label: 'naïve' },
      { key: 'λόγος', label: 'λόγος' },
      { key: 'москва', label: 'Москва' },
      { key: 'µs', label: 'µs' },
      { key: '東京', label: '東京' },
    ]);
    const text = hits[0]!.node.data;
    // Hits come longest label first; in reading order here.
    expect(
      [...hits]
        .sort((a, b) => a.start - b.start)
        .map((h) => `${h.key}@${text.slice(h.start, h.end)}:${h.start}`),
    ).toEqual([
      // café’s: the apostrophe ends the word; cafés is another word; naïveté is another word.
      `café@café:${text.indexOf('café')}`,
      `naïve@naïve:${text.indexOf('naïve')}`,
      `λόγος@λόγος:${text.indexOf('λόγος')}`,
      `москва@Москва:${text.indexOf('Москва')}`,
      `µs@µs:${text.indexOf('µs')}`,
      `東京@東京:${text.indexOf('東京')}`,
    ]);
  });
});
