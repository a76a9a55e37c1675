import { describe, expect, it } from 'vitest';
import { withoutPermalink } from '@/lib/extract/permalink';

describe('a heading without its permalink mark', () => {
  it.each([
    ['Examples¶', 'Examples'],
    ['§Examples', 'Examples'],
    ['§ Examples', 'Examples'],
    ['# Installation', 'Installation'],
    ['Installation#', 'Installation'],
    ['Getting started \u200B', 'Getting started'],
    ['🔗 Options', 'Options'],
    ['Methods from Deref<Target = [T]>§', 'Methods from Deref<Target = [T]>'],
  ])('%s → %s', (raw, clean) => {
    expect(withoutPermalink(raw)).toBe(clean);
  });

  it('keeps the "#" of a language name', () => {
    expect(withoutPermalink('Learn C#')).toBe('Learn C#');
    expect(withoutPermalink('F#¶')).toBe('F#');
    expect(withoutPermalink('#pragma once')).toBe('#pragma once');
  });
});
