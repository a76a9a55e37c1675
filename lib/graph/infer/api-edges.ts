import type { InferContext } from '@/lib/graph/infer/infer-context';
import type { PrereqEdge } from '@/lib/types';

const MEMBER = 0.8;
const SIGNATURE = 0.6;
const TYPE_KINDS = new Set(['class', 'type', 'exception']);

/** "str.format()" → ["str", "format"]; argument lists and call parentheses do not name things. */
export function qualifiedParts(label: string): string[] {
  return label
    .replace(/\(.*$/s, '')
    .split(/\.|::|#/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * API structure: a class (or module) before its members, found by qualified-name prefix, and the
 * types named in a signature before the function. Structural, so it holds whatever order the
 * pages were read in.
 */
export function apiEdges(ctx: InferContext): PrereqEdge[] {
  const byName = new Map<string, string>();
  const types = new Map<string, string>();
  for (const c of ctx.concepts.values()) {
    if (c.kind !== 'api') continue;
    const name = qualifiedParts(c.label).join('.').toLowerCase();
    if (!byName.has(name)) byName.set(name, c.key);
    if (c.symbolKind && TYPE_KINDS.has(c.symbolKind)) {
      types.set(name, c.key);
      const last = qualifiedParts(c.label).at(-1)?.toLowerCase();
      if (last && !types.has(last)) types.set(last, c.key);
    }
  }
  const edges: PrereqEdge[] = [];
  for (const to of ctx.pageConcepts()) {
    const c = ctx.concepts.get(to)!;
    if (c.kind !== 'api') continue;
    const parts = qualifiedParts(c.label);
    // The nearest enclosing name that is itself a concept (method → class, else → module).
    for (let n = parts.length - 1; n >= 1; n--) {
      const owner = byName.get(parts.slice(0, n).join('.').toLowerCase());
      if (!owner || owner === to) continue;
      edges.push(
        ctx.edge(owner, to, MEMBER, 'api-member', `"${c.label}" is a member of "${ctx.label(owner)}"`),
      );
      break;
    }
    if (!c.signature) continue;
    const named = new Set<string>();
    for (const ident of c.signature.match(/[A-Za-z_][\w.]*/g) ?? []) {
      const key = types.get(ident.toLowerCase());
      if (!key || key === to || named.has(key)) continue;
      named.add(key);
      edges.push(
        ctx.edge(
          key,
          to,
          SIGNATURE,
          'api-signature',
          `the signature of "${c.label}" names the type "${ctx.label(key)}"`,
        ),
      );
    }
  }
  return edges;
}
