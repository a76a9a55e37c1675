// `rung kp-score` on a three-document fixture whose figures are worked out by hand:
//  d1: gold {neural network, learn rate, gradient descent} (the 4th key "neural network" is a
//      duplicate after stemming; "Gradient descent." loses its full stop); predictions
//      "Neural Network" / "neural networks" (one prediction after normalising), "learning  rates",
//      "optimizer" → 3 predictions, 2 hits: P 2/3, R 2/3, F1 2/3.
//  d2: gold {keyphras extract, stem}; "keyphrase extraction" is 10th, "stemming" 11th (cut):
//      10 predictions, 1 hit: P 1/10, R 1/2, F1 2·(1/10)(1/2)/(6/10) = 1/6.
//  d3: no predictions file: 0, counted as missing.
//  Means over 3 documents: F1 (2/3 + 1/6)/3 = 5/18, P (2/3 + 1/10)/3 = 23/90, R (2/3 + 1/2)/3 = 7/18.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '@/scripts/cli/kp-score';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const set = join(fixtures, 'kp-mini');
const predictions = join(fixtures, 'kp-mini-predictions');

async function capture(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  const code = await run(args);
  vi.restoreAllMocks();
  return { code, out, err };
}

describe('rung kp-score', () => {
  afterEach(() => vi.restoreAllMocks());

  it('scores a predictions folder with the bench scorer (JSON)', async () => {
    const { code, out, err } = await capture([predictions, '--set', set, '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out) as Record<string, unknown>;
    expect(result.set).toBe('kp-mini');
    expect(result.documents).toBe(3);
    expect(result.f1).toBeCloseTo(5 / 18, 12);
    expect(result.precision).toBeCloseTo(23 / 90, 12);
    expect(result.recall).toBeCloseTo(7 / 18, 12);
    expect(result.missing).toBe(1);
    expect(result.stemmer).toBe('english');
    expect(err).toMatch(/1 of 3 documents have no predictions file/);
  });

  it('prints F1@10, P@10, R@10 and the number of documents', async () => {
    const { code, out } = await capture([predictions, '--set', set]);
    expect(code).toBe(0);
    expect(out).toBe('kp-mini: F1@10 0.278  P@10 0.256  R@10 0.389  (3 documents, english stemmer)\n');
  });

  it('fails clearly when the predictions folder is missing', async () => {
    const missing = join(fixtures, 'no-such-folder');
    const { code, out, err } = await capture([missing, '--set', set, '--json']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(`rung kp-score: predictions folder not found: ${missing}\n`);
  });

  it('fails clearly when the set is not a keyphrase set, and on missing arguments', async () => {
    const bad = await capture([predictions, '--set', predictions]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/not a keyphrase set \(needs docsutf8\/ and keys\/\)/);
    const usage = await capture([predictions]);
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/usage: rung kp-score <predictions-dir> --set <dataset-dir>/);
  });
});
