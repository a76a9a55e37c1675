/**
 * The plain text of a Yomitan structured-content gloss: text nodes in order, block tags (div, li,
 * tr, br) as separators, ruby readings (rt, rp) and images dropped. Never turned into HTML: the
 * dictionary is a file from the internet, as untrusted as a page.
 */
export function structuredText(content: unknown, depth = 0): string {
  if (depth > 40 || content === null || content === undefined) return '';
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((c) => structuredText(c, depth + 1)).join('');
  if (typeof content !== 'object') return '';
  const node = content as { tag?: unknown; content?: unknown };
  const tag = typeof node.tag === 'string' ? node.tag : '';
  if (tag === 'img' || tag === 'rt' || tag === 'rp') return '';
  if (tag === 'br') return '\n';
  const inner = structuredText(node.content, depth + 1);
  return BLOCK.has(tag) ? `\n${inner}\n` : inner;
}

const BLOCK = new Set([
  'div',
  'li',
  'ol',
  'ul',
  'tr',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'details',
  'summary',
]);

/** Glosses of one structured-content definition: one per line, trimmed, short ones only. */
export function structuredGlosses(content: unknown): string[] {
  return structuredText(content)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0);
}
