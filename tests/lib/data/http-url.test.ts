import { describe, expect, it } from 'vitest';
import { isHttpUrl } from '@/lib/data/http-url';

describe('isHttpUrl', () => {
  it.each([
    ['https://docs.python.org/3/tutorial/', true],
    ['http://127.0.0.1:8080/a', true],
    ['HTTPS://EXAMPLE.ORG/', true],
    ['javascript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['data:text/html,<b>x</b>', false],
    ['chrome://settings', false],
    ['file:///etc/passwd', false],
    ['/relative/path', false],
    ['', false],
    [undefined, false],
  ])('%j → %j', (input, expected) => {
    expect(isHttpUrl(input)).toBe(expected);
  });
});
