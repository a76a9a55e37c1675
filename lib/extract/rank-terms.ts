import { candidatePhrases, tokenizeSentences } from '@/lib/extract/candidate-phrases';
import type { HighlightKind } from '@/lib/extract/page-text';
import { isCommonWord } from '@/lib/text/common-words';
import { lemmatize } from '@/lib/text/lemmatize';
import { lightStem } from '@/lib/text/light-stem';
import { wordClass } from '@/lib/text/word-class';

// Rung's statistical keyphrase model, unsupervised. Candidates are stopword-split runs
// (candidate-phrases.ts); each is scored from features that survive any language: how often the
// phrase and its words recur (frequency, with inflections merged), how early it first appears, how
// many sentences it spreads over, whether it is capitalised mid-sentence (a named thing), whether
// the page's structure singles it out (title, heading, <dfn>, <dt>, bold), and whether its edges
// look like a noun phrase's (word-class.ts). The few constants were set on all four keyphrase sets
// together and a change was kept only when no set lost, never to favour one set.

export interface RankedTerm {
  label: string;
  /** Stem key of the phrase (its inflections merged). */
  stemKey: string;
  score: number;
  /** Every surface form seen, most frequent first. */
  forms: string[];
  /** Index of the first sentence it occurs in. */
  sentence: number;
  /** How many times the text uses it. */
  tf: number;
  /** The page's structure names it (title, heading, definition, inline code); emphasis alone does not. */
  hinted: boolean;
}

export interface TermHint {
  text: string;
  kind: HighlightKind;
}

export interface RankOptions {
  lang: string;
  hints?: readonly TermHint[];
  maxWords?: number;
  top?: number;
}

const HINT_BOOST: Record<HighlightKind, number> = {
  title: 2.2,
  heading: 1.8,
  dfn: 2.5,
  dt: 2,
  strong: 1.5,
  em: 1.2,
  // Inline code in prose names a thing of the API being taught (`range()`).
  code: 1.6,
};
// Set on all four keyphrase sets at once: abstracts want longer phrases, news shorter ones.
const LENGTH_PRIOR = [0, 0.8, 1, 0.85, 0.3, 0.2, 0.2];

interface Cand {
  key: string;
  tf: number;
  first: number;
  sentences: Set<number>;
  forms: Map<string, number>;
  size: number;
  caps: number;
  firstSentence: number;
  maximal: number;
}

