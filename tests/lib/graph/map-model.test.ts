import { describe, expect, it } from 'vitest';
import { buildMapModel, type MapData } from '@/lib/graph/map-model';
import type { StoredConcept } from '@/lib/types';

const c = (key: string, label: string, extra: Partial<StoredConcept> = {}): StoredConcept => ({
  key,
  label,
  kind: 'term',
  lang: 'en',
  aliases: [],
  firstSeenAt: 0,
  ...extra,
});
const e = (from: string, to: string) => ({ from, to, confidence: 0.8, evidence: [] });

const data: MapData = {
  pages: [],
  concepts: [
    c('a', 'variable'),
    c('b', 'loop'),
    c('c', 'function'),
    c('v', 'gato', { kind: 'vocab', lang: 'es' }),
  ],
  occurrences: [
    { pageUrl: 'https://docs.python.org/t/1', conceptKey: 'a', score: 3 },
    { pageUrl: 'https://docs.python.org/t/2', conceptKey: 'b', score: 2 },
    { pageUrl: 'https://docs.python.org/t/2', conceptKey: 'c', score: 1 },
    { pageUrl: 'https://es.example/x', conceptKey: 'v', score: 1 },
  ],
  edges: [e('a', 'b'), e('b', 'c')],
  mastery: [{ conceptKey: 'a', status: 'mastered', attempts: 3, correct: 3, streak: 3, pCorrect: 0.8 }],
  gaps: [{ conceptKey: 'b', behind: 'c', createdAt: 1 }],
};

describe('buildMapModel', () => {
  it('flags status, frontier and gaps, in topological order', () => {
    const m = buildMapModel(data, { query: '', site: '', lang: '', kind: '' });
    expect(m.nodes.map((n) => n.key).slice(0, 3)).toEqual(['a', 'b', 'c']);
    const b = m.nodes.find((n) => n.key === 'b')!;
    expect(b).toMatchObject({ status: 'new', frontier: true, gap: true });
    expect(m.nodes.find((n) => n.key === 'c')!.frontier).toBe(false);
    expect(m.edges).toHaveLength(2);
    expect(m.sites).toEqual(['docs.python.org', 'es.example']);
  });

  it('filters by site, language, kind; search marks matches; caps the size', () => {
    expect(
      buildMapModel(data, { query: '', site: 'es.example', lang: '', kind: '' }).nodes.map((n) => n.key),
    ).toEqual(['v']);
    expect(buildMapModel(data, { query: '', site: '', lang: 'en', kind: 'term' }).nodes).toHaveLength(3);
    const searched = buildMapModel(data, { query: 'LOO', site: '', lang: '', kind: '' });
    expect(searched.nodes.filter((n) => n.match).map((n) => n.key)).toEqual(['b']);
    const capped = buildMapModel(data, { query: '', site: '', lang: '', kind: '' }, 2);
    expect(capped.total).toBe(4);
    expect(capped.nodes.map((n) => n.key)).toEqual(['a', 'b']);
    expect(capped.edges).toHaveLength(1);
  });
});
