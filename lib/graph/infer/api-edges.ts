import type { InferContext } from '@/lib/graph/infer/infer-context';
import type { PrereqEdge, StoredConcept } from '@/lib/types';

// How sure each structural reason is. A method cannot be used without its type; a type is
// understood through what it extends or implements; a type named in a signature is needed to
// call the item; an item of a module needs the module only as the place it lives in.
const OWNER_TYPE = 0.85;
const SUPERTYPE = 0.75;

/**
 * Evidence source of the edge from a trait to a type that implements it: a prerequisite of the
 * type only; the walk for gaps does not pass it on to the type's own methods (lib/graph/gaps-behind.ts).
 */
const IMPLEMENTS = 'api-implements';

/**
 * Evidence source of the edge from a module to an item in it: the module is only the place the
 * item lives in, so it is a prerequisite of that item and not passed on to what builds on the item.
 */
const IN_MODULE = 'api-module';

/** Edges the walk for gaps follows only into the failed item itself (lib/graph/gaps-behind.ts). */
export const LOCAL_EVIDENCE: ReadonlySet<string> = new Set([IMPLEMENTS, IN_MODULE]);
const SIGNATURE = 0.7;
const OWNER_MODULE = 0.45;
const TYPE_KINDS = new Set(['class', 'type', 'exception']);

/** "str.format()" → ["str", "format"]; argument lists and call parentheses do not name things. */
export function qualifiedParts(label: string): string[] {
  return label
    .replace(/\(.*$/s, '')
    .split(/\.|::|#/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const nameOf = (label: string): string => qualifiedParts(label).join('.').toLowerCase();
const typeName = (label: string): string => qualifiedParts(label).join('.');

function isType(c: StoredConcept): boolean {
  return c.memberKind === 'type' || (!!c.symbolKind && TYPE_KINDS.has(c.symbolKind));
}

/**
 * API structure, from what the page's markup says about each item: its owner type (a method needs
 * it), the supertypes and Deref targets it builds on (`uses`), the traits it implements
 * (`implements`, edges of their own kind: see IMPLEMENTS), and the documented types its signature names. API names repeat across languages and libraries (`Map`, `Event`, `Iterator`), so
 * names are looked up among items of this page and related pages only. Structural, so it holds
 * whatever order the pages were read in.
 */
export function apiEdges(ctx: InferContext): PrereqEdge[] {
  const byName = new Map<string, string[]>();
  const types = new Map<string, string[]>();
  const put = (m: Map<string, string[]>, name: string, key: string): void => {
    const list = m.get(name);
    if (!list) m.set(name, [key]);
    else if (!list.includes(key)) list.push(key);
  };
  for (const c of ctx.concepts.values()) {
    if (c.kind !== 'api') continue;
    const name = nameOf(c.label);
    put(byName, name, c.key);
    if (isType(c)) {
      // Types by their exact spelling: a parameter called `filter` is not the type `Filter`.
      const parts = qualifiedParts(c.label);
      put(types, parts.join('.'), c.key);
      if (parts.length > 1) put(types, parts.at(-1)!, c.key);
    }
  }
  // This page's own item first, then one of a related page.
  const pick = (list: string[] | undefined, not: string): string | undefined =>
    list?.find((k) => k !== not && ctx.onPage.has(k)) ?? list?.find((k) => k !== not && ctx.isRelated(k));

  const edges: PrereqEdge[] = [];
  for (const to of ctx.pageConcepts()) {
    const c = ctx.concepts.get(to)!;
    if (c.kind !== 'api') continue;
    const named = new Set<string>();
    const add = (from: string | undefined, confidence: number, source: string, detail: string): void => {
      if (!from || named.has(from)) return;
      named.add(from);
      edges.push(ctx.edge(from, to, confidence, source, detail));
    };

    // The owner the page names, else the nearest enclosing qualified name that is a concept.
    let owner = c.owner ? pick(byName.get(nameOf(c.owner)) ?? types.get(typeName(c.owner)), to) : undefined;
    if (!owner) {
      const parts = qualifiedParts(c.label);
      for (let n = parts.length - 1; n >= 1 && !owner; n--)
        owner = pick(byName.get(parts.slice(0, n).join('.').toLowerCase()), to);
    }
    if (owner) {
      const o = ctx.concepts.get(owner)!;
      const ownerIsType = isType(o);
      add(
        owner,
        ownerIsType ? OWNER_TYPE : OWNER_MODULE,
        ownerIsType ? 'api-member' : IN_MODULE,
        `"${c.label}" is a member of ${ownerIsType ? 'the type' : ''} "${o.label}"`.replace('  ', ' '),
      );
    }
    for (const base of c.uses ?? []) {
      const key = pick(types.get(typeName(base)) ?? byName.get(nameOf(base)), to);
      if (key)
        add(key, SUPERTYPE, 'api-supertype', `"${c.label}" builds on "${ctx.label(key)}" (its page says so)`);
    }
    for (const trait of c.implements ?? []) {
      const key = pick(types.get(typeName(trait)) ?? byName.get(nameOf(trait)), to);
      if (key)
        add(key, SUPERTYPE, IMPLEMENTS, `"${c.label}" implements "${ctx.label(key)}" (its page says so)`);
    }
    if (!c.signature) continue;
    for (const ident of c.signature.match(/[A-Za-z_][\w.]*(?:::[A-Za-z_]\w*)*/g) ?? []) {
      const key = pick(types.get(typeName(ident)), to);
      if (key)
        add(
          key,
          SIGNATURE,
          'api-signature',
          `the signature of "${c.label}" names the type "${ctx.label(key)}"`,
        );
    }
  }
  return edges;
}