export function rankTerms(sentences: readonly string[], opts: RankOptions): RankedTerm[] {
  const { lang } = opts;
  const tokens = tokenizeSentences(sentences, lang);
  const nWords = Math.max(
    1,
    tokens.reduce((n, row) => n + row.filter((t) => t.index >= 0).length, 0),
  );
  const wordTf = new Map<string, number>();
  for (const row of tokens)
    for (const t of row)
      if ((!t.stop || t.soft) && t.index >= 0) wordTf.set(t.stem, (wordTf.get(t.stem) ?? 0) + 1);

  const cands = new Map<string, Cand>();
  for (const occ of candidatePhrases(tokens, lang, opts.maxWords ?? 4)) {
    let c = cands.get(occ.key);
    if (!c) {
      c = {
        key: occ.key,
        tf: 0,
        first: occ.position,
        sentences: new Set(),
        forms: new Map(),
        size: occ.words.length,
        caps: 0,
        firstSentence: occ.sentence,
        maximal: 0,
      };
      cands.set(occ.key, c);
    }
    c.tf++;
    if (occ.maximal) c.maximal++;
    c.sentences.add(occ.sentence);
    const form = occ.words.join(' ');
    c.forms.set(form, (c.forms.get(form) ?? 0) + 1);
    if (!occ.sentenceStart && /^\p{Lu}/u.test(form)) c.caps++;
  }

  const hintBoost = new Map<string, number>();
  for (const h of opts.hints ?? []) {
    const key = h.text
      .split(/\s+/)
      .map((w) => lightStem(w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''), lang))
      .filter(Boolean)
      .join(' ');
    if (key) hintBoost.set(key, Math.max(hintBoost.get(key) ?? 1, HINT_BOOST[h.kind]));
  }

  const nSent = Math.max(1, sentences.length);
  // How much this text names things with several words: repeated multi-word runs against repeated
  // single words. Technical prose repeats its compound terms ("lattice field theories"), news
  // repeats names and single topic words, so the bonus for each extra word follows the text
  // (0.25 at a ratio of 0.3, between 0.075 and 0.5) instead of one compromise for every genre.
  let multiRepeated = 0;
  let singleRepeated = 0;
  for (const c of cands.values()) {
    if (c.tf < 2 || c.maximal === 0) continue;
    if (c.key.split(' ').filter((w) => wordTf.has(w)).length > 1) multiRepeated++;
    else singleRepeated++;
  }
  const perWord = 0.25 * Math.min(2, Math.max(0.3, multiRepeated / (singleRepeated + 1) / 0.3));
  const scored: RankedTerm[] = [];
  for (const c of cands.values()) {
    const words = c.key.split(' ');
    const content = words.filter((w) => wordTf.has(w));
    // Words that recur elsewhere in the text make the phrase central (SingleRank's insight),
    // but a phrase seen once only through frequent words must not beat a repeated one.
    let wordMass = 0;
    for (const w of content) wordMass += Math.log2(1 + (wordTf.get(w) ?? 0));
    const cohesion = content.length > 1 ? wordMass / content.length : wordMass;
    const pos = c.first / nWords;
    const position = 1 + 1 / (1 + 12 * pos);
    const spread = 1 + Math.log2(c.sentences.size) / Math.log2(1 + nSent);
    const caps = c.caps > c.tf / 2 ? 1.5 : 1;
    const hint = hintBoost.get(c.key) ?? 1;
    const length = LENGTH_PRIOR[Math.min(content.length, LENGTH_PRIOR.length - 1)] ?? 0.4;
    // English participles alone ("specified", "called") are rarely the concept a page teaches.
    const participle =
      content.length === 1 &&
      lang.startsWith('en') &&
      c.key.split(' ').length === 1 &&
      [...c.forms.keys()].every((f) => /[^e]ed$/i.test(f))
        ? 0.15
        : 1;
    // A run never seen whole is a fragment of a longer term ("pick independent money" of "pick
    // independent money managers"): C-value's nesting idea, without its corpus statistics.
    const maximal = c.maximal === 0 ? 0.3 : 1;
    // A word every reader knows ("value", "called") is not what the page teaches, on its own.
    const common = content.length === 1 && words.length === 1 && isCommonWord(words[0]!, lang) ? 0.3 : 1;
    // A conjugated verb alone ("morreu", "tenho") is an event, not a term; vocabulary weighs
    // them the same way.
    let verb = 1;
    if (words.length === 1) {
      const lem = lemmatize([...c.forms.keys()][0] ?? '', lang);
      verb = lem.core ? 0.2 : lem.verb ? 0.5 : 1;
    }
    // Keyphrases are noun phrases: one ending in an adverb, a participle or an adjective
    // ("organisms evolved", "device known", "highly constrained", "anos morrem") is a clause or a
    // fragment, and so is one opening with an adverb or a verb (word-class.ts).
    const written = ([...c.forms.keys()][0] ?? '').split(' ');
    const last = wordClass(written.at(-1) ?? '', lang);
    // "particles moving", "objects hopping": a plural noun then an -ing word is a clause.
    const clause =
      lang.startsWith('en') &&
      written.length > 1 &&
      /\w{3}ing$/i.test(written.at(-1)!) &&
      /[^s]s$/i.test(written.at(-2)!);
    const nounPhrase =
      (clause ? 0.3 : 1) *
      (last === 'other' ? 1 : last === 'adjective' ? 0.3 : 0.2) *
      (['adverb', 'verb'].includes(wordClass(written[0] ?? '', lang)) && written.length > 1 ? 0.3 : 1);
    const score =
      nounPhrase *
      verb *
      common *
      maximal *
      participle *
      Math.log2(1 + c.tf) *
      (1 + cohesion) *
      (content.length > 1 ? 1 + perWord * content.length : 1) *
      position *
      spread *
      caps *
      hint *
      length;
    const forms = [...c.forms.entries()].sort((a, b) => b[1] - a[1]).map(([f]) => f);
    scored.push({
      label: pickLabel(forms),
      stemKey: c.key,
      score,
      forms,
      sentence: c.firstSentence,
      tf: c.tf,
      hinted: hint >= HINT_BOOST.code,
    });
  }
  scored.sort((a, b) => b.score - a.score || a.sentence - b.sentence || a.stemKey.localeCompare(b.stemKey));
  // Redundancy: a phrase inside one already chosen ("money managers" after "independent money
  // managers") adds nothing for a learner. Longer phrases that extend a chosen one stay: they name
  // a more specific concept.
  const chosen: RankedTerm[] = [];
  const limit = opts.top ?? scored.length;
  for (const t of scored) {
    const k = ` ${t.stemKey} `;
    const clash = chosen.some((c) => ` ${c.stemKey} `.includes(k));
    if (clash) continue;
    chosen.push(t);
    if (chosen.length >= limit) break;
  }
  return chosen;
}

/** The most frequent surface form, lowercased unless it is a name or an acronym everywhere. */
function pickLabel(forms: string[]): string {
  const best = forms[0] ?? '';
  const lower = forms.find((f) => f === f.toLowerCase());
  return lower ?? best;
}
