import type { InferContext } from '@/lib/graph/infer/infer-context';
import type { PrereqEdge } from '@/lib/types';

const BASE = 0.55;
const MUTUAL = 0.25;
const MENTIONED_FIRST_BONUS = 0.1;
const MENTIONED_LATER_PENALTY = 0.15;
/** A long definition that names many concepts is a summary, not a definition; keep the first few. */
const MAX_PER_DEFINITION = 8;

/** A concept used in the sentence that defines another is its prerequisite. */
export function definitionEdges(ctx: InferContext): PrereqEdge[] {
  const uses = new Map<string, string[]>();
  const sentenceOf = new Map<string, string>();
  for (const key of ctx.pageConcepts()) {
    const c = ctx.concepts.get(key)!;
    if (c.kind === 'vocab') continue; // a vocabulary "definition" is an example sentence: see vocabEdges
    const sentence = ctx.onPage.get(key)?.sentence ?? (ctx.isNewHere(key) ? c.definition : undefined);
    if (!sentence) continue;
    sentenceOf.set(key, sentence);
    const named = ctx.mentions
      .find(sentence)
      .map((m) => m.key)
      .filter((k) => k !== key && ctx.concepts.get(k)?.kind !== 'vocab');
    uses.set(key, named.slice(0, MAX_PER_DEFINITION));
  }
  const edges: PrereqEdge[] = [];
  for (const [to, named] of uses) {
    for (const from of named) {
      if (!ctx.inOrder(from, to)) continue;
      const mutual = uses.get(from)?.includes(to) ?? false;
      let confidence = mutual ? MUTUAL : BASE;
      const order = ctx.mentionOrder(from, to);
      if (order < 0) confidence += MENTIONED_FIRST_BONUS;
      if (order > 0) confidence -= MENTIONED_LATER_PENALTY;
      const sentence = sentenceOf.get(to)!;
      edges.push(
        ctx.edge(
          from,
          to,
          confidence,
          'definition',
          `"${ctx.label(from)}" is used in the sentence that explains "${ctx.label(to)}": “${clip(sentence)}”`,
        ),
      );
    }
  }
  return edges;
}

export function clip(s: string, max = 160): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}
