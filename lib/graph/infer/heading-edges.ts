import type { InferContext } from '@/lib/graph/infer/infer-context';
import type { PrereqEdge } from '@/lib/types';

const NESTED = 0.45;
const UNDER_TITLE = 0.25;
const BODY = 0.3;

/**
 * Headings and their nesting: a concept named in a heading comes before the concepts named in
 * the headings nested under it, and before the concepts first introduced in its section.
 * `section` on an occurrence counts the headings before it, as the extractor numbers them: 0 is
 * the text before the first heading, k ≥ 1 falls under `page.headings[k - 1]`.
 */
export function headingEdges(ctx: InferContext): PrereqEdge[] {
  const headings = ctx.page.headings;
  const named = headings.map((h) => ctx.mentions.find(h.text).map((m) => m.key));
  const parent = headings.map((h, j) => {
    for (let i = j - 1; i >= 0; i--) if (headings[i]!.level < h.level) return i;
    return -1;
  });
  const topLevel = Math.min(...headings.map((h) => h.level));
  const edges: PrereqEdge[] = [];
  headings.forEach((h, j) => {
    const p = parent[j]!;
    if (p < 0) return;
    const confidence = headings[p]!.level === topLevel ? UNDER_TITLE : NESTED;
    for (const from of named[p]!) {
      for (const to of named[j]!) {
        if (from === to || named[p]!.includes(to) || !ctx.inOrder(from, to)) continue;
        edges.push(
          ctx.edge(
            from,
            to,
            confidence,
            'heading-nesting',
            `the section "${clip(h.text)}" is nested under "${clip(headings[p]!.text)}"`,
          ),
        );
      }
    }
  });
  for (const to of ctx.pageConcepts(true)) {
    const s = ctx.onPage.get(to)?.section;
    if (s === undefined) continue;
    const section = s - 1;
    if (section < 0 || section >= headings.length) continue;
    if (named[section]!.includes(to)) continue;
    for (const from of named[section]!) {
      if (from === to || !ctx.inOrder(from, to) || ctx.mentionOrder(from, to) > 0) continue;
      edges.push(
        ctx.edge(
          from,
          to,
          BODY,
          'heading',
          `"${ctx.label(to)}" is introduced in the section "${clip(headings[section]!.text)}"`,
        ),
      );
    }
  }
  return edges;
}

function clip(s: string): string {
  const t = s.replace(/\s+/g, ' ').replace(/¶$/, '').trim();
  return t.length <= 80 ? t : `${t.slice(0, 79)}…`;
}
