import { describe, expect, it } from 'vitest';
import { isCommonWord } from '@/lib/text/common-words';

describe('isCommonWord', () => {
  it.each([
    ['called', 'en', true],
    ['values', 'en', true],
    ['specified', 'en', true],
    ['default', 'en', true],
    ['closure', 'en', false],
    ['eigenvalues', 'en', false],
    ['valores', 'es', true],
    ['renseignement', 'fr', false],
    ['値', 'ja', false],
  ])('%s (%s) → %s', (word, lang, expected) => {
    expect(isCommonWord(word, lang)).toBe(expected);
  });
});
