import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, it } from 'vitest';
import { extractPage } from '@/lib/extract/extract-page';
import { CORPUS, corpusPath, projectRoot } from '@/tests/support/corpus';
import { expectGolden } from '@/tests/support/golden';

// Golden files: the top-10 labels per page, checked in and reviewed by hand. A change in the
// extractor's output fails here until the new output is reviewed and rewritten with
// UPDATE_GOLDEN=1 npx vitest run tests/lib/extract/golden.test.ts

const PAGES: [name: string, path: string][] = [
  ['python-json-reference', 'docs/python/library/json.html'],
  ['python-tutorial-controlflow', 'docs/python/tutorial/controlflow.html'],
  ['en-news-nytimes-1', 'readability/nytimes-1/source.html'],
  ['en-wikipedia-3', 'readability/wikipedia-3/source.html'],
  ['zh-gmw', 'readability/gmw/source.html'],
  ['ja-yahoo-4', 'readability/yahoo-4/source.html'],
  ['fr-lemonde-1', 'readability/lemonde-1/source.html'],
  ['es-cnet', 'readability/cnet-svg-classes/source.html'],
  ['pt-folha', 'readability/folha/source.html'],
];

const goldenDir = join(projectRoot, 'tests', 'golden', 'extract');

describe.skipIf(!CORPUS)('extractor golden files', () => {
  it.each(PAGES)('%s', (name, path) => {
    const html = readFileSync(corpusPath('pages', path), 'utf8');
    const r = extractPage(parseHTML(html).document as unknown as Document, {
      url: `https://corpus.test/${path}`,
    });
    const actual = {
      page: path,
      lang: r.lang,
      pageKind: r.pageKind,
      top10: r.concepts.slice(0, 10).map((c) => ({ label: c.label, kind: c.kind })),
      topTerms: r.concepts
        .filter((c) => c.kind !== 'api')
        .slice(0, 10)
        .map((c) => c.label),
    };
    expectGolden(join(goldenDir, `${name}.json`), actual);
  });
});
