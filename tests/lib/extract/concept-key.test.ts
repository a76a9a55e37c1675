import { describe, expect, it } from 'vitest';
import { conceptKey, normalizeLabel } from '@/lib/extract/concept-key';

describe('conceptKey', () => {
  it.each([
    ['term', 'en', 'Closures', 'closure'],
    ['term', 'en-US', 'Hermitian  Matrices', 'hermitian matrix'],
    ['term', 'en', 'keyword arguments', 'Keyword argument'],
    ['vocab', 'es', 'ciudades', 'ciudad'],
    ['vocab', 'pt-BR', 'eleições', 'eleição'],
    ['vocab', 'fr', 'journaux', 'journal'],
    ['vocab', 'zh-CN', '酒精', '酒精'],
  ] as const)('merges %s "%s" forms: %s = %s', (kind, lang, a, b) => {
    expect(conceptKey(kind, lang, a)).toBe(conceptKey(kind, lang, b));
  });

  it('puts kind and base language first so sites agree', () => {
    expect(conceptKey('term', 'en-GB', 'Closure')).toMatch(/^term:en:/);
    expect(conceptKey('vocab', 'pt-BR', 'taça')).toMatch(/^vocab:pt:/);
  });

  it('keeps API names exact (case matters in code)', () => {
    expect(conceptKey('api', 'en', 'json.dumps')).toBe('api:en:json.dumps');
    expect(conceptKey('api', 'en', 'json.JSONDecoder')).not.toBe(conceptKey('api', 'en', 'json.jsondecoder'));
  });

  it('keeps different concepts apart', () => {
    expect(conceptKey('term', 'en', 'matrix')).not.toBe(conceptKey('term', 'en', 'matter'));
    expect(conceptKey('term', 'en', 'closure')).not.toBe(conceptKey('vocab', 'en', 'closure'));
    expect(conceptKey('term', 'en', 'closure')).not.toBe(conceptKey('term', 'fr', 'closure'));
  });

  it('normalizes width, case, spaces and surrounding punctuation', () => {
    expect(normalizeLabel('  “Ｃｌｏｓｕｒｅ”, ')).toBe('closure');
  });
});
