import type { ApiItem } from '@/lib/extract/api/api-item';
import { cleanText } from '@/lib/extract/api/api-text';
import { headingSignatures } from '@/lib/extract/api/heading-signatures';
import { isRustdoc, rustdocItems } from '@/lib/extract/api/rustdoc-items';
import { summaryTables } from '@/lib/extract/api/summary-tables';
import { splitSentences } from '@/lib/text/split-sentences';
import type { ApiSymbolKind, ExtractedConcept, MemberKind } from '@/lib/types';

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

const SPHINX_MEMBER: Record<ApiSymbolKind, MemberKind> = {
  module: 'module',
  class: 'type',
  exception: 'type',
  type: 'type',
  function: 'function',
  method: 'method',
  property: 'property',
  constant: 'constant',
  other: 'property',
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
  // The item's own argument list, not a Go receiver's before it ("func (b *Builder) Len() int").
  const short = label.split(/\.|::|#/).at(-1) ?? label;
  const own = /^[\w$]+$/.test(short)
    ? signature.search(new RegExp(`(?<![\\w$])${short.replace(/[$]/g, '\\$&')}\\s*\\(`))
    : -1;
  const paren = own >= 0 ? signature.indexOf('(', own) : signature.indexOf('(');
  const sig = signature.includes(label)
    ? signature
    : paren >= 0
      ? `${label}${signature.slice(paren)}`
      : label;
  return summary ? `${sig}: ${summary}` : sig;
}

/** Sphinx marks a module's page with a `module-<name>` target: the page documents that module. */
function sphinxModule(doc: Document | Element, out: ApiConcept[], found: { pageItem?: boolean }): void {
  const target = doc.querySelector('.section[id^="module-"], section[id^="module-"], span[id^="module-"]');
  const name = target?.id.slice('module-'.length) ?? '';
  if (!IDENT_PATH.test(name)) return;
  const heading = target?.querySelector('h1');
  const summary = heading ? cleanText(heading).split(/\s+—\s+/)[1] : undefined;
  found.pageItem = true;
  out.unshift({
    label: name,
    kind: 'api',
    score: 1,
    symbolKind: 'module',
    memberKind: 'module',
    signature: `module ${name}`,
    ...(summary ? { summary } : {}),
    definition: summary ? `${name}: ${summary}` : name,
  });
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
      const owner = /^(.+)\.[^.]+$/.exec(label)?.[1];
      out.push({
        label,
        kind: 'api',
        score: 1,
        symbolKind,
        memberKind: SPHINX_MEMBER[symbolKind],
        ...(owner ? { owner } : {}),
        signature,
        ...(summary ? { summary } : {}),
        definition: definitionFor(label, signature, summary),
      });
    }
  }
}

/** The label a developer writes: `Vec::push`, `fs.readFile`, `FileHandle 'close' event`, `new stream.Readable()`. */
function labelOf(item: ApiItem, sep: string): string {
  if (item.label) return item.label;
  const owner = item.owner;
  if (item.kind === 'event') return owner ? `${owner} '${item.name}' event` : `'${item.name}' event`;
  const qualified = /\.|::|#/.test(item.name);
  const short = owner?.split(/\.|::/).at(-1);
  if (item.kind === 'constructor' && (qualified || !owner || item.name === short))
    return `new ${qualified || !owner ? item.name : owner}()`;
  if (qualified || !owner) return item.name;
  return `${owner}${sep}${item.name}`;
}

const LEGACY_KIND: Record<MemberKind, ApiSymbolKind> = {
  module: 'module',
  type: 'class',
  function: 'function',
  method: 'method',
  constructor: 'method',
  property: 'property',
  constant: 'constant',
  event: 'other',
};
const EVENT_LABEL = /^(?:[\w$.:]+ )?'[^']{1,60}' event$/;
const CTOR_LABEL = /^new [\w$.:]+\(\)$/;

function toConcepts(items: ApiItem[], out: ApiConcept[]): void {
  const sep = items
    .slice(0, 50)
    .some((i) => i.name.includes('::') || i.owner?.includes('::') || /::/.test(i.signature))
    ? '::'
    : '.';
  for (const item of items) {
    if (out.length >= MAX_SYMBOLS) return;
    const label = labelOf(item, sep);
    if (label.length > 80 || !(IDENT_PATH.test(label) || EVENT_LABEL.test(label) || CTOR_LABEL.test(label)))
      continue;
    const owner = item.owner ?? /^(.+?)(?:\.|::|#)[^.:#]+$/.exec(item.name)?.[1];
    out.push({
      label,
      kind: 'api',
      score: 1,
      symbolKind: LEGACY_KIND[item.kind],
      memberKind: item.kind,
      ...(owner && owner !== label ? { owner } : {}),
      ...(item.uses.length > 0 ? { uses: item.uses.slice(0, 20) } : {}),
      ...(item.implements?.length ? { implements: item.implements.slice(0, 20) } : {}),
      signature: item.signature.slice(0, 500),
      ...(item.summary ? { summary: item.summary } : {}),
      definition: definitionFor(label, item.signature, item.summary),
    });
  }
}

/** Every documented symbol on the page, in page order, deduplicated by label. */
export function extractApiSymbols(doc: Document | Element, found: { pageItem?: boolean } = {}): ApiConcept[] {
  const out: ApiConcept[] = [];
  try {
    sphinxSymbols(doc, out);
    if (out.length > 0 || doc.querySelector('.sphinxsidebar, [id^="module-"]')) sphinxModule(doc, out, found);
    if (!out.some((c) => c.memberKind !== 'module')) {
      const items: ApiItem[] = [];
      if (isRustdoc(doc)) rustdocItems(doc, items);
      if (items.length === 0) {
        headingSignatures(doc, items);
        summaryTables(doc, items.find((i) => i.kind === 'type')?.name, items);
      }
      toConcepts(items, out);
      found.pageItem ||= items.some((i) => i.pageItem);
    }
  } catch {
    // A selector engine quirk on a hostile page must not cost the page its other concepts.
  }
  const seen = new Map<string, ApiConcept>();
  return out.filter((c) => {
    const first = seen.get(c.label);
    if (!first) {
      seen.set(c.label, c);
      return true;
    }
    // Overloads and summary rows: one concept, with the first description found.
    if (!first.summary && c.summary) {
      first.summary = c.summary;
      first.definition = c.definition;
    }
    return false;
  });
}
