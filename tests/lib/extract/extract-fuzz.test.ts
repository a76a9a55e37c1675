import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract/extract-page';
import { extractText } from '@/lib/extract/extract-text';
import { extractResultSchema } from '@/lib/protocol';

// Arbitrary markup built from real tags, attributes and text in many scripts, nested at random.
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    'A closure is a function together with its scope.',
    '闭包是函数和其作用域的组合。',
    'クロージャは関数とスコープの組み合わせです。',
    'الدالة هي جزء من البرنامج.',
    'Функция — это часть программы.',
    'फ़ंक्शन एक प्रोग्राम का भाग है।',
    '<script>alert(1)</script>',
    '&amp;&lt;&#0;&#x110000;',
  ),
);
const tag = fc.constantFrom(
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'dl',
  'dt',
  'dd',
  'dfn',
  'b',
  'code',
  'pre',
  'a',
  'li',
  'ol',
  'table',
  'td',
  'span',
  'article',
  'main',
  'nav',
  'iframe',
  'template',
  'svg',
);
const attrs = fc.constantFrom(
  '',
  ' class="function"',
  ' id="json.dumps"',
  ' rel="next" href="next.html"',
  ' lang="zh"',
  ' dir="rtl"',
  ' href="javascript:void(0)"',
  ' class="sig-name descname"',
);
const markup: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .tuple(tag, attrs, fc.array(tie('node'), { maxLength: 4 }))
      .map(([t, a, kids]) => `<${t}${a}>${kids.join('')}</${t}>`),
    fc.tuple(tag, fc.array(tie('node'), { maxLength: 3 })).map(([t, kids]) => `<${t}>${kids.join('')}`),
  ),
})).node;

describe('the extractor under arbitrary input (fuzz)', () => {
  it('never throws on arbitrary HTML, never changes the document, and returns a valid result', () => {
    fc.assert(
      fc.property(fc.option(fc.constantFrom('en', 'zh', 'ar', 'xx-invalid', '')), markup, (lang, body) => {
        const html = `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><title>t</title></head><body>${body}</body></html>`;
        const { document } = parseHTML(html);
        const before = document.documentElement.outerHTML;
        const result = extractPage(document as unknown as Document, { url: 'https://example.org/page' });
        expect(document.documentElement.outerHTML).toBe(before);
        // What the content script sends must pass the background's own validation.
        expect(extractResultSchema.safeParse(result).success).toBe(true);
        for (const c of result.concepts) {
          if (c.definition) expect(c.definition).toContain(c.label);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary plain text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (t) => {
        const result = extractText(t);
        expect(extractResultSchema.safeParse(result).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
