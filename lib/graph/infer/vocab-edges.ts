import type { InferContext } from '@/lib/graph/infer/infer-context';
import type { PrereqEdge } from '@/lib/types';

const FAMILY = 0.5;
const FREQUENCY = 0.3;
/** A word this many times more frequent is one a learner normally meets first. */
const FREQUENCY_RATIO = 4;
const MAX_FREQUENCY_EDGES = 5;
const MIN_BASE = 4;
/** Common derivational prefixes (English and Romance languages share most of them). */
const PREFIXES = ['un', 're', 'in', 'im', 'dis', 'non', 'mis', 'pre', 'des', 'dé', 'ir', 'il'];

function base(label: string, lemma?: string): string {
  return (lemma ?? label).toLowerCase();
}

/**
 * Vocabulary: the base word before its derived forms (a word family: "happy" → "happiness",
 * "unhappy"), and, in the example sentence of a word, the much more frequent words before it.
 */
export function vocabEdges(ctx: InferContext): PrereqEdge[] {
  const lang = ctx.page.lang;
  const bases = new Map<string, string>();
  for (const c of ctx.concepts.values()) {
    if (c.kind === 'vocab' && c.lang === lang) bases.set(base(c.label, c.lemma), c.key);
  }
  const edges: PrereqEdge[] = [];
  for (const to of ctx.pageConcepts()) {
    const c = ctx.concepts.get(to)!;
    if (c.kind !== 'vocab') continue;
    const word = base(c.label, c.lemma);
    const family = new Set<string>();
    for (let n = word.length - 2; n >= MIN_BASE; n--) {
      const k = bases.get(word.slice(0, n));
      if (k && k !== to) {
        family.add(k);
        break;
      }
    }
    for (const p of PREFIXES) {
      const rest = word.startsWith(p) ? word.slice(p.length) : '';
      const k = rest.length >= MIN_BASE - 1 ? bases.get(rest) : undefined;
      if (k && k !== to) family.add(k);
    }
    for (const from of family) {
      edges.push(
        ctx.edge(from, to, FAMILY, 'word-family', `"${c.label}" is formed from "${ctx.label(from)}"`),
      );
    }
    const rank = c.frequencyRank;
    const sentence = ctx.onPage.get(to)?.sentence ?? c.definition;
    if (rank === undefined || !sentence) continue;
    let added = 0;
    for (const m of ctx.mentions.find(sentence)) {
      const a = ctx.concepts.get(m.key);
      if (a?.kind !== 'vocab' || m.key === to || family.has(m.key)) continue;
      if (a.frequencyRank === undefined || a.frequencyRank * FREQUENCY_RATIO > rank) continue;
      edges.push(
        ctx.edge(
          m.key,
          to,
          FREQUENCY,
          'frequency',
          `"${a.label}" (frequency rank ${a.frequencyRank}) is far more common than "${c.label}" (rank ${rank}) and is needed to read its example`,
        ),
      );
      if (++added >= MAX_FREQUENCY_EDGES) break;
    }
  }
  return edges;
}
