import { describe, expect, it } from 'vitest';
import { inferEdgesForPage } from '@/lib/graph/infer-edges-for-page';
import type { Occurrence, PrereqEdge, StoredConcept, StoredPage } from '@/lib/types';

function concept(key: string, label: string, extra: Partial<StoredConcept> = {}): StoredConcept {
  return { key, label, kind: 'term', lang: 'en', aliases: [], firstSeenAt: 0, ...extra };
}

function page(url: string, conceptKeys: string[], extra: Partial<StoredPage> = {}): StoredPage {
  return {
    url,
    title: url,
    lang: 'en',
    pageKind: 'tutorial',
    readAt: 0,
    conceptKeys,
    sentences: [],
    headings: [],
    links: [],
    wordCount: 100,
    ...extra,
  };
}

function occ(pageUrl: string, conceptKey: string, extra: Partial<Occurrence> = {}): Occurrence {
  return { pageUrl, conceptKey, score: 1, ...extra };
}

const has = (edges: PrereqEdge[], from: string, to: string) =>
  edges.find((e) => e.from === from && e.to === to);

describe('inferEdgesForPage', () => {
  it('a concept used in the sentence that defines another is its prerequisite', () => {
    const p = page('https://t/a', ['list', 'seq']);
    const edges = inferEdgesForPage({
      page: p,
      concepts: [concept('list', 'list'), concept('seq', 'sequence')],
      occurrences: [
        occ(p.url, 'seq', { firstOffset: 10, sentence: 'A sequence is an ordered collection.' }),
        occ(p.url, 'list', { firstOffset: 50, sentence: 'A list is a mutable sequence.' }),
      ],
    });
    const e = has(edges, 'seq', 'list');
    expect(e?.evidence[0]?.source).toBe('definition');
    expect(e?.evidence[0]?.detail).toContain('A list is a mutable sequence.');
    expect(e?.evidence[0]?.pageUrl).toBe(p.url);
    expect(has(edges, 'list', 'seq')).toBeUndefined();
  });

  it('does not make a concept met on an earlier page depend on one first met later', () => {
    const first = page('https://t/1', ['list'], { nextUrl: 'https://t/2', readAt: 1 });
    const second = page('https://t/2', ['list', 'tuple'], { readAt: 2 });
    const edges = inferEdgesForPage({
      page: second,
      pages: [first],
      concepts: [concept('list', 'list'), concept('tuple', 'tuple')],
      occurrences: [
        occ(first.url, 'list'),
        occ(second.url, 'list', { sentence: 'Unlike a tuple, a list is mutable.' }),
        occ(second.url, 'tuple', { sentence: 'A tuple is like a list, but immutable.' }),
      ],
    });
    expect(has(edges, 'list', 'tuple')).toBeDefined();
    expect(has(edges, 'tuple', 'list')).toBeUndefined();
  });

  it('the tutorial order comes from "next" links even when pages were read out of order', () => {
    const first = page('https://t/1', ['var'], { nextUrl: 'https://t/2', readAt: 5 });
    const second = page('https://t/2', ['var', 'loop'], { readAt: 1 });
    const edges = inferEdgesForPage({
      page: first,
      pages: [second],
      concepts: [concept('var', 'variable'), concept('loop', 'loop')],
      occurrences: [
        occ(first.url, 'var', { score: 2 }),
        occ(second.url, 'var', { score: 2 }),
        occ(second.url, 'loop'),
      ],
    });
    // Inferring for page 1 adds nothing wrong; inferring for page 2 links its reused concept.
    expect(has(edges, 'loop', 'var')).toBeUndefined();
    const later = inferEdgesForPage({
      page: second,
      pages: [first],
      concepts: [concept('var', 'variable'), concept('loop', 'loop')],
      occurrences: [
        occ(first.url, 'var', { score: 2 }),
        occ(second.url, 'var', { score: 2 }),
        occ(second.url, 'loop'),
      ],
    });
    expect(has(later, 'var', 'loop')?.evidence[0]?.source).toBe('tutorial-sequence');
  });

  it('heading nesting: the parent heading concept before the nested one and the section body', () => {
    const p = page('https://t/a', ['ds', 'list', 'stack', 'append'], {
      headings: [
        { level: 1, text: 'Data structures' },
        { level: 2, text: 'More on lists' },
        { level: 3, text: 'Using lists as stacks' },
      ],
    });
    const edges = inferEdgesForPage({
      page: p,
      concepts: [
        concept('ds', 'data structure', { aliases: ['data structures'] }),
        concept('list', 'list', { aliases: ['lists'] }),
        concept('stack', 'stack', { aliases: ['stacks'] }),
        concept('append', 'append'),
      ],
      occurrences: [
        occ(p.url, 'ds', { section: 1, firstOffset: 0 }),
        occ(p.url, 'list', { section: 2, firstOffset: 20 }),
        occ(p.url, 'append', { section: 2, firstOffset: 40 }),
        occ(p.url, 'stack', { section: 3, firstOffset: 60 }),
      ],
    });
    expect(has(edges, 'list', 'stack')?.evidence[0]?.source).toBe('heading-nesting');
    expect(has(edges, 'ds', 'list')?.evidence[0]?.source).toBe('heading-nesting');
    expect(has(edges, 'list', 'append')?.evidence[0]?.source).toBe('heading');
    expect(has(edges, 'stack', 'list')).toBeUndefined();
  });

  it('API: class before its methods, types in a signature before the function', () => {
    const p = page('https://t/api', ['str', 'fmt', 'dumps', 'encoder']);
    const api = (key: string, label: string, extra: Partial<StoredConcept> = {}) =>
      concept(key, label, { kind: 'api', ...extra });
    const edges = inferEdgesForPage({
      page: p,
      concepts: [
        api('str', 'str', { symbolKind: 'class' }),
        api('fmt', 'str.format()', { symbolKind: 'method' }),
        api('encoder', 'JSONEncoder', { symbolKind: 'class' }),
        api('dumps', 'json.dumps()', {
          symbolKind: 'function',
          signature: 'json.dumps(obj, cls: JSONEncoder = None) -> str',
        }),
      ],
      occurrences: ['str', 'fmt', 'dumps', 'encoder'].map((k) => occ(p.url, k)),
    });
    expect(has(edges, 'str', 'fmt')?.evidence[0]?.source).toBe('api-member');
    expect(has(edges, 'encoder', 'dumps')?.evidence[0]?.source).toBe('api-signature');
    expect(has(edges, 'str', 'dumps')?.evidence[0]?.source).toBe('api-signature');
  });

  it('API: a method needs its owner type, a type its supertypes, a function the types its signature names', () => {
    const site = 'https://nodejs.example/api/';
    const stream = page(`${site}stream.html`, ['duplex'], { readAt: 1 });
    const net = page(`${site}net.html`, ['socket', 'write', 'connect', 'net'], { readAt: 2 });
    const api = (key: string, label: string, extra: Partial<StoredConcept> = {}) =>
      concept(key, label, { kind: 'api', ...extra });
    const edges = inferEdgesForPage({
      page: net,
      pages: [stream],
      concepts: [
        api('duplex', 'stream.Duplex', { memberKind: 'type', owner: 'stream' }),
        api('net', 'net', { memberKind: 'module' }),
        api('socket', 'net.Socket', { memberKind: 'type', owner: 'net', uses: ['stream.Duplex'] }),
        api('write', 'socket.write', {
          memberKind: 'method',
          owner: 'net.Socket',
          signature: 'socket.write(data)',
        }),
        api('connect', 'net.connect', {
          memberKind: 'function',
          owner: 'net',
          signature: 'net.connect(options) -> net.Socket',
        }),
      ],
      occurrences: [
        occ(stream.url, 'duplex'),
        ...['socket', 'write', 'connect', 'net'].map((k) => occ(net.url, k)),
      ],
    });
    expect(has(edges, 'socket', 'write')?.evidence[0]?.source).toBe('api-member');
    expect(has(edges, 'duplex', 'socket')?.evidence[0]?.source).toBe('api-supertype');
    expect(has(edges, 'socket', 'connect')?.evidence[0]?.source).toBe('api-signature');
    // The owner type is surer than the module an item lives in.
    expect(has(edges, 'socket', 'write')!.confidence).toBeGreaterThan(
      has(edges, 'net', 'connect')!.confidence,
    );
  });

  it('makes no edge because the same name or word appears on an unrelated site', () => {
    const rust = page('https://doc.rust-lang.example/std/iter/index.html', ['map', 'iterator'], {
      readAt: 1,
    });
    const node = page('https://nodejs.example/api/stream.html', ['readable', 'rmap', 'stream'], {
      readAt: 2,
      sentences: ['The iterator helpers return a new stream.'],
    });
    const edges = inferEdgesForPage({
      page: node,
      pages: [rust],
      concepts: [
        concept('map', 'Map', { kind: 'api', memberKind: 'type' }),
        concept('iterator', 'iterator'),
        concept('readable', 'stream.Readable', { kind: 'api', memberKind: 'type' }),
        concept('rmap', 'readable.map', {
          kind: 'api',
          memberKind: 'method',
          owner: 'stream.Readable',
          uses: ['Map'],
          signature: 'readable.map(fn) -> Map',
        }),
        concept('stream', 'stream'),
      ],
      occurrences: [
        occ(rust.url, 'map'),
        occ(rust.url, 'iterator'),
        occ(node.url, 'readable'),
        occ(node.url, 'rmap'),
        occ(node.url, 'stream', { sentence: 'A stream is what the iterator helpers return.' }),
      ],
    });
    expect(has(edges, 'readable', 'rmap')).toBeDefined();
    expect(has(edges, 'map', 'rmap')).toBeUndefined();
    expect(has(edges, 'iterator', 'stream')).toBeUndefined();
  });

  it('vocabulary: base word before derived forms, frequent words before rare ones', () => {
    const p = page('https://t/fr', ['heureux', 'malheureux', 'bonheur', 'le'], {
      lang: 'fr',
      pageKind: 'foreign-language',
    });
    const vocab = (key: string, label: string, rank: number) =>
      concept(key, label, { kind: 'vocab', lang: 'fr', frequencyRank: rank });
    const edges = inferEdgesForPage({
      page: p,
      concepts: [
        vocab('heureux', 'heureux', 900),
        vocab('malheureux', 'malheureux', 4000),
        vocab('le', 'le', 1),
        vocab('bonheur', 'bonheur', 2000),
      ],
      occurrences: [
        occ(p.url, 'heureux'),
        occ(p.url, 'malheureux'),
        occ(p.url, 'le'),
        occ(p.url, 'bonheur', { sentence: 'le bonheur est simple' }),
      ],
    });
    expect(has(edges, 'le', 'bonheur')?.evidence[0]?.source).toBe('frequency');
    expect(has(edges, 'bonheur', 'le')).toBeUndefined();
    // "mal" is not in the prefix list, so no family edge is invented for it.
    expect(has(edges, 'heureux', 'malheureux')).toBeUndefined();
  });

  it('word family by prefix', () => {
    const p = page('https://t/en', ['happy', 'unhappy', 'happiness']);
    const vocab = (key: string, label: string) => concept(key, label, { kind: 'vocab' });
    const edges = inferEdgesForPage({
      page: p,
      concepts: [vocab('happy', 'happy'), vocab('unhappy', 'unhappy'), vocab('happiness', 'happiness')],
      occurrences: ['happy', 'unhappy', 'happiness'].map((k) => occ(p.url, k)),
    });
    expect(has(edges, 'happy', 'unhappy')?.evidence[0]?.source).toBe('word-family');
  });

  it('links between visited pages: the linked concept is background for this page', () => {
    const basics = page('https://t/basics', ['func'], { readAt: 1, title: 'Basics' });
    const adv = page('https://t/adv', ['deco'], {
      readAt: 2,
      links: [{ href: '/basics#functions', text: 'functions' }],
    });
    const edges = inferEdgesForPage({
      page: adv,
      pages: [basics],
      concepts: [concept('func', 'function', { aliases: ['functions'] }), concept('deco', 'decorator')],
      occurrences: [occ(basics.url, 'func'), occ(adv.url, 'deco')],
    });
    expect(has(edges, 'func', 'deco')?.evidence[0]?.source).toBe('link');
  });
});
