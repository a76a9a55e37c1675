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
  it('keeps news furniture, clause cuts and cut names out of the terms', () => {
    const body = [
      'Whales stranded on Ninety Mile Beach on Wednesday morning, the conservation department said.',
      'Hori Parata and his son, Te Kaurinui Robert Parata, were called to the whales on Ninety Mile Beach.',
      'Parata says the whale strandings are rising, and whale strandings worry the tribe.',
      'Volunteers tried to support whales with wet sheets; Parata watched the whale strandings closely.',
      'Te Kaurinui Robert Parata carved the bones of one whale, as whale carving is a tradition.',
      'Parata said Wednesday morning that whale carving keeps the whales with the tribe.',
    ].join(' ');
    const html = `<html lang="en"><head><title>Whales</title></head><body><article><h1>Whales</h1><p>${body}</p></article></body></html>`;
    const labels = extractPage(doc(html), { url: 'https://example.org/news/whales.html' }).concepts.map(
      (c) => c.label,
    );
    expect(labels).toContain('Hori Parata');
    expect(labels).toContain('whale strandings');
    for (const cut of ['Parata', 'Mile Beach', 'Te Kaurinui Robert', 'Wednesday morning', 'support whales'])
      expect(labels, cut).not.toContain(cut);
  });

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

  it("takes no vocabulary from a picture credit in the learner's language", () => {
    const html =
      '<html lang="es"><head><title>La banda</title></head><body><article><h1>La banda</h1>' +
      '<p>Estaba obsesionado con el cuarteto de Liverpool: celebraba sus cumpleaños y leía todo sobre la banda.</p>' +
      '<p>CreditKim Raff for The New York Times</p><p>Kim Raff for The New York Times</p>' +
      '<p>La banda grabó sus canciones en Londres. El cuarteto tocó sus canciones en todo el mundo.</p></article></body></html>';
    const r = extractPage(doc(html), { nativeLang: 'en' });
    expect(r.pageKind).toBe('foreign-language');
    const labels = r.concepts.map((c) => c.label);
    expect(labels).toContain('cuarteto');
    expect(labels.filter((l) => /\b(?:for|The|Raff)\b/.test(l))).toEqual([]);
  });

  it('keeps words and names of passing aside on a long technical post, and one name per concept', () => {
    const paragraphs = [
      'Our service leaked memory for weeks before anyone noticed. A memory leak grows slowly, so the first sign was a rising CPU consumption on every node, which we tracked with a flame graph taken each hour.',
      'A flame graph shows which function holds the CPU the longest; a flame chart shows the same samples in time order. We read the flame graph first, then the flame chart, and we never stop the process to take either.',
      'The memory leak came from a cache that kept every response. A memory dump taken at noon and a second memory dump taken at midnight showed the cache growing, and the memory dump diff named the function that filled it.',
      'CPU usage followed the leak: as memory filled, the garbage collector ran more often, and CPU usage climbed with it. Once the cache was bounded, CPU consumption fell back and the memory leak was gone.',
      'We shipped the fix through the async task framework (ATF) that runs our deploys. The ATF retries a task until it succeeds, and every ATF task reports its status to the release dashboard. The async task framework keeps each deploy apart.',
      'The same build reached users of our mobile client through Google Play. Google Play keeps a staged rollout, so the Play Store showed the update to one user in ten at first; the Play Store then widened the rollout after a day.',
      'The first version of the cache was written years ago by a colleague in Canada. The rollout scripts are kept by a team in Canada. Neither is the subject here: the garbage collector, the memory leak and the flame graph are.',
      'If you want to reproduce the leak, run the service under load for an hour, take a memory dump, and compare it with a memory dump taken an hour later; the garbage collector log tells the same story as the flame chart.',
      'Lessons: watch CPU consumption and memory together, keep a flame graph of every release, keep a memory dump of every incident, and bound every cache. The garbage collector cannot free what a cache still holds.',
    ];
    const html = `<html lang="en"><head><title>Hunting a slow leak</title></head><body><article><h1>Hunting a slow leak</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const r = extractPage(doc(html), { url: 'https://example.org/blog/leak.html', top: 40 });
    const labels = r.concepts.map((c) => c.label);
    expect(r.wordCount).toBeGreaterThan(300);
    for (const kept of [
      'memory leak',
      'memory dump',
      'flame graph',
      'flame chart',
      'CPU consumption',
      'Google Play',
    ])
      expect(labels, kept).toContain(kept);
    // Words of technical prose alone, a name of passing, and second names of a concept already
    // listed.
    for (const aside of ['memory', 'function', 'Canada', 'CPU usage', 'Play Store'])
      expect(labels, aside).not.toContain(aside);
    // Documentation teaches the words a post only uses.
    const docs = extractPage(doc(html), { url: 'https://docs.example.org/guide/leak.html', top: 40 });
    expect(docs.concepts.map((c) => c.label)).toContain('function');
    // An acronym and its expansion: one concept, under the name ranked first.
    expect(labels.filter((l) => l === 'ATF' || l === 'async task framework')).toHaveLength(1);
  });

  it('reads a possessive off a name, apostrophes inside the name or not', () => {
    const body =
      "Lupita Nyong'o's new film opens in Nairobi. Critics praised Lupita Nyong'o's performance in the film. " +
      "Kenya's cinemas sold out the film, and Lupita Nyong'o's fans queued in Kenya's capital.";
    const html = `<html lang="en"><head><title>Premiere</title></head><body><article><h1>Premiere</h1><p>${body}</p></article></body></html>`;
    const labels = extractPage(doc(html), { top: 20 }).concepts.map((c) => c.label);
    expect(labels).toContain("Lupita Nyong'o");
    expect(labels.filter((l) => /['’]s$/u.test(l))).toEqual([]);
  });

  it('takes no terms cut from code or names missing their first word', () => {
    const html =
      '<html lang="en"><head><title>Growable arrays</title></head><body><article><h1>Growable arrays</h1>' +
      '<p>A growable array keeps its elements in one heap buffer, written Vec<T> in Rust. ' +
      'A growable array never allocates more than isize::MAX bytes. Indexing a growable array goes through ' +
      'the Index and IndexMut traits. Appending costs amortized O(1) time. The New York Times once wrote about ' +
      'growable arrays, and every heap buffer of a growable array grows by doubling.</p></article></body></html>';
    const labels = extractPage(doc(html), { top: 40 }).concepts.map((c) => c.label);
    expect(labels).toContain('growable array');
    expect(labels).toContain('IndexMut');
    expect(labels).not.toContain('IndexMut traits');
    expect(labels).not.toContain('written Vec');
    expect(labels).not.toContain('MAX bytes');
    expect(labels.filter((l) => / O$/.test(l))).toEqual([]);
    expect(labels).not.toContain('York Times');
    expect(labels).toContain('New York Times');
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

  it('takes no word the page only ever writes first in a sentence, and keeps a name it also uses inside one', () => {
    const items = [
      ['push', 'Appends an element to the back of the stack. Appends never copy the stack.'],
      ['pop', 'Removes the last element from the stack and returns it.'],
      ['peek', 'Returns the last element of the stack without removing it.'],
      ['clear', 'Removes every element. Returns nothing.'],
    ];
    const body = items
      .map(
        ([name, text]) =>
          `<h3 id="method.${name}"><code>pub fn ${name}(&amp;mut self)</code></h3><p>${text}</p>`,
      )
      .join('');
    const html =
      '<html lang="en"><head><title>Stack</title></head><body><main><h1>Stack</h1>' +
      '<p>Ferris keeps a stack of plates. A stack grows at the top, and Ferris takes plates from the top.</p>' +
      '<p>Each element of a stack lives on the heap; an element leaves the stack in the reverse order.</p>' +
      `${body}</main></body></html>`;
    const labels = extractPage(doc(html), { url: 'https://example.org/stack.html' }).concepts.map(
      (c) => c.label,
    );
    for (const opener of ['Appends', 'Removes', 'Returns']) expect(labels, opener).not.toContain(opener);
    expect(labels).toContain('Ferris');
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

// Every corpus page is parsed and extracted once, in chunks so each test stays within its timeout
// on a busy machine. That one extraction feeds the junk-label convention (required on every page
// by issue 13) and the result's promises, both cheap checks that collect violations and assert
// once. The API recall counter (a second reading of the markup) runs on a deterministic sample:
// every RECALL_EVERY-th reference page of each family; `npm run bench -- extract` gives the
// recall over every reference page.
const ROWS = CORPUS ? readFileSync(corpusPath('pages', 'index.csv'), 'utf8').trim().split('\n').slice(1) : [];
const CHUNKS: [number, string[]][] = [];
for (let i = 0; i < ROWS.length; i += 5) CHUNKS.push([i, ROWS.slice(i, i + 5).map((r) => r.split(',')[0]!)]);
const RECALL_EVERY = 3;

type ApiFamily = 'python' | 'node18' | 'rust163';
const KIND_OF = new Map(ROWS.map((r) => [r.split(',')[0]!, r.split(',')[2]!]));
const familyOf = (path: string): ApiFamily | undefined =>
  KIND_OF.get(path) === 'api-reference'
    ? (/^docs\/(python|node18|rust163)\//.exec(path)?.[1] as ApiFamily | undefined)
    : undefined;
// The sample: the 0th, RECALL_EVERY-th, ... reference page of each family in index order.
const RECALL_SAMPLE = new Set<string>();
for (const family of ['python', 'node18', 'rust163'] as const)
  ROWS.map((r) => r.split(',')[0]!)
    .filter((p) => familyOf(p) === family)
    .forEach((p, i) => {
      if (i % RECALL_EVERY === 0) RECALL_SAMPLE.add(p);
    });
const RECALL: Record<ApiFamily, { path: string; documented: number; missed: string[] }[]> = {
  python: [],
  node18: [],
  rust163: [],
};

describe.skipIf(!CORPUS)('extractPage on every corpus page', () => {
  it('covers the whole index', () => {
    expect(ROWS.length).toBeGreaterThan(150);
  });

  it.each(CHUNKS)(
    'pages from #%i never throw, keep their promises and carry no junk label',
    (_start, paths) => {
      const problems: string[] = [];
      for (const path of paths) {
        const d = doc(readFileSync(corpusPath('pages', path), 'utf8'));
        const r = extractPage(d, { url: `https://corpus.test/${path}` });
        if (r.pageKind === 'empty') problems.push(`${path}: page kind empty`);
        if (r.sentences.length === 0) problems.push(`${path}: no sentences`);
        if (r.concepts.length === 0) problems.push(`${path}: no concepts`);
        for (const c of r.concepts) {
          if (!c.definition?.includes(c.label)) problems.push(`${path}: "${c.label}" not in its definition`);
          if (!c.key.startsWith(`${c.kind}:`)) problems.push(`${path}: key ${c.key} not of kind ${c.kind}`);
        }
        for (const l of r.links)
          if (!/^(?:https?|file):/.test(l.href)) problems.push(`${path}: link ${l.href}`);
        problems.push(...junkLabels(path, r));
        const family = familyOf(path);
        if (family && RECALL_SAMPLE.has(path)) {
          const labels = r.concepts.filter((c) => c.kind === 'api').map((c) => c.label);
          // extractPage never mutates the document (tested above), so the counter reads the same one.
          const items = countDocumentedItems(d, family);
          // A guide filed under the API tree that documents no item (the independent counter finds
          // none) has nothing to read as a reference; every page that documents items must be one.
          if (items.length > 0 && r.pageKind !== 'api-reference')
            problems.push(`${path}: page kind ${r.pageKind}, not api-reference`);
          const missed = items.filter((i) => !i.named(labels)).map((i) => i.name);
          RECALL[family].push({ path, documented: items.length, missed });
        }
      }
      expect(problems).toEqual([]);
    },
  );

  // Per family, the mean over its sampled reference pages of the share of documented items named
  // by an `api` concept (items counted by tests/support/count-documented-items.ts, not the
  // extractor).
  it.each(['python', 'node18', 'rust163'] as const)(
    'names at least 95%% of the items %s documents',
    (family) => {
      const pages = RECALL[family];
      expect(pages.length, family).toBeGreaterThan(10);
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

/**
 * The junk-label convention, on the top concepts of every corpus page: no documentation chrome,
 * no bracketed menus, no version glued to a name, balanced brackets and quotes, no trailing
 * comma / colon / semicolon / opening bracket, nothing over 80 characters, and no 3+-word section
 * heading of the page taken as a term. Written here independently of lib/extract/junk-label.ts.
 * Returns the violations, one line each.
 */
function junkLabels(path: string, r: ExtractResult): string[] {
  const headings = new Set(
    r.headings.map((h) =>
      h.text
        .replace(/[\s#¶§]+$/u, '')
        .trim()
        .toLowerCase(),
    ),
  );
  const out: string[] = [];
  for (const c of r.concepts.slice(0, 30)) {
    const l = c.label;
    const bad = (why: string): void => {
      out.push(`${path}: "${l}" ${why}`);
    };
    if (l.length > 80) bad('is over 80 characters');
    if (/\[(?:src|source|−|-|\+)\]|copy item path|expand description/i.test(l)) bad('is generator chrome');
    if (/\[[^\]]*\]\s*\[/.test(l)) bad('is a bracketed menu');
    if (/[A-Za-z_]\d+\.\d+\.\d+|\d+\.\d+\.\d+$/.test(l)) bad('has a version glued on');
    if (/[,:;([{]\s*$/.test(l)) bad('ends on a comma, colon, semicolon or opening bracket');
    let depth = 0;
    let dipped = false;
    for (const ch of l) {
      depth += '([{'.includes(ch) ? 1 : ')]}'.includes(ch) ? -1 : 0;
      if (depth < 0) dipped = true;
    }
    if (dipped || depth !== 0) bad('has unbalanced brackets');
    if ((l.match(/"/g) ?? []).length % 2 !== 0) bad('has an unbalanced quote');
    if (c.kind === 'term' && l.split(/\s+/).length >= 3 && headings.has(l.toLowerCase()))
      bad('is a section heading of the page');
  }
  return out;
}
