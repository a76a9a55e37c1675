import { describe, expect, it } from 'vitest';
import { definedTerms } from '@/lib/extract/defined-terms';
import type { PageText } from '@/lib/extract/page-text';

function page(
  blocks: string[],
  highlights: [text: string, kind: PageText['highlights'][number]['kind'], block: number][],
): PageText {
  return {
    title: '',
    blocks: blocks.map((text) => ({ text, tag: 'p', section: 0 })),
    highlights: highlights.map(([text, kind, block]) => ({ text, kind, block })),
  };
}

describe('definedTerms', () => {
  it('takes a bold or italic term only when the sentence goes on to define it', () => {
    // Wikipedia "Hermitian matrix", first paragraph.
    const p = page(
      [
        'In mathematics, a Hermitian matrix (or self-adjoint matrix) is a complex square matrix that is equal to its own conjugate transpose.',
        'This article needs expansion with: Proof of the properties.',
        'El aprendizaje automático es una rama de la inteligencia artificial.',
      ],
      [
        ['Hermitian matrix', 'strong', 0],
        ['self-adjoint matrix', 'strong', 0],
        ['needs expansion', 'strong', 1],
        ['aprendizaje automático', 'em', 2],
      ],
    );
    expect(definedTerms(p, 'en')).toEqual([
      'Hermitian matrix',
      'self-adjoint matrix',
      'aprendizaje automático',
    ]);
  });

  it('takes <dfn> always, <dt> when it is plain words, and never emphasis on function words', () => {
    const p = page(
      ['A generator is a function.', 'x'],
      [
        ['generator', 'dfn', 0],
        ['virtual environment', 'dt', 1],
        ['json.dump(obj, fp)', 'dt', 1],
        ['at all', 'em', 1],
        ['generator', 'dt', 1],
      ],
    );
    expect(definedTerms(p, 'en')).toEqual(['generator', 'virtual environment']);
  });
});
