import type { ApiItem } from '@/lib/extract/api/api-item';
import { cleanText, summaryAfter } from '@/lib/extract/api/api-text';
import { declaredBases } from '@/lib/extract/api/declared-bases';
import { parseSignature } from '@/lib/extract/api/parse-signature';
import type { MemberKind } from '@/lib/types';

// The generic path: any generator that puts an item's signature in a heading, a definition term
// or a signature block. A candidate is accepted when its code covers most of its text (so
// "Using `AsyncResource` for a pool" is prose, `filehandle.close()` is an item), or when a kind
// word introduces the code ("Class: `FileHandle`", "Event: `'close'`", "Static method: ...").
// Owners come from the outline: a type heading owns the items under it until a heading of its
// level or higher; the page's own symbol (its <h1>) owns the rest.

// Small adapters: Dokka (Kotlin) writes each declaration in a ".symbol.monospace" block, pdoc
// (Python) in a "div.attr" block, Haddock (Haskell) in a "p.src" line; all read as signatures.
const SIGNATURE_BLOCKS =
  '.code-header, .tsd-signature, .member-signature, .memname, .sig-object, .symbol.monospace, div.attr, p.src';
const CANDIDATES = `h1, h2, h3, h4, h5, h6, dt, ${SIGNATURE_BLOCKS}`;
const KIND_WORD =
  /^(func|class|interface|struct|enum|trait|type alias|type|module|namespace|package|union|event|static method|class method|instance method|method|property|constructor|function|constant|field|macro|record|annotation type)\b\s*:?\s*/i;
const KIND_OF_WORD = new Map<string, MemberKind>([
  ['func', 'function'],
  ['class', 'type'],
  ['interface', 'type'],
  ['struct', 'type'],
  ['enum', 'type'],
  ['trait', 'type'],
  ['type alias', 'type'],
  ['type', 'type'],
  ['union', 'type'],
  ['record', 'type'],
  ['annotation type', 'type'],
  ['module', 'module'],
  ['namespace', 'module'],
  ['package', 'module'],
  ['event', 'event'],
  ['static method', 'method'],
  ['class method', 'method'],
  ['instance method', 'method'],
  ['method', 'method'],
  ['property', 'property'],
  ['field', 'property'],
  ['constructor', 'constructor'],
  ['function', 'function'],
  ['macro', 'function'],
  ['constant', 'constant'],
]);
/**
 * Doxygen titles its class pages "Stack Class Reference", "std::vector< T > Class Template
 * Reference"; Microsoft Learn "List<T> Class", "String.Split Method".
 */
const REFERENCE_SUFFIX =
  /\s+(?:(class|struct|union|interface|namespace|file)(?: template)? reference|(Class|Struct|Interface|Enum|Namespace|Delegate|Method|Property|Constructor|Field|Event))$/i;
