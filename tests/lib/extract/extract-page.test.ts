import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract/extract-page';
import { CORPUS, corpusPath } from '@/tests/support/corpus';

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
for (let i = 0; i < ROWS.length; i += 25)
  CHUNKS.push([i, ROWS.slice(i, i + 25).map((r) => r.split(',')[0]!)]);

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
    }
  });
});
