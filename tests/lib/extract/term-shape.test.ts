import { describe, expect, it } from 'vitest';
import {
  isClauseFragment,
  isCreditLine,
  isEverydayWord,
  isKindNoun,
  nounUses,
  withoutQualifier,
} from '@/lib/extract/term-shape';

describe('term shape', () => {
  it('an everyday English word alone is not a term; names, acronyms and specialist words are', () => {
    for (const w of [
      'president',
      'laws',
      'interview',
      'plants',
      'web',
      'confident',
      'women',
      'teach',
      'data',
      'walk',
      'tricks',
      'code',
    ])
      expect(isEverydayWord(w, 'en'), w).toBe(true);
    for (const w of ['Obama', 'ATF', 'moss', 'anomaly', 'subsidiary', 'inheritance', 'red social'])
      expect(isEverydayWord(w, 'en'), w).toBe(false);
    expect(isEverydayWord('président', 'fr')).toBe(false);
  });

  it.each([
    ['particular terrarium', 'terrarium'],
    ['main story', 'story'],
    ['Small plants', 'plants'],
    ['real eigenvalues', 'real eigenvalues'],
    ['Big Ben', 'Big Ben'],
    ['different measures', 'measures'],
    ['following command', 'command'],
    ['previous generations', 'generations'],
  ])('drops the qualifier of "%s"', (label, expected) => {
    expect(withoutQualifier(label, 'en')).toBe(expected);
  });

  it('reads a Title Case heading qualifier the same way only when asked', () => {
    expect(withoutQualifier('Different Measures', 'en')).toBe('Different Measures');
    expect(withoutQualifier('Different Measures', 'en', true)).toBe('Measures');
  });

  it.each([
    ['teach students', true],
    ['tell stories', true],
    ['Place cloche', true],
    ['oasis large', true],
    ['moss upward', true],
    ['start building', true],
    ['more advanced', true],
    ['Let’s fix', true],
    ['hungry I', true],
    ['year’s survey', true],
    ['newsrooms need', true],
    ['users want', true],
    ['written Vec', true],
    ['called Foo', true],
    ['reasonable value', true],
    ['heap-allocated contents', true],
    ['selected items', true],
    ['sorted list', false],
    ['Dig', true],
    ['Fill', true],
    ['Movable Type', false],
    ['hidden layer', false],
    ['embedded Linux', false],
    ['finally clause', false],
    ['Mark', false],
    ['moss', false],
    ['return value', false],
    ['search engine', false],
    ['Place Vendôme', false],
    ['stop words', false],
    ['student newsroom', false],
    ['positional argument', false],
  ])('"%s" is a clause fragment: %s', (label, expected) => {
    expect(isClauseFragment(label, 'en')).toBe(expected);
    expect(isClauseFragment(label, 'fr')).toBe(false);
  });

  it('knows the nouns that only name the kind of a thing', () => {
    expect(isKindNoun('system', 'en')).toBe(true);
    expect(isKindNoun('newsroom', 'en')).toBe(false);
  });

  it('accepts a lone word only where the text uses it as a noun', () => {
    const used = nounUses(
      'He would speak bluntly. It was "distressing" to him. The moss grows on an anomaly of the more surprising kind. Building the building took his presidency.',
      'en',
    );
    for (const w of ['moss', 'anomaly', 'building', 'presidency']) expect(used(w), w).toBe(true);
    for (const w of ['speak', 'distressing', 'surprising', 'bluntly', 'literally'])
      expect(used(w), w).toBe(false);
    expect(used('Kenya')).toBe(true);
    expect(nounUses('il parle', 'fr')('parle')).toBe(true);
  });

  it.each([
    ['Thomas Jackson/Digital Vision/Getty Images', true],
    ['(Mike Watson Images/Moodboard/Getty)', true],
    ['evgenyb/iStock/Getty Images', true],
    ['Photo: Reuters', true],
    ['CreditKim Raff for The New York Times', true],
    ['Kim Raff for The New York Times', true],
    ['Photo Illustration by Andrew B. Myers for The New York Times', true],
    ['<python at rcn dot com>', true],
    ['Carlos Slim se reunió en México con el presidente.', false],
    ['Ask for the manager at the front desk.', false],
    ['The input/output layer is slow.', false],
    ['Gunmen opened fire on visitors at the museum.', false],
  ])('"%s" is a picture credit: %s', (s, expected) => {
    expect(isCreditLine(s)).toBe(expected);
  });
});
