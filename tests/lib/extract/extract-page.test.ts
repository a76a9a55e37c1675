import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract/extract-page';
import type { ExtractResult } from '@/lib/types';
import { CORPUS, corpusPath } from '@/tests/support/corpus';
import { countDocumentedItems } from '@/tests/support/count-documented-items';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

describe('extractPage on small documents', () => {
  it('does not mutate the document it reads', () => {
    const html =
      '<html lang="en"><head><title>Closures</title></head><body><nav>menu</nav><article><h1>Closures</h1>' +
      '<p>A <dfn>closure</dfn> is a function that remembers the variables of the scope it was created in. ' +
      'Closures are created every time a function is created.</p><p>Each closure keeps its own lexical environment. ' +
      'The lexical environment of a closure outlives the call.</p><a href="/next.html" rel="next">Next</a></article></body></html>';
    const d = doc(html);
    const before = d.documentElement.outerHTML;
    const r = extractPage(d, { url: 'https://example.org/js/closures.html' });
    expect(d.documentElement.outerHTML).toBe(before);
    expect(r.title).toBe('Closures');
    expect(r.lang).toBe('en');
    expect(r.nextUrl).toBe('https://example.org/next.html');
    expect(r.sentences[0]).toMatch(/^A closure is a function/);
    const closure = r.concepts.find((c) => c.label === 'closure');
    expect(closure?.kind).toBe('term');
    expect(closure?.definition).toMatch(/closure is a function/);
    expect(closure?.key).toBe('term:en:closur');
  });

  it("reads a page in the learner's own language for terms, any other language for vocabulary", () => {
    const html =
      '<html lang="fr"><head><title>Le renseignement</title></head><body><article><h1>Le renseignement</h1>' +
      '<p>Les députés ont adopté le projet de loi sur le renseignement. Le projet de loi encadre les services de renseignement. ' +
      'Les services de renseignement pourront surveiller les données de connexion.</p></article></body></html>';
    expect(extractPage(doc(html)).pageKind).toBe('foreign-language');
    expect(extractPage(doc(html), { nativeLang: 'en' }).pageKind).toBe('foreign-language');
    const native = extractPage(doc(html), { nativeLang: 'fr' });
    expect(native.pageKind).not.toBe('foreign-language');
    expect(native.concepts.every((c) => c.kind === 'term')).toBe(true);
  });

  it.each([
    [
      'a headline in <h1>',
      '<html lang="en"><head><title>News</title></head><body><h1>Central bank raises interest rates to curb inflation</h1></body></html>',
      'en',
      'interest rates',
    ],
    [
      'a title and nothing else',
      '<html><head><title>Sejm uchwalił ustawę o ochronie zwierząt</title></head><body></body></html>',
      'pl',
      'ochronie',
    ],
  ])('yields the concepts of a one-line document: %s', (_name, html, lang, label) => {
    const r = extractPage(doc(html));
    expect(r.pageKind).not.toBe('empty');
    expect(r.lang).toBe(lang);
    expect(r.concepts.map((c) => c.label)).toContain(label);
  });

  it.each([
    ['empty document', ''],
    ['empty body', '<html><body></body></html>'],
    ['only scripts', '<html><body><script>var x = 1;</script></body></html>'],
    ['broken markup', '<html><body><p>unclosed <b><i>tags <table><tr><td>cell</body>'],
  ])('returns a result and does not throw on %s', (_name, html) => {
    const r = extractPage(doc(html));
    expect(Array.isArray(r.concepts)).toBe(true);
    expect(r.wordCount).toBeGreaterThanOrEqual(0);
  });

  it('caps its work on a huge, deeply nested page', () => {
    const deep = `${'<div>'.repeat(20_000)}deep text here${'</div>'.repeat(20_000)}`;
    const wide = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>'.repeat(60_000);
    const t0 = performance.now();
    const r = extractPage(doc(`<html><body>${deep}${wide}</body></html>`));
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(r.sentences.length).toBeLessThanOrEqual(5000);
  });
});

// Every corpus page, in chunks so each test stays within its timeout on a busy machine.
const ROWS = CORPUS ? readFileSync(corpusPath('pages', 'index.csv'), 'utf8').trim().split('\n').slice(1) : [];
const CHUNKS: [number, string[]][] = [];
for (let i = 0; i < ROWS.length; i += 10)
  CHUNKS.push([i, ROWS.slice(i, i + 10).map((r) => r.split(',')[0]!)]);

