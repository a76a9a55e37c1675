import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractApiSymbols } from '@/lib/extract/api-symbols';
import { CORPUS, corpusPath } from '@/tests/support/corpus';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

describe('extractApiSymbols on generator markup', () => {
  it('reads new-style Sphinx signatures', () => {
    const d = doc(
      '<dl class="py function"><dt class="sig sig-object py" id="asyncio.gather"><span class="sig-prename descclassname">asyncio.</span>' +
        '<span class="sig-name descname">gather</span>(<em>*aws</em>, <em>return_exceptions=False</em>)<a class="headerlink">¶</a></dt>' +
        '<dd><p>Run awaitable objects in the aws sequence concurrently.</p></dd></dl>',
    );
    const [s] = extractApiSymbols(d);
    expect(s?.label).toBe('asyncio.gather');
    expect(s?.symbolKind).toBe('function');
    expect(s?.signature).toBe('asyncio.gather(*aws, return_exceptions=False)');
    expect(s?.summary).toBe('Run awaitable objects in the aws sequence concurrently.');
    expect(s?.definition).toContain('asyncio.gather');
  });

  it('reads rustdoc-style anchored code headings under the page symbol', () => {
    const d = doc(
      '<h1>Struct std::vec::Vec</h1><section id="method.push" class="method"><h4 class="code-header">pub fn push(&amp;mut self, value: T)</h4></section>' +
        '<div class="docblock"><p>Appends an element to the back of a collection.</p></div>',
    );
    const labels = extractApiSymbols(d).map((s) => s.label);
    expect(labels).toContain('Vec::push');
  });
});

describe.skipIf(!CORPUS)('API symbols on the Python library reference', () => {
  it('finds at least 90% of the documented functions, classes and methods with qualified names', () => {
    const dir = corpusPath('pages', 'docs', 'python', 'library');
    let documented = 0;
    let found = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) {
      const d = doc(readFileSync(`${dir}/${f}`, 'utf8'));
      // Ground truth from the page's own markup: every <dt id> of a function/class/method block.
      const expected = new Set<string>();
      for (const dl of Array.from(
        d.querySelectorAll('dl.function, dl.class, dl.method, dl.classmethod, dl.staticmethod'),
      )) {
        for (const dt of Array.from(dl.children)) {
          const id = dt.tagName.toUpperCase() === 'DT' ? dt.getAttribute('id') : null;
          if (id) expected.add(id);
        }
      }
      const got = new Map(extractApiSymbols(d).map((s) => [s.label, s]));
      documented += expected.size;
      for (const id of expected) {
        const s = got.get(id);
        if (s && s.kind === 'api' && s.definition?.includes(id)) found++;
      }
    }
    expect(documented).toBeGreaterThan(1500);
    expect(found / documented).toBeGreaterThanOrEqual(0.9);
  });
});
