// One cheap pass over the page's elements (no selector engine, no text): how big the page is,
// its anchors and rel=next link, and whether it has any documentation-generator markup worth the
// API extractor's selector queries. On a 1.6 MB news page this replaces several full-document
// querySelectorAll calls, which keeps extraction within 1.5× of Readability alone.

export interface DocumentScan {
  elements: number;
  /** True when the page has more than `limit` elements (the count stopped there). */
  tooLarge: boolean;
  anchors: Element[];
  /** href of the first <link rel=next> or <a rel=next>. */
  relNext?: string;
  hasApiMarkup: boolean;
}

const API_DL = /\b(?:function|class|method|classmethod|staticmethod|attribute|data|exception|module)\b/;
// "signature": JSDoc's and ExDoc's signature spans and headings, pdoc's signature blocks.
const API_CLASS =
  /\b(?:code-header|tsd-signature|member-signature|sig-object|memberdecls|memname|item-table|summary-table|signature|symbol monospace|selflink|methodsynopsis)\b/;
/** A heading or term that reads as a call ("start()", "new Timer(interval)", "fs.readFile(path)"). */
const CALL_HEADING = /^(?:new\s+)?[A-Za-z_$][\w$.:#~]*\s*\([^)]{0,200}\)/;

export function scanDocument(doc: Document, limit: number): DocumentScan {
  const scan: DocumentScan = { elements: 0, tooLarge: false, anchors: [], hasApiMarkup: false };
  const stack: Element[] = doc.documentElement ? [doc.documentElement] : [];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (++scan.elements > limit) {
      scan.tooLarge = true;
      break;
    }
    const tag = (el.tagName ?? '').toUpperCase();
    if (tag === 'A' || tag === 'LINK') {
      if (tag === 'A' && el.hasAttribute('href')) scan.anchors.push(el);
      if (!scan.relNext && /(?:^|\s)next(?:\s|$)/i.test(el.getAttribute('rel') ?? '')) {
        const href = el.getAttribute('href');
        if (href) scan.relNext = href;
      }
    } else if (!scan.hasApiMarkup) {
      const cls = el.getAttribute('class');
      if (cls && ((tag === 'DL' && API_DL.test(cls)) || API_CLASS.test(cls))) scan.hasApiMarkup = true;
      else if (el.id.startsWith('module-')) scan.hasApiMarkup = true;
      else if (
        (/^H[1-6]$/.test(tag) || tag === 'DT') &&
        (el.querySelector('code') || CALL_HEADING.test((el.textContent ?? '').trim().slice(0, 300)))
      )
        scan.hasApiMarkup = true;
      else if (
        (tag === 'H1' || tag === 'H2') &&
        /^(?:Struct|Enum|Trait|Module|Function|Class|Interface|Package|Namespace)[\s:]|\bReference$|\s(?:Class|Struct|Interface|Enum|Namespace|Delegate|Method|Property)$|^[\w$]+(?:<[^>]*>)?(?:(?:\.|::)[\w$~]+(?:<[^>]*>)?)+(?:\(\))?$/.test(
          (el.textContent ?? '').trim().slice(0, 200),
        )
      )
        scan.hasApiMarkup = true;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return scan;
}
