import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '@/lib/settings';

describe('parseSettings', () => {
  it.each([
    ['nothing stored', undefined],
    ['null', null],
    ['an empty object', {}],
    ['not an object', 'corrupt'],
  ])('gives the defaults for %s', (_name, raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid field when one is bad (one bad value never resets the rest)', () => {
    const parsed = parseSettings({
      dailyGoal: 40,
      theme: 'dark',
      knownLanguages: ['es', 'en'],
      criterion: { pCorrect: 2, recall: 0.9 }, // out of range
      sites: { 'bank.example': false },
    });
    expect(parsed).toEqual({
      ...DEFAULT_SETTINGS,
      dailyGoal: 40,
      theme: 'dark',
      knownLanguages: ['es', 'en'],
      sites: { 'bank.example': false },
    });
  });

  it.each([
    ['a goal out of range', { dailyGoal: 0 }],
    ['a fractional goal', { dailyGoal: 2.5 }],
    ['an unknown theme', { theme: 'neon' }],
    ['a kind switch missing', { kinds: { term: true, api: true } }],
    ['a language list too long', { knownLanguages: Array.from({ length: 51 }, () => 'en') }],
  ])('falls back to the default for %s', (_name, raw) => {
    const [key] = Object.keys(raw) as (keyof typeof DEFAULT_SETTINGS)[];
    expect(parseSettings(raw)[key!]).toEqual(DEFAULT_SETTINGS[key!]);
  });

  it('ignores fields it does not know (an older or newer build’s leftovers)', () => {
    expect(parseSettings({ readByDefault: false, legacyFlag: 1 })).toEqual({
      ...DEFAULT_SETTINGS,
      readByDefault: false,
    });
  });
});
