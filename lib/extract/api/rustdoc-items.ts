import type { ApiItem } from '@/lib/extract/api/api-item';
import { cleanText, firstSentence } from '@/lib/extract/api/api-text';
import type { MemberKind } from '@/lib/types';

// rustdoc's adapter. Its <h1> glues kind, path, version and "[src]" together ("Struct
// std::vec::Vec1.0.0[−][src]"), members are anchored sections (`method.push`, `tymethod.next`,
// `variant.Some`, `structfield.0`), and a module page is an item table. Only the page's own items
// become concepts: trait implementations, auto traits and blanket impls are read for what the
// type builds on (Deref target, the traits it implements), not as members of their own.

const ITEM_KIND =
  /^(Struct|Enum|Trait|Module|Crate|Function|Macro|Constant|Static|Type Definition|Type Alias|Primitive Type|Keyword|Union)\s+([\w:]+)/;
const MEMBER_ID = /^(method|tymethod|associatedconstant|associatedtype|variant|structfield)\.(.+?)(?:-\d+)?$/;
const TABLE_KIND: Record<string, MemberKind> = {
  struct: 'type',
  enum: 'type',
  trait: 'type',
  union: 'type',
  type: 'type',
  primitive: 'type',
  fn: 'function',
  macro: 'function',
  mod: 'module',
  constant: 'constant',
  static: 'constant',
};
/** Traits every type has or that say nothing about what it is for. */
const BACKGROUND_TRAITS = new Set(
  'Any Borrow BorrowMut From Into TryFrom TryInto ToOwned Send Sync Unpin RefUnwindSafe UnwindSafe Debug Clone Copy Drop Default PartialEq Eq PartialOrd Ord Hash Display Sized Freeze'.split(
    ' ',
  ),
);

export function isRustdoc(doc: Document | Element): boolean {
  return (
    doc.querySelector(
      'h1.fqn, .rustdoc, #rustdoc-vars, .item-table, section[id^="method."], section[id^="tymethod."]',
    ) !== null
  );
}