const CALL_SHAPED = /^(?:new\s+)?[\w$.:#~]+\s*\(/;
/** A title that is a qualified name: "std::vector<T,Allocator>::push_back", "Array.prototype.map()". */
const PATH_SHAPED = /^[\w$]+(?:<[^>]*>)?(?:(?:\.|::)[\w$~]+(?:<[^>]*>)?)+(?:\(\))?$/;

interface Owner {
  level: number;
  label: string;
  isType: boolean;
  /** A type declared in a block (not a heading) owns what its <section> holds, when it has one. */
  section?: Element;
}

/**
 * The signature a bare-name heading introduces: Javadoc before JDK 9 writes `<h4>add</h4>` and
 * then `<pre>public boolean add(E e)</pre>`; other generators do the same with a code block. Taken
 * only when the block is one short line that declares the heading's name.
 */
function signatureBelow(heading: Element, name: string): string | undefined {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
  const next = heading.nextElementSibling;
  const pre = next?.matches('pre') ? next : next?.matches('div') ? next.querySelector(':scope > pre') : null;
  if (!pre) return undefined;
  const raw = (pre.textContent ?? '').replace(/\u00a0/g, ' ').trim();
  if (raw.length > 400 || raw.split('\n').length > 4) return undefined;
  const sig = raw.replace(/\s+/g, ' ');
  const parsed = parseSignature(sig);
  return parsed && parsed.name.split(/\.|::/).at(-1) === name ? sig : undefined;
}

function levelOf(el: Element): number {
  const m = /^H([1-6])$/i.exec(el.tagName);
  return m ? Number(m[1]) : 7;
}

/** Code text inside a candidate: its <code>, or the whole element for signature blocks. */
function codeOf(el: Element): string {
  if (el.matches(SIGNATURE_BLOCKS)) return cleanText(el);
  const code = el.querySelector('code, .sig-name, .descname');
  return code ? cleanText(code) : '';
}

/** "Enum (Elixir v1.17.0)", "Timer v2.1": a version after the page's name is not part of it. */
const VERSION_TAIL = /\s*(?:\((?:[^()]*\s)?v?\d+(?:\.\d+)+[^()]*\)|v?\d+(?:\.\d+)+)$/;
const BARE_NAME = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;

/**
 * The item a page is about when its <h1> is only a name ("Enum" on an ExDoc page, a module or
 * class page of many generators) and no kind word says what it is: taken when the page's title
 * names it too and its code uses it as an owner ("Enum.map(...)" in an example), so a tutorial's
 * "Introduction" never becomes the owner of the functions it shows.
 */
function namedPageOwner(root: Document | Element): ApiItem | undefined {
  const h1 = root.querySelector('h1');
  if (!h1) return undefined;
  const name = cleanText(h1, 200).replace(VERSION_TAIL, '');
  if (!BARE_NAME.test(name)) return undefined;
  const doc = 'documentElement' in root ? root : root.ownerDocument;
  const title = (doc?.querySelector('title')?.textContent ?? '').trim();
  const escaped = name.replace(/[.$]/g, '\\$&');
  if (!new RegExp(`(?<![\\w$.])${escaped}(?![\\w$])`).test(title)) return undefined;
  const usedAsOwner = new RegExp(`(?<![\\w$.])${escaped}(?:\\.|::)[A-Za-z_$]`);
  const code = Array.from(root.querySelectorAll('pre, code')).slice(0, 400);
  if (!code.some((c) => usedAsOwner.test((c.textContent ?? '').slice(0, 20_000)))) return undefined;
  const summary = summaryAfter(h1, (e) => e.matches(CANDIDATES));
  return {
    name,
    kind: 'module',
    pageItem: true,
    signature: name,
    ...(summary ? { summary } : {}),
    uses: [],
  };
}

export function headingSignatures(root: Document | Element, out: ApiItem[], pageOwner?: string): void {
  const owners: Owner[] = [];
  if (pageOwner === undefined) {
    const named = namedPageOwner(root);
    if (named) {
      out.push(named);
      pageOwner = named.name;
    }
  }
  // A section or details block that holds another signature is the next item; one that holds
  // only prose and examples (ExDoc's "docstring" section) is this item's description.
  const isStop = (el: Element): boolean =>
    el.matches(CANDIDATES) || (el.matches('section, details') && opensWithSignature(el));
  let lastHeading = '';
  for (const el of Array.from(root.querySelectorAll(CANDIDATES))) {
    // A signature block inside an accepted heading or term is read with it.
    if (el.parentElement?.closest('h1, h2, h3, h4, h5, h6, dt')) continue;
    const level = levelOf(el);
    const text = cleanText(el, 1000);
    if (level < 7) lastHeading = text;
    // The terms under "Parameters" or "Return value" are an item's arguments, not items.
    else if (el.matches('dt') && PARAMETER_SECTION.test(lastHeading)) continue;
    if (level < 7) while (owners.length > 0 && owners.at(-1)!.level >= level) owners.pop();
    while (owners.length > 0 && owners.at(-1)!.section && !owners.at(-1)!.section!.contains(el)) owners.pop();
    if (!text || text.length > 600) continue;
    let code = codeOf(el);
    let word: MemberKind | undefined;
    let body =
      level > 2
        ? text
        : text.replace(REFERENCE_SUFFIX, (_, doxygen: string | undefined, titled: string | undefined) => {
            const w = (doxygen ?? titled ?? '').toLowerCase();
            word = /namespace|file/.test(w)
              ? 'module'
              : /method/.test(w)
                ? 'method'
                : /property|field/.test(w)
                  ? 'property'
                  : w === 'constructor'
                    ? 'constructor'
                    : w === 'event'
                      ? 'event'
                      : 'type';
            return '';
          });
    const kw = KIND_WORD.exec(body);
    if (kw?.[1]) {
      word = KIND_OF_WORD.get(kw[1].toLowerCase());
      body = body.slice(kw[0].length);
      // "Method Summary", "Field Detail", "Constructor Index": a section of the page, not an item.
      if (/^(?:summary|details?|index|overview|list)\b/i.test(body)) continue;
    }
    if (
      !code &&
      (word || CALL_SHAPED.test(body) || (level === 1 && PATH_SHAPED.test(body)) || el.matches('.signature'))
    )
      code = body;
    let summaryFrom = el;
    if (!code && level === 1) {
      const synopsis = synopsisOf(root, body);
      if (synopsis) code = body = synopsis;
    }
    if (!code && level < 7) {
      const below = signatureBelow(el, body);
      if (below) {
        code = body = below;
        // The description follows the signature block, not the heading.
        summaryFrom = el.nextElementSibling ?? el;
      }
    }
    if (!code || code.length < body.length * 0.5) continue;
    // An <h1> without a kind word names the page's item only when it reads as a path or call
    // ("Array.prototype.map()", "std::vector::push_back"), not as a title ("Introduction").
    if (level === 1 && !word && !/[.:(]/.test(code)) continue;
    if (word === 'event') {
      const ev = /^['"`]?([^'"`]{1,60})['"`]?$/.exec(code.trim());
      if (!ev?.[1]) continue;
      const owner = owners.at(-1)?.label ?? pageOwner;
      out.push({
        name: ev[1],
        kind: 'event',
        ...(owner ? { owner, ownerIsType: true } : {}),
        signature: `Event: '${ev[1]}'`,
        ...summaryOf(el, isStop),
        uses: [],
      });
      continue;
    }
    const parsed = parseSignature(code);
    if (!parsed) continue;
    // The heading's anchor, when it is the item's qualified path ("httpx.Client.get" on a heading
    // "get(url, …)", as mkdocstrings and others write them), says whose member it is.
    const anchored = anchorPath(el, parsed.name);
    // mkdocstrings wraps each object in "doc-object doc-class" / "doc-module" (a small adapter).
    const wrapper = el.parentElement;
    const docKind: MemberKind | undefined = wrapper?.matches('.doc-object.doc-class')
      ? 'type'
      : wrapper?.matches('.doc-object.doc-module')
        ? 'module'
        : undefined;
    let kind: MemberKind = word ?? docKind ?? parsed.kind;
    // A title names a function when the page calls it ("std::vector<T>::push_back" over
    // "void push_back( const T& value );").
    if (level === 1 && kind === 'property') {
      const last = parsed.name.split(/\.|::/).at(-1)!;
      if (
        new RegExp(String.raw`\b${last}\s*\(`).test(
          (('body' in root && root.body ? root.body : root).textContent ?? '').slice(0, 50_000),
        )
      )
        kind = 'function';
    }
    if (word === 'method' && /^new\s/.test(code)) kind = 'constructor';
    // Go names a method's type in its receiver, whatever the outline: "func (b *Builder) Len() int".
    const receiver = parsed.receiver ?? (code === body ? undefined : parseSignature(body)?.receiver);
    const owner =
      receiver ??
      anchored?.owner ??
      (kind === 'type' || kind === 'module' ? owners.at(-1)?.label : (owners.at(-1)?.label ?? pageOwner));
    if (kind === 'function' && owner && (receiver || owners.at(-1)?.isType)) kind = 'method';
    out.push({
      name: parsed.name,
      ...(level === 1 ? { pageItem: true } : {}),
      kind,
      // A constructor named after its type ("new Timer(interval)" under "Class: Timer") keeps it.
      ...(owner && (owner !== parsed.name || kind === 'constructor')
        ? { owner, ownerIsType: receiver ? true : (owners.at(-1)?.isType ?? kind !== 'function') }
        : {}),
      // Python's "def area(self) -> float:" and "class Circle(Shape):" end on the colon of a block.
      signature: fullSignature(el, code, parsed.name).replace(/:\s*$/, '').slice(0, 500),
      ...summaryOf(summaryFrom, isStop),
      uses: [...new Set([...parsed.supertypes, ...declaredBases(el, isStop)])].filter(
        (u) => u !== parsed.name,
      ),
    });
    if (kind === 'type' || kind === 'module')
      owners.push({
        level,
        label: parsed.name,
        isType: kind === 'type',
        ...(level === 7 && el.closest('section') ? { section: el.closest('section')! } : {}),
      });
  }
}

/** A block whose first heading or signature comes before its first paragraph. */
function opensWithSignature(el: Element): boolean {
  const first = el.querySelector(CANDIDATES);
  if (!first) return false;
  const p = el.querySelector('p');
  // 4: DOCUMENT_POSITION_FOLLOWING (the paragraph comes after the signature).
  return !p || (first.compareDocumentPosition(p) & 4) !== 0;
}

/**
 * The owner an element's own anchor names: an id that is a dotted path ending in the item's name
 * ("httpx.client.Client.get" for `get(url)`), the rest being the owner. Only ids with a dot count:
 * a bare id ("get") says nothing more than the name.
 */
function anchorPath(el: Element, name: string): { owner: string } | undefined {
  const id = el.getAttribute('id') ?? '';
  const m = /^((?:[A-Za-z_$][\w$]*\.)+)([A-Za-z_$][\w$]*)$/.exec(id);
  if (!m?.[1] || m[2] !== name.split(/\.|::/).at(-1)) return undefined;
  return { owner: m[1].slice(0, -1) };
}

/** Headings of an item's arguments and results: the terms under them are not items. */
const PARAMETER_SECTION =
  /^(?:parameters?|params|arguments?|args|return values?|returns?|exceptions|throws|errors|options)\b/i;

/**
 * The page's own synopsis of the item its <h1> names (the PHP manual's "array_map(callable
 * $callback, array $array, ...): array" under <h1>array_map</h1>): a code or synopsis block that
 * starts with the name and an argument list.
 */
function synopsisOf(root: Document | Element, name: string): string | undefined {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
  const blocks = Array.from(
    root.querySelectorAll('pre, code, [class*="synopsis"], [class*="signature"]'),
  ).slice(0, 60);
  for (const b of blocks) {
    const t = cleanText(b, 500);
    if (t.length < 400 && t.startsWith(`${name}(`) && parseSignature(t)?.name === name) return t;
  }
  return undefined;
}

/** A heading that only names the item ("func (*Builder) Len") over its declaration: the declaration. */
function fullSignature(heading: Element, code: string, name: string): string {
  const last = name.split(/\.|::/).at(-1) ?? name;
  if (levelOf(heading) === 7 || code.includes(`${last}(`) || code.includes(`${last} (`)) return code;
  return signatureBelow(heading, last) ?? code;
}

function summaryOf(el: Element, stop: (e: Element) => boolean): { summary?: string } {
  const dd = el.matches('dt') ? el.nextElementSibling : null;
  const s = dd?.matches('dd') ? summaryAfter(el, () => false) : summaryAfter(el, stop);
  return s ? { summary: s } : {};
}
