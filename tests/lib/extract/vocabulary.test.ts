import { describe, expect, it } from 'vitest';
import { extractVocabulary } from '@/lib/extract/vocabulary';
import { lightStem } from '@/lib/text/light-stem';

describe('extractVocabulary', () => {
  it('leaves out a word the page only uses inside a two-word expression it lists', () => {
    const sentences = [
      'O presidente eleito falou ontem com a imprensa.',
      'O presidente eleito visitou o clube.',
      'O presidente do clube respondeu.',
    ];
    const labels = extractVocabulary(sentences, 'pt').map((v) => v.label);
    expect(labels).toContain('presidente eleito');
    // "presidente" also stands alone; "eleito" never does.
    expect(labels).toContain('presidente');
    expect(labels).not.toContain('eleito');
  });

  it('merges Czech case and gender forms that differ in the final vowel', () => {
    expect(lightStem('hřiště', 'cs')).toBe(lightStem('hřišti', 'cs'));
    expect(lightStem('anglický', 'cs')).toBe(lightStem('anglická', 'cs'));
    expect(lightStem('liga', 'cs')).not.toBe(lightStem('lize', 'cs'));
  });
});
