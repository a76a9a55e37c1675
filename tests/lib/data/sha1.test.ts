import { describe, expect, it } from 'vitest';
import { sha1Hex } from '@/lib/data/sha1';

// Reference digests from FIPS 180-2 appendix A and RFC 3174, plus UTF-8 and block-boundary cases
// checked against `printf %s ... | sha1sum`.
describe('sha1Hex', () => {
  it.each([
    ['', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '84983e441c3bd26ebaae4aa1f95129e5e54670f1'],
    ['The quick brown fox jumps over the lazy dog', '2fd4e1c67a2d28fced849ee1bb76e7391b93eb12'],
    ['a'.repeat(1_000_000), '34aa973cd4c4daa4f61eeb2bdbad27316534016f'],
  ])('%#', (input, digest) => {
    expect(sha1Hex(input)).toBe(digest);
  });
});
