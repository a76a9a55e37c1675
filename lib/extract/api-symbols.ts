import { splitSentences } from '@/lib/text/split-sentences';
import type { ApiSymbolKind, ExtractedConcept } from '@/lib/types';

// API symbols from a documentation page's own markup, not from a per-site table. Documentation
// generators all mark a documented symbol the same way in spirit: a term element carrying an
// anchor id and the signature in code, followed by its description. Recognised shapes:
//  - Sphinx / docutils: <dl class="function|class|method|..."> <dt id="json.dumps"> <dd>
//    (old: .descclassname/.descname; new: "py function", .sig-prename/.sig-name)
//  - rustdoc: <section id="method.push" class="method"> / <h4 id=... class="code-header">
//  - JSDoc: <h4 class="name" id="readFile"> + .description; TypeDoc: .tsd-signature
//  - Javadoc: <section class="detail" id="add(E)"> with .member-signature
//  - generic: a heading whose text is mostly one <code> that looks like a signature.

export type ApiConcept = Omit<ExtractedConcept, 'key'>;

const SPHINX_KINDS: Record<string, ApiSymbolKind> = {
  function: 'function',
  coroutinefunction: 'function',
  decorator: 'function',
  class: 'class',
  method: 'method',
  classmethod: 'method',
  staticmethod: 'method',
  coroutinemethod: 'method',
  abstractmethod: 'method',
  decoratormethod: 'method',
  attribute: 'property',
  property: 'property',
  data: 'constant',
  exception: 'exception',
  module: 'module',
  type: 'type',
};

const MAX_SYMBOLS = 1500;
const IDENT_PATH = /^[A-Za-z_$][\w$]*(?:(?:\.|::|#)[A-Za-z_$][\w$]*)*$/;

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Signature text of a term element: its text without permalink marks and "[source]" links. */
function signatureOf(dt: Element): string {
  return text(dt)
    .replace(/[¶#]\s*$/u, '')
    .replace(/\s*\[source\]\s*$/i, '')
    .replace(/\s*§\s*$/, '')
    .replace(/\s+([(),])/g, '$1')
    .replace(/\(\s+/g, '(')
    .trim()
    .slice(0, 500);
}

function summaryOf(dd: Element | null | undefined): string | undefined {
  if (!dd) return undefined;
  const p = dd.querySelector('p') ?? dd;
  const first = splitSentences(text(p))[0];
  return first ? first.slice(0, 600) : undefined;
}

/** A definition that contains the label (qualified or short name) verbatim, for the quiz blank. */
function definitionFor(label: string, signature: string, summary: string | undefined): string {
  if (summary?.includes(label)) return summary;
  const sig = signature.includes(label)
    ? signature
    : `${label}${signature.slice(signature.indexOf('(')) || ''}`;
  return summary ? `${sig}: ${summary}` : sig;
}

function sphinxSymbols(doc: Document | Element, out: ApiConcept[]): void {
  const dls = doc.querySelectorAll('dl[class]');
  for (const dl of Array.from(dls)) {
    if (out.length >= MAX_SYMBOLS) return;
    const classes = (dl.getAttribute('class') ?? '').split(/\s+/);
    const kindName = classes.find((c) => c in SPHINX_KINDS);
    if (!kindName) continue;
    const symbolKind = SPHINX_KINDS[kindName]!;
    const dd = Array.from(dl.children).find((c) => c.tagName.toUpperCase() === 'DD');
    const summary = summaryOf(dd);
    for (const dt of Array.from(dl.children).filter((c) => c.tagName.toUpperCase() === 'DT')) {
      const id = dt.getAttribute('id') ?? '';
      const pre = text(dt.querySelector('.descclassname, .sig-prename'));
      const name = text(dt.querySelector('.descname, .sig-name'));
      let label = IDENT_PATH.test(id) ? id : `${pre}${name}`.replace(/\s+/g, '');
      if (!IDENT_PATH.test(label)) continue;
      if (!label.includes('.') && name && pre === '' && symbolKind === 'method') label = name;
      const signature = signatureOf(dt);
      out.push({
        label,
        kind: 'api',
        score: 1,
        symbolKind,
        signature,
        ...(summary ? { summary } : {}),
        definition: definitionFor(label, signature, summary),
      });
    }
  }
}

/** rustdoc, JSDoc, TypeDoc, Javadoc and any heading-with-code: anchored headings holding a signature. */
function headingSymbols(doc: Document | Element, pageSymbol: string, out: ApiConcept[]): void {
  const heads = doc.querySelectorAll(
    'h2[id], h3[id], h4[id], h5[id], section[id].method, section[id].detail, .tsd-signature, h3.code-header, h4.code-header',
  );
  for (const h of Array.from(heads)) {
    if (out.length >= MAX_SYMBOLS) return;
    const codeText =
      text(h.querySelector('code, .code-header, .fn, .member-signature')) ||
      (h.matches('.tsd-signature, .code-header') ? text(h) : '');
    const sig = signatureOf(h);
    if (!codeText && !/^[\w$.:#]+\s*\(/.test(sig)) continue;
    if (codeText && codeText.length < sig.length * 0.5) continue;
    const sigText = codeText || sig;
    const m =
      /(?:fn|function|def|static|const|let|var|\(static\))?\s*([A-Za-z_$][\w$]*(?:(?:\.|::|#)[A-Za-z_$][\w$]*)*)\s*(?:<[^>]*>)?\s*\(/.exec(
        sigText,
      );
    const bare = m?.[1] ?? (IDENT_PATH.test(sigText) ? sigText : undefined);
    if (!bare) continue;
    const label = pageSymbol && !bare.includes('.') && !bare.includes('::') ? `${pageSymbol}.${bare}` : bare;
    if (!IDENT_PATH.test(label)) continue;
    const next = h.nextElementSibling;
    const summary = summaryOf(
      next && !/^H\d$/i.test(next.tagName)
        ? next
        : h.parentElement?.querySelector('.docblock, .description, .block, p'),
    );
    out.push({
      label,
      kind: 'api',
      score: 1,
      symbolKind: /\bclass\b|\bstruct\b/.test(sigText)
        ? 'class'
        : sigText.includes('(')
          ? pageSymbol
            ? 'method'
            : 'function'
          : 'other',
      signature: sigText.slice(0, 500),
      ...(summary ? { summary } : {}),
      definition: definitionFor(label, sigText, summary),
    });
  }
}

/** The symbol a whole page documents (rustdoc "Struct std::vec::Vec", MDN "Array.prototype.map()"). */
function pageSymbolOf(doc: Document | Element): string {
  const h1 = text(doc.querySelector('h1'));
  const m = /^(?:Struct|Enum|Trait|Module|Class|Interface|Namespace|Type Alias|Crate)\s+([\w:.<>]+)/.exec(h1);
  return m?.[1]?.replace(/<.*$/, '') ?? '';
}

/** Every documented symbol on the page, in page order, deduplicated by label. */
export function extractApiSymbols(doc: Document | Element): ApiConcept[] {
  const out: ApiConcept[] = [];
  try {
    sphinxSymbols(doc, out);
    if (out.length === 0) headingSymbols(doc, pageSymbolOf(doc), out);
  } catch {
    // A selector engine quirk on a hostile page must not cost the page its other concepts.
  }
  const seen = new Set<string>();
  return out.filter((c) => {
    if (seen.has(c.label)) return false;
    seen.add(c.label);
    return true;
  });
}
