import { splitSentences } from '@/lib/text/split-sentences';

// Text of documentation markup as a developer reads it: without the generator's chrome
// (permalink marks, "[src]"/"source" links, copy buttons, "since" version badges, tooltips, the
// screen-reader captions of icon links: "View Source", "Link to this function").

const CHROME_CLASS =
  /\b(?:mark|headerlink|anchor|permalink|rightside|srclink|since|notable-traits|copy-path|tooltip|legacy|stab|deprecated-badge|sr-only|visually-hidden|screen-reader-text)\b/;
// A <label> or <input> in a signature is a toggle ("View Source" in pdoc), never code.
const CHROME_TAGS = new Set(['BUTTON', 'SCRIPT', 'STYLE', 'svg', 'SVG', 'IMG', 'TEMPLATE', 'LABEL', 'INPUT']);

/** Collapsed text of an element, skipping chrome children. Iterative: hostile pages nest deep. */
export function cleanText(el: Element | null | undefined, limit = 4000, prose = false): string {
  if (!el) return '';
  let out = '';
  const stack: Node[] = [el];
  while (stack.length > 0 && out.length < limit) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      out += n.textContent ?? '';
      continue;
    }
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (e !== el && (CHROME_TAGS.has(e.tagName) || CHROME_CLASS.test(e.getAttribute('class') ?? '')))
      continue;
    if (e.tagName.toUpperCase() === 'BR') out += ' ';
    for (let c = e.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return tidy(out, prose);
}

/** Whitespace collapsed, trailing permalink glyphs and "[src]"-style chrome dropped. */
export function tidy(s: string, prose = false): string {
  return (
    s
      .replace(/[\s\u00a0\u200b]+/g, ' ')
      .replace(/\s*(?:\[src\]|\[source\]|\[[−+-]\]|Copy item path|Expand description|More\.\.\.)\s*/gi, ' ')
      .replace(/^\s*[◆§¶#]\s*/u, '')
      .replace(/\s*[¶#§]\s*$/u, '')
      // "fs.readFile( path )" is a call; in a sentence "completes (such as …)" keeps its space.
      .replace(prose ? /\s+([),])/g : /\s+([(),])/g, '$1')
      .replace(/\(\s+/g, '(')
      .trim()
  );
}

/** The first sentence of an item's own description: the first paragraph after its signature. */
export function summaryAfter(start: Element, stopAt: (el: Element) => boolean): string | undefined {
  let el: Element | null = start;
  // The description is a following sibling of the signature, or of one of its wrappers.
  for (let depth = 0; el && depth < 3; depth++) {
    for (
      let sib = el.nextElementSibling, steps = 0;
      sib && steps < 8;
      sib = sib.nextElementSibling, steps++
    ) {
      if (stopAt(sib)) return undefined;
      // Version badges, parameter lists, history tables and examples are not the summary.
      if (sib.matches('ul, ol, table, pre, details, .api_metadata, .changelog, .signature, .stability'))
        continue;
      // Javadoc writes descriptions in <div class="block">, rustdoc in .docblock.
      const p = sib.matches('p, .block, .docblock') ? sib : sib.querySelector('p, .block, .docblock');
      // A wrapper around the signature's code block (pkg.go.dev) holds no description.
      if (!p && sib.querySelector('pre')) continue;
      const s = firstSentence(p ?? sib);
      // Nor a version line ("(PHP 4 >= 4.0.6, PHP 5, PHP 7, PHP 8)", "Since 2.1").
      if (
        s &&
        !/^(?:Added in|History|Stability|Deprecated since|Since)\b/i.test(s) &&
        !/^\(.*\d\.\d.*\)$/.test(s)
      )
        return s;
    }
    el = el.parentElement;
    if (el && /^(?:BODY|MAIN|ARTICLE)$/i.test(el.tagName)) return undefined;
  }
  return undefined;
}

export function firstSentence(el: Element | null | undefined): string | undefined {
  const t = cleanText(el, 3000, true);
  // Three words, or for scripts written without spaces (Chinese, Japanese) four characters.
  if (
    t.split(' ').length < 3 &&
    (t.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0) < 4
  )
    return undefined;
  const first = splitSentences(t)[0];
  return first ? first.slice(0, 600) : undefined;
}
