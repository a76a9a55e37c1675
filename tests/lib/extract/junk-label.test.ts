import { describe, expect, it } from 'vitest';
import { isByline, isGenericWord, isJunkLabel, isSectionTitle } from '@/lib/extract/junk-label';

describe('junk labels', () => {
  it.each([
    '[Docs] [txt|pdf] [Tracker] [Email] [Diff1] [Diff2] [Nits]',
    'struct std::vec::Vec1.0.0',
    'rfcmarkup 1.111',
    "'static + ?sized,",
    'from<T>,',
    'Copy item path',
    '[src]',
    'https',
    'Run',
    'Read more',
    'foo(bar',
    'x'.repeat(81),
  ])('%s is page furniture or a broken cut', (label) => {
    expect(isJunkLabel(label)).toBe(true);
  });

  it.each([
    'Vec::push',
    'fs.readFile',
    'interest rates',
    "don't repeat yourself",
    'run-time type',
    'EventEmitter',
  ])('%s is a name', (label) => {
    expect(isJunkLabel(label)).toBe(false);
  });

  it('a generic English word or a bare past participle is not a concept alone', () => {
    for (const w of ['projects', 'companies', 'user', 'map', 'killed', 'announced', 'Step', 'it’ll', "we're"])
      expect(isGenericWord(w, 'en'), w).toBe(true);
    for (const w of ['speed', 'embed', 'inflation', 'hashmap', 'red'])
      expect(isGenericWord(w, 'en'), w).toBe(false);
    expect(isGenericWord('projects', 'fr')).toBe(false);
  });

  it("names in the page's author line are not concepts", () => {
    expect(isByline('Lucy Akins', 'By Lucy Akins, eHow Contributor')).toBe(true);
    expect(isByline('eHow', 'By Lucy Akins, eHow Contributor')).toBe(true);
    expect(isByline('cloche', 'By Lucy Akins, eHow Contributor')).toBe(false);
    expect(isByline('Lucy', undefined)).toBe(false);
  });

  it('a whole section heading of three or more words is a title', () => {
    expect(
      isSectionTitle("let's unify as much as possible", [{ text: "Let's unify as much as possible ¶" }]),
    ).toBe(true);
    expect(isSectionTitle('current status', [{ text: 'Current status' }])).toBe(false);
  });
});