export function rustdocItems(doc: Document | Element, out: ApiItem[]): void {
  const h1 = doc.querySelector('h1.fqn .in-band, h1.fqn, .main-heading h1, h1');
  const m = ITEM_KIND.exec(cleanText(h1).replace(/\d+\.\d+\.\d+.*$/, ''));
  if (!m?.[1] || !m[2]) return;
  const path = m[2].split('::');
  const name = path.at(-1)!;
  const itemKind = m[1];
  const module = path.slice(0, -1).join('::');
  if (itemKind === 'Module' || itemKind === 'Crate') {
    out.push({
      name: m[2],
      label: m[2],
      pageItem: true,
      kind: 'module',
      signature: `mod ${m[2]}`,
      ...topSummary(doc),
      uses: [],
    });
    moduleTable(doc, m[2], out);
    return;
  }
  const kind: MemberKind =
    itemKind === 'Function' || itemKind === 'Macro'
      ? 'function'
      : itemKind === 'Constant' || itemKind === 'Static'
        ? 'constant'
        : 'type';
  const decl = cleanText(doc.querySelector('pre.rust, .item-decl pre, .docblock.item-decl'), 500);
  // A free function is written with its module (`iter::once`); a type by its own name (`Vec`).
  const label = kind === 'type' ? name : `${path.at(-2) ?? module}::${name}`;
  out.push({
    name: label,
    label,
    pageItem: true,
    kind,
    ...(module ? { owner: module } : {}),
    signature: decl || `${itemKind.toLowerCase()} ${m[2]}`,
    ...topSummary(doc),
    ...(kind === 'type' ? buildsOn(doc) : { uses: [] }),
  });
  if (kind !== 'type') return;
  const seen = new Set<string>();
  const own = doc.querySelectorAll(
    '[id^="method."], [id^="tymethod."], [id^="associatedconstant."], [id^="associatedtype."], [id^="variant."], [id^="structfield."]',
  );
  for (const el of Array.from(own)) {
    const id = /^[\w.%-]+$/.test(el.id) ? el.id : '';
    const mm = MEMBER_ID.exec(id);
    if (
      !mm?.[1] ||
      !mm[2] ||
      el.closest(
        '#trait-implementations-list, #synthetic-implementations-list, #blanket-implementations-list',
      )
    )
      continue;
    const member = mm[2];
    if (!/^[A-Za-z_]\w*$/.test(member) || seen.has(member)) continue;
    seen.add(member);
    const sig = cleanText(el.querySelector('.code-header') ?? el, 500);
    const memberKind: MemberKind =
      mm[1] === 'variant' || mm[1] === 'associatedconstant'
        ? 'constant'
        : mm[1] === 'structfield'
          ? 'property'
          : mm[1] === 'associatedtype'
            ? 'type'
            : /\(\s*&?(?:'\w+\s+)?(?:mut\s+)?self\b/.test(sig)
              ? 'method'
              : new RegExp(String.raw`->\s*(?:Self|${name})\b`).test(sig)
                ? 'constructor'
                : 'function';
    out.push({
      name: `${name}::${member}`,
      label: `${name}::${member}`,
      kind: memberKind,
      owner: name,
      ownerIsType: true,
      signature: sig || member,
      ...docblockAfter(el),
      uses: [],
    });
  }
}

function topSummary(doc: Document | Element): { summary?: string } {
  // One selector at a time: a selector list matches in document order, and the declaration
  // (`.docblock.item-decl`) comes before the description.
  const block =
    doc.querySelector('details.top-doc > .docblock') ??
    doc.querySelector('#main-content > .docblock:not(.item-decl)');
  const s = firstSentence(block);
  return s ? { summary: s } : {};
}

/** A member's description: the docblock after its section, or after the <summary> holding it. */
function docblockAfter(el: Element): { summary?: string } {
  const holder = el.parentElement?.matches('summary') ? el.parentElement : el;
  for (let sib = holder.nextElementSibling, n = 0; sib && n < 4; sib = sib.nextElementSibling, n++) {
    if (sib.matches('section, summary, details, h3, h4')) break;
    if (sib.matches('.docblock')) {
      const s = firstSentence(sib.querySelector('p') ?? sib);
      return s ? { summary: s } : {};
    }
  }
  return {};
}

/**
 * What the type builds on (`uses`: its Deref target, whose methods it offers as its own, and the
 * supertraits of a trait) and the traits it implements that say what it is (`implements`: their
 * methods are documented with the trait, so they are prerequisites of the type, not of its methods).
 */
function buildsOn(doc: Document | Element): { uses: string[]; implements: string[] } {
  const uses: string[] = [];
  const implemented: string[] = [];
  for (const h of Array.from(
    doc.querySelectorAll(
      '#trait-implementations-list > details > summary > section > h3, #trait-implementations-list h3.code-header',
    ),
  )) {
    const trait = cleanText(h.querySelector('a.trait'));
    if (!trait || BACKGROUND_TRAITS.has(trait) || implemented.includes(trait)) continue;
    implemented.push(trait);
    if (trait === 'Deref') {
      const target = /type Target = ([\w:]+)/.exec(cleanText(h.closest('details') ?? h, 2000));
      if (target?.[1] && !uses.includes(target[1])) uses.push(target[1]);
    }
  }
  // Supertraits: `pub trait Foo: Bar + Baz`.
  for (const a of Array.from(doc.querySelectorAll('pre.rust.trait a.trait'))) {
    const t = cleanText(a);
    if (t && !BACKGROUND_TRAITS.has(t) && !uses.includes(t)) uses.push(t);
  }
  return { uses: uses.slice(0, 12), implements: implemented.slice(0, 12) };
}

/** A module page's item table: each row one item, named as its own page names it. */
function moduleTable(doc: Document | Element, module: string, out: ApiItem[]): void {
  const short = module.split('::').at(-1)!;
  for (const a of Array.from(
    doc.querySelectorAll(
      '.item-table .item-left > a, .item-table > li > div > a, table a.mod, table a.struct, table a.fn, table a.trait, table a.enum, table a.macro',
    ),
  )) {
    const cls = (a.getAttribute('class') ?? '').split(/\s+/).find((c) => c in TABLE_KIND);
    const itemName = cleanText(a);
    if (!cls || !/^[A-Za-z_]\w*$/.test(itemName)) continue;
    const kind = TABLE_KIND[cls]!;
    const row = a.closest('.item-row, tr, li');
    const summary = firstSentence(row?.querySelector('.item-right, .docblock-short, td:last-child'));
    out.push({
      name: itemName,
      label:
        kind === 'type' ? itemName : kind === 'module' ? `${module}::${itemName}` : `${short}::${itemName}`,
      kind,
      owner: module,
      signature: `${cls} ${module}::${itemName}`,
      ...(summary ? { summary } : {}),
      uses: [],
    });
  }
}
