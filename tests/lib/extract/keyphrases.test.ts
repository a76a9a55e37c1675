import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyphrases } from '@/lib/extract/keyphrases';
import { yakeKeyphrases } from '@/lib/extract/yake';
import { f1At10 } from '@/scripts/bench/keyphrase.bench';
import { CORPUS, corpusPath } from '@/tests/support/corpus';

// snowball-stemmers ships no type declarations; the scorer needs only `stem`.
const snowball = createRequire(import.meta.url)('snowball-stemmers') as {
  newStemmer: (lang: string) => { stem: (w: string) => string };
};

describe('keyphrases', () => {
  it('takes noun phrases, not a verb with its object, and never repeats a term', () => {
    // Inspec 100.txt, as shipped (CRLF, tab-indented continuation lines); gold keys include
    // "separate-account industry" and "Web-based platforms".
    const text =
      'Separate accounts go mainstream [investment]\r\nNew entrants are shaking up the separate-account industry by supplying\r\n\tWeb-based platforms that give advisers the tools to pick independent\r\n\tmoney managers\r\n';
    const out = keyphrases(text, { lang: 'en', top: 10 });
    expect(out.slice(0, 3)).toEqual(
      expect.arrayContaining(['Web-based platforms', 'separate-account industry']),
    );
    expect(out).not.toContain('supplying Web-based platforms');
    expect(new Set(out.map((k) => k.toLowerCase())).size).toBe(out.length);
  });
});

const SETS = [
  ['Inspec', 'en', 'english'],
  ['SemEval2017', 'en', 'english'],
  ['WikiNews', 'fr', 'french'],
  ['110-PT-BN-KP', 'pt', 'portuguese'],
] as const;

describe.skipIf(!CORPUS)('keyphrases against YAKE through the same scorer (first 40 documents)', () => {
  it.each(SETS)('%s', (set, lang, stemmer) => {
    const st = snowball.newStemmer(stemmer);
    const norm = (s: string): string =>
      s
        .toLowerCase()
        .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
        .replace(/\s+/g, ' ')
        .trim()
        .split(' ')
        .map((w) => st.stem(w))
        .join(' ');
    const dir = corpusPath('keyphrase', set);
    let rung = 0;
    let yake = 0;
    const docs = readdirSync(join(dir, 'docsutf8')).sort().slice(0, 40);
    for (const f of docs) {
      const text = readFileSync(join(dir, 'docsutf8', f), 'utf8');
      const gold = readFileSync(join(dir, 'keys', f.replace(/\.txt$/, '.key')), 'utf8').split(/\r?\n/);
      rung += f1At10(keyphrases(text, { lang, top: 30 }), gold, norm);
      yake += f1At10(yakeKeyphrases(text, lang, 30), gold, norm);
    }
    expect(rung).toBeGreaterThan(yake);
  });
});
