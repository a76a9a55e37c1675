import { describe, expect, it } from 'vitest';
import {
  clauseUses,
  idiomOnly,
  isClauseFragment,
  isCreditLine,
  isEverydayWord,
  isKindNoun,
  isPassingTechWord,
  isTimePhrase,
  isVaguePhrase,
  modifierOnly,
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
    ['original content', true],
    ['short options', false],
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

  it.each([
    ['PM Wednesday', true],
    ['statement yesterday', true],
    ['London Thursday morning', true],
    ['school year', true],
    ['four-year period', true],
    ['years ago', true],
    ['interest rates', false],
    ['Theresa May', false],
    ['Year Zero', false],
  ])('"%s" names a moment: %s', (label, expected) => {
    expect(isTimePhrase(label, 'en')).toBe(expected);
    expect(isTimePhrase(label, 'fr')).toBe(false);
  });

  it.each([
    ['Yoon’s address', true],
    ["Marco's friends", true],
    ['Energy Control’s service', true],
    ['tax issues', true],
    ['business side', true],
    ["Moore's law", false],
    ['Newton’s method', false],
    ["Iran's nuclear program", false],
    ['interest rates', false],
    ['Android users', true],
    ['Microsoft fans', true],
    ['hotel owners', false],
  ])('"%s" is a vague phrase: %s', (label, expected) => {
    expect(isVaguePhrase(label, 'en')).toBe(expected);
  });

  it('keeps a word of technical prose alone aside unless it heads terms of the page', () => {
    for (const w of ['function', 'memory', 'instance', 'api', 'server'])
      expect(isPassingTechWord(w, 'en', false), w).toBe(true);
    expect(isPassingTechWord('argument', 'en', false)).toBe(false);
    expect(isPassingTechWord('memory', 'en', true)).toBe(false);
    expect(isPassingTechWord('CPU', 'en', false)).toBe(false);
    expect(isPassingTechWord('Server', 'en', false)).toBe(false);
    expect(isPassingTechWord('memory', 'fr', false)).toBe(false);
  });

  it('tells a clause from a name by how the text writes it', () => {
    const asClause = clauseUses(
      'Users want to support Python 3 soon. Pills which contained DNP were sold. Sellers contained DNP too. ' +
        'Emery states that the moment takes place. The control flow of a loop is simple; a control flow graph too. ' +
        'You need to control flow rates. The Apple devices are new; Apple devices sell. ' +
        'It finds functions which are CPU consuming; the hash is CPU consuming. The machine learning model. ' +
        'List comprehensions are short. A list comprehension is a list. ' +
        'Anyone can crash the server hosting the game, or any server hosting a copy. ' +
        'The whales left a mass stranding that was unprecedented. Machine learning helps.',
      'en',
    );
    for (const l of [
      'support Python',
      'contained DNP',
      'Emery states',
      'moment takes place',
      'CPU consuming',
      'server hosting',
    ])
      expect(asClause(l), l).toBe(true);
    for (const l of [
      'control flow',
      'Apple devices',
      'Python',
      'new devices',
      'machine learning',
      'List comprehensions',
      'mass stranding',
    ])
      expect(asClause(l), l).toBe(false);
    expect(clauseUses('to support Python', 'fr')('support Python')).toBe(false);
  });

  it('an adjective the text only writes before another word is not a term alone', () => {
    const only = modifierOnly(
      'Functional programming is old. A functional style helps, and functional languages too, and functional code. ' +
        'The executor pulls tasks; the executor runs them; an executor stops. The decimal module. A decimal.',
      'en',
    );
    expect(only('functional')).toBe(true);
    // A noun before its verb is no modifier; a word used alone as well is kept.
    expect(only('executor')).toBe(false);
    expect(only('decimal')).toBe(false);
    expect(modifierOnly('functional x. functional y. functional z.', 'fr')('functional')).toBe(false);
  });

  it('a noun the text only uses inside an idiom is no term there', () => {
    const only = idiomOnly(
      'On average, patches are 65% smaller. The APK matches byte for byte. For instance, a game. The instance runs.',
      'en',
    );
    expect(only('average')).toBe(true);
    expect(only('byte')).toBe(true);
    // Used outside the idiom as well.
    expect(only('instance')).toBe(false);
    expect(only('patches')).toBe(false);
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
    // Named once as a noun, used as a verb three times: a verb.
    const stop = nounUses(
      'You stop the script. Never forget to stop it. We stop early. Press the stop button.',
      'en',
    );
    expect(stop('stop')).toBe(false);
    expect(stop('button')).toBe(true);
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
