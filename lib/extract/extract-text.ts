import { buildResult } from '@/lib/extract/build-result';
import type { TextBlock } from '@/lib/extract/page-text';
import type { ExtractResult } from '@/lib/types';

// Plain text (the CLI's .txt input, pasted passages): blank lines separate paragraphs; a short
// line without final punctuation followed by a paragraph reads as a heading.

const MAX_CHARS = 400_000;

export function extractText(
  text: string,
  opts: { title?: string; lang?: string; nativeLang?: string; top?: number } = {},
): ExtractResult {
  const src = (typeof text === 'string' ? text : '').slice(0, MAX_CHARS).replace(/\r\n?/g, '\n');
  const blocks: TextBlock[] = [];
  let section = 0;
  for (const para of src.split(/\n\s*\n/)) {
    const lines = para.split('\n').map((l) => l.trim());
    const first = lines[0] ?? '';
    if (lines.length > 1 && first.length < 80 && !/[.!?。:;,]$/.test(first) && /\p{L}/u.test(first)) {
      section++;
      blocks.push({ text: first, tag: 'h', level: 2, section });
      lines.shift();
    }
    const body = lines.join(' ').replace(/\s+/g, ' ').trim();
    if (body) blocks.push({ text: body, tag: 'p', section });
  }
  const title = opts.title ?? blocks.find((b) => b.tag === 'h')?.text ?? (blocks[0]?.text ?? '').slice(0, 80);
  const highlights = blocks.flatMap((b, i) =>
    b.tag === 'h' ? [{ text: b.text, kind: 'heading' as const, block: i }] : [],
  );
  return buildResult(
    { title, blocks, highlights },
    { lang: opts.lang, nativeLang: opts.nativeLang ?? 'en', top: opts.top },
  );
}
