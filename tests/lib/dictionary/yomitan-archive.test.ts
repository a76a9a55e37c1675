import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DictionaryError, readYomitanArchive } from '@/lib/dictionary/yomitan-archive';
import { FREEDICT_MISSING, freedictZip, hasFreedict } from '../../support/freedict';

const zip = (files: Record<string, unknown>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(JSON.stringify(v))])));

const INDEX = { title: 'Test', revision: '1', format: 3, sourceLanguage: 'zh', targetLanguage: 'en' };

describe('readYomitanArchive', () => {
  it('reads plain, text and structured-content glosses, tags and deinflection entries', () => {
    const { index, terms } = readYomitanArchive(
      zip({
        'index.json': INDEX,
        'term_bank_1.json': [
          [
            '人工智能',
            'rén gōng zhì néng',
            'n',
            '',
            5,
            ['artificial intelligence', { type: 'text', text: 'AI' }],
            1,
            '',
          ],
          [
            '学',
            'xué',
            'v',
            '',
            1,
            [
              {
                type: 'structured-content',
                content: [
                  { tag: 'ruby', content: ['学', { tag: 'rt', content: 'xué' }] },
                  {
                    tag: 'ol',
                    content: [
                      { tag: 'li', content: 'to learn' },
                      { tag: 'li', content: ['to ', { tag: 'span', content: 'study' }] },
                    ],
                  },
                  { tag: 'img', path: 'x.png' },
                ],
              },
            ],
            2,
            '',
          ],
          ['学了', '', '', '', 0, [['学', ['past']]], 3, ''],
          ['bad row'],
        ],
        'term_bank_2.json': [['智能', '', 'n', '', 0, ['intelligence'], 4, '']],
        'img/x.png': 'not read',
      }),
    );
    expect(index).toMatchObject({ title: 'Test', revision: '1', sourceLanguage: 'zh' });
    expect(terms.map((t) => [t.term, t.glosses, t.tags])).toEqual([
      ['人工智能', ['artificial intelligence', 'AI'], ['n']],
      ['学', ['to learn', 'to study'], ['v']],
      ['学了', [], []],
      ['智能', ['intelligence'], ['n']],
    ]);
    expect(terms[2]?.formOf).toBe('学');
  });

  it.each([
    [new Uint8Array([1, 2, 3]), 'not a zip'],
    [zip({ 'term_bank_1.json': [] }), 'no index.json'],
    [zip({ 'index.json': { revision: '1', format: 3 } }), 'no title'],
    [zip({ 'index.json': { ...INDEX, format: 1 } }), 'format 3'],
    [zip({ 'index.json': INDEX }), 'no term banks'],
    [zip({ 'index.json': INDEX, 'term_bank_1.json': [['x', '', '', '', 0, [], 1, '']] }), 'no usable terms'],
  ])('refuses a bad file with a clear message (%#: %s)', (bytes, message) => {
    expect(() => readYomitanArchive(bytes)).toThrow(DictionaryError);
    expect(() => readYomitanArchive(bytes)).toThrow(message);
  });

  it.skipIf(!hasFreedict('spa-eng'))(
    'reads the FreeDict Spanish build, numbered senses as structured content',
    () => {
      const { index, terms } = readYomitanArchive(freedictZip('spa-eng'));
      expect(index.title).toBe('FreeDict spa-eng');
      expect(terms.length).toBeGreaterThan(4000);
      expect(terms.find((t) => t.term === 'derecho')?.glosses).toEqual([
        'claim, presumption, pretence',
        'right',
        'direct, straight',
      ]);
    },
  );
  if (!hasFreedict('spa-eng')) console.warn(FREEDICT_MISSING('spa-eng'));
});
