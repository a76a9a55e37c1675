import { describe, expect, it } from 'vitest';
import { isDarkBackground, opaqueLuminance } from '@/lib/overlay/is-dark-background';

describe('isDarkBackground', () => {
  it.each<[string, string[], boolean]>([
    ['a white body', ['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)'], false],
    ['a transparent page (the white canvas)', ['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], false],
    ['nothing computed', [], false],
    ['a dark body', ['rgb(21, 25, 23)', 'rgba(0, 0, 0, 0)'], true],
    ['a transparent body on a dark root', ['rgba(0, 0, 0, 0)', 'rgb(30, 30, 30)'], true],
    ['a faint dark tint on a light root', ['rgba(0, 0, 0, 0.1)', 'rgb(250, 250, 250)'], false],
    ['space-separated syntax', ['rgb(18 18 18 / 90%)'], true],
    ['mid grey, readable with black text', ['rgb(128, 128, 128)'], false],
    ['a colour keyword it cannot read', ['canvas', 'rgb(0, 0, 0)'], true],
  ])('%s', (_name, backgrounds, dark) => {
    expect(isDarkBackground(backgrounds)).toBe(dark);
  });

  it('computes WCAG relative luminance', () => {
    expect(opaqueLuminance('rgb(255, 255, 255)')).toBeCloseTo(1, 5);
    expect(opaqueLuminance('rgb(0, 0, 0)')).toBe(0);
    expect(opaqueLuminance('rgba(255, 255, 255, 0.2)')).toBeNull();
  });
});
