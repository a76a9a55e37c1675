import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectGolden } from './support/golden';

// A test of the test helper: golden files are written only on request.
describe('expectGolden', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rung-golden-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails on a missing golden file, says how to create it, and writes nothing', () => {
    const file = join(dir, 'missing.json');
    expect(() => expectGolden(file, { a: 1 }, {})).toThrow(/missing.*UPDATE_GOLDEN=1/);
    expect(existsSync(file)).toBe(false);
  });

  it('writes the file with UPDATE_GOLDEN=1, then holds later runs to it', () => {
    const file = join(dir, 'written.json');
    expectGolden(file, { a: 1 }, { UPDATE_GOLDEN: '1' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ a: 1 });
    expectGolden(file, { a: 1 }, {});
    expect(() => expectGolden(file, { a: 2 }, {})).toThrow();
  });

  it('does not rewrite a differing golden file without the flag', () => {
    const file = join(dir, 'kept.json');
    writeFileSync(file, '{"a": 1}\n');
    expect(() => expectGolden(file, { a: 3 }, { UPDATE_GOLDEN: '0' })).toThrow();
    expect(readFileSync(file, 'utf8')).toBe('{"a": 1}\n');
  });
});