describe.skipIf(!CORPUS)('extractPage on every corpus page', () => {
  it('covers the whole index', () => {
    expect(ROWS.length).toBeGreaterThan(150);
  });

  it.each(CHUNKS)('pages from #%i never throw and keep their promises', (_start, paths) => {
    for (const path of paths) {
      const html = readFileSync(corpusPath('pages', path), 'utf8');
      const r = extractPage(doc(html), { url: `https://corpus.test/${path}` });
      expect(r.pageKind, path).not.toBe('empty');
      expect(r.sentences.length, path).toBeGreaterThan(0);
      expect(r.concepts.length, path).toBeGreaterThan(0);
      for (const c of r.concepts) {
        expect(c.definition, `${path} ${c.label}`).toContain(c.label);
        expect(c.key.startsWith(`${c.kind}:`), c.key).toBe(true);
      }
      for (const l of r.links) expect(l.href, path).toMatch(/^(?:https?|file):/);
      expectNoJunk(path, r);
      const family = /^docs\/(python|node18|rust163)\//.exec(path)?.[1] as ApiFamily | undefined;
      if (family && KIND_OF.get(path) === 'api-reference') {
        const labels = r.concepts.filter((c) => c.kind === 'api').map((c) => c.label);
        const items = countDocumentedItems(doc(html), family);
        // A guide filed under the API tree that documents no item (the independent counter finds
        // none) has nothing to read as a reference; every page that documents items must be one.
        if (items.length > 0) expect(r.pageKind, path).toBe('api-reference');
        const missed = items.filter((i) => !i.named(labels)).map((i) => i.name);
        RECALL[family].push({ path, documented: items.length, missed });
      }
    }
  });

  // Per family, the mean over its reference pages of the share of documented items named by an
  // `api` concept (items counted by tests/support/count-documented-items.ts, not the extractor).
  it.each(['python', 'node18', 'rust163'] as const)(
    'names at least 95%% of the items %s documents',
    (family) => {
      const pages = RECALL[family];
      expect(pages.length, family).toBeGreaterThan(20);
      const mean =
        pages.reduce((n, p) => n + (p.documented ? 1 - p.missed.length / p.documented : 1), 0) / pages.length;
      const worst = [...pages]
        .sort((a, b) => b.missed.length / (b.documented || 1) - a.missed.length / (a.documented || 1))
        .slice(0, 3);
      expect(
        mean,
        `${family}: ${JSON.stringify(worst.map((w) => [w.path, w.documented, w.missed.slice(0, 8)]))}`,
      ).toBeGreaterThanOrEqual(0.95);
    },
  );
});

type ApiFamily = 'python' | 'node18' | 'rust163';
const KIND_OF = new Map(ROWS.map((r) => [r.split(',')[0]!, r.split(',')[2]!]));
const RECALL: Record<ApiFamily, { path: string; documented: number; missed: string[] }[]> = {
  python: [],
  node18: [],
  rust163: [],
};

/**
 * The junk-label convention, on the top concepts of every corpus page: no documentation chrome,
 * no bracketed menus, no version glued to a name, balanced brackets and quotes, no trailing
 * comma / colon / semicolon / opening bracket, nothing over 80 characters, and no 3+-word section
 * heading of the page taken as a term. Written here independently of lib/extract/junk-label.ts.
 */
function expectNoJunk(path: string, r: ExtractResult): void {
  const headings = new Set(
    r.headings.map((h) =>
      h.text
        .replace(/[\s#¶§]+$/u, '')
        .trim()
        .toLowerCase(),
    ),
  );
  for (const c of r.concepts.slice(0, 30)) {
    const l = c.label;
    const why = `${path}: "${l}"`;
    expect(l.length, why).toBeLessThanOrEqual(80);
    expect(l, why).not.toMatch(/\[(?:src|source|−|-|\+)\]|copy item path|expand description/i);
    expect(l, why).not.toMatch(/\[[^\]]*\]\s*\[/);
    expect(l, why).not.toMatch(/[A-Za-z_]\d+\.\d+\.\d+|\d+\.\d+\.\d+$/);
    expect(l, why).not.toMatch(/[,:;([{]\s*$/);
    let depth = 0;
    for (const ch of l) {
      depth += '([{'.includes(ch) ? 1 : ')]}'.includes(ch) ? -1 : 0;
      expect(depth, why).toBeGreaterThanOrEqual(0);
    }
    expect(depth, why).toBe(0);
    expect((l.match(/"/g) ?? []).length % 2, why).toBe(0);
    if (c.kind === 'term' && l.split(/\s+/).length >= 3)
      expect(headings.has(l.toLowerCase()), why).toBe(false);
  }
}
