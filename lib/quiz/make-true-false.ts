import { articleBefore, pageArticle } from '@/lib/quiz/article-before';
import { conceptForms, namedByForm } from '@/lib/quiz/concept-forms';
import { definesTerm } from '@/lib/quiz/defines-term';
import { findMentions, type MentionOptions } from '@/lib/quiz/find-mentions';
import { foldText } from '@/lib/quiz/normalize-answer';
import { formDistance, optionShape } from '@/lib/quiz/option-shape';
import { pickDistractors } from '@/lib/quiz/pick-distractors';
import { type QuestionContext, questionId } from '@/lib/quiz/question-context';
import type { Question } from '@/lib/quiz/types';
import { usedAsNoun } from '@/lib/quiz/word-class';
import type { StoredConcept } from '@/lib/types';

function matchCase(word: string, like: string): string {
  return like.charAt(0) !== like.charAt(0).toLowerCase()
    ? word.charAt(0).toUpperCase() + word.slice(1)
    : word.toLowerCase();
}

function swapIn(ctx: QuestionContext, passage: string, swap: StoredConcept, options: MentionOptions): string {
  const isApi = ctx.concept.kind === 'api';
  const theirArticle = pageArticle(swap, ctx.passagesOf(swap));
  let out = '';
  let at = 0;
  for (const m of findMentions(passage, ctx.forms, options)) {
    const original = passage.slice(m.start, m.end);
    let prefixEnd = m.start;
    let article = '';
    const ours = articleBefore(passage, m.start);
    if (ours && ours.start >= at) {
      const lower = ours.word.toLowerCase();
      const next =
        lower === 'a' || lower === 'an'
          ? /^[aeiou]/i.test(swap.label)
            ? 'an'
            : 'a'
          : (theirArticle?.toLowerCase() ?? lower);
      prefixEnd = ours.start;
      const space = /['’]$/.test(next) ? '' : ' ';
      article = matchCase(next, ours.word) + space;
    }
    // "Closures are…" → "Generators are…": keep sentence-initial capitals (never on API names).
    const first = original.charAt(0);
    const capital = !isApi && !article && first !== first.toLowerCase() && m.start === passage.search(/\S/);
    const label = capital ? swap.label.charAt(0).toUpperCase() + swap.label.slice(1) : swap.label;
    out += passage.slice(at, prefixEnd) + article + label;
    at = m.end;
  }
  return out + passage.slice(at);
}

/**
 * The words that carry a claim (five letters or more, names left out), lower-cased, cut to their
 * first five letters so that inflections meet ("errors" / "error", "acquire" / "acquired": a
 * claim another item's summary makes in another form is no checked falsehood).
 */
function contentWords(text: string, names: readonly string[]): Set<string> {
  const named = new Set(names.flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u)));
  const words = text.toLowerCase().match(/[\p{L}\p{N}]{5,}/gu) ?? [];
  return new Set(words.filter((w) => !named.has(w)).map((w) => w.slice(0, 5)));
}

/**
 * A statement about the concept that reads on its own: a declarative sentence (not a question, not
 * cut off at a colon) whose subject is the concept, named within its first few words ("struct
 * std::sync::Arc: A thread-safe…", "A closure is…"), and that does not lean on an earlier
 * sentence ("This concept…", "It…"). Only of such a statement is a swapped name checkably false.
 */
function aboutConcept(ctx: QuestionContext, passage: string): boolean {
  const t = passage.trim();
  if (/[?？:：]$/.test(t)) return false;
  const [m] = findMentions(t, ctx.forms, ctx.mention);
  if (!m) return false;
  const lead = t.slice(0, m.start).trim();
  if (/^(this|that|these|those|it|its|they|such|he|she|note|ceci|cela|il|elle|esto|este|esta|eso)\b/i.test(t))
    return false;
  return lead.split(/\s+/).filter(Boolean).length <= 2;
}

/**
 * Whether a term could be mistaken for the concept, so that a statement with it swapped in is
 * plausibly, not absurdly, false: of a like form and word class ("contiguous" is no stand-in for
 * "class"), and a phrase shares a word with the concept's phrase ("keyword argument" for
 * "positional argument", not "Private Variables" for "Generator expressions").
 */
function sibling(ctx: QuestionContext, c: StoredConcept): boolean {
  const a = ctx.concept.label;
  if (formDistance(a, c.label) > 1) return false;
  const sentences = ctx.page.sentences;
  const x = usedAsNoun(sentences, a);
  const y = usedAsNoun(sentences, c.label);
  if (x !== null && y !== null && x !== y) return false;
  const words = (s: string) =>
    new Set(
      foldText(s)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length >= 3),
    );
  const mine = words(a);
  if (mine.size < 2) return true;
  return [...words(c.label)].some((w) => mine.has(w));
}

/**
 * True or false on the concept's definition. The false version swaps in another concept of the
 * same kind (with its own article); only the page's own defining sentence is used, since swapping
 * a name in an incidental sentence ("Python supports closures") can easily stay true.
 */
export function makeTrueFalse(ctx: QuestionContext): Question | null {
  const definition = ctx.concept.definition;
  const passage = ctx.passages[0];
  if (!definition || passage !== definition || !aboutConcept(ctx, passage)) return null;
  // A term's statement must say what the term is ("A closure is a function…"): a noun phrase
  // ("A file object able to read and write bytes-like objects", a glossary entry's body) claims
  // nothing, and with another term swapped in it may be as true (a binary file is one).
  if (
    ctx.concept.kind !== 'api' &&
    !findMentions(passage, ctx.forms, ctx.mention).some((m) => definesTerm(passage, m))
  )
    return null;
  // A false statement must be checked false, or true/false is not asked: the swapped-in concept
  // has the same shape (a call for a call, never an event; a plural for a plural; gender is
  // handled by swapping the article too), the page
  // defines it in other words, none of which our claim uses ("path.join … then normalizes the
  // resulting path" makes "path.join normalizes the given path" true, not false), and the
  // altered sentence is not something the page says anyway.
  // Words most of the page's definitions use ("method", "returns", "constructs") say nothing.
  const df = new Map<string, number>();
  const defined = ctx.pageConcepts.filter((c) => c.definition);
  for (const c of defined)
    for (const w of contentWords(c.definition ?? '', [])) df.set(w, (df.get(w) ?? 0) + 1);
  const common = (w: string) => (df.get(w) ?? 0) >= Math.max(3, 0.2 * defined.length);
  const claim = new Set([...contentWords(passage, ctx.forms)].filter((w) => !common(w)));
  const swap = pickDistractors({
    answer: ctx.concept,
    pageConcepts: ctx.pageConcepts,
    related: ctx.related,
    passage,
    // Enough candidates that a checked swap is usually found whatever the random draw.
    count: 10,
    random: ctx.random,
  }).find(
    (c) =>
      !!c.definition &&
      c.definition !== passage &&
      optionShape(c.label) === optionShape(ctx.concept.label) &&
      (ctx.concept.kind === 'api' ? c.symbolKind === ctx.concept.symbolKind : sibling(ctx, c)) &&
      ![...contentWords(`${c.definition} ${c.summary ?? ''}`, conceptForms(c))].some((w) => claim.has(w)),
  );
  if (!swap?.definition) return null;
  // An API entry is stated as its name and summary: with the signature kept, a swapped name
  // would carry the other's parameters, and the mismatch would answer by form.
  // A summary that names the item itself ("The path.join() method joins…") gets the other name
  // in its place; one that uses the name as a plain word ("A barrier enables…" for Barrier) would
  // give a swap away, and is not used.
  const summary = ctx.concept.summary?.trim() ?? '';
  const api = ctx.concept.kind === 'api' && summary.length > 0;
  let stated = passage;
  let swapped = swapIn(ctx, passage, swap, ctx.mention);
  if (api) {
    if (/[:：]$/.test(summary) || !swap.summary) return null;
    const own = findMentions(summary, ctx.forms, ctx.mention).length;
    if (findMentions(summary, ctx.forms, { inflect: true }).length > own) return null;
    if (findMentions(summary, conceptForms(swap), { inflect: true }).length > 0) return null;
    // "net.Server 'close' event — Emitted when the server closes": true by the word alone.
    if (namedByForm(ctx.concept.label, [swap.label], summary.replace(/\S*\(\)/g, ''))) return null;
    stated = own > 0 ? summary : `${ctx.concept.label} — ${summary}`;
    swapped = own > 0 ? swapIn(ctx, summary, swap, ctx.mention) : `${swap.label} — ${summary}`;
  }
  const said = (s: string) => foldText(s) === foldText(swapped);
  if (swapped === stated || ctx.page.sentences.some(said) || said(swap.definition)) return null;
  const truth = ctx.random() < 0.5;
  const statement = truth ? stated : swapped;
  const choices = [ctx.text.trueLabel, ctx.text.falseLabel];
  return {
    id: questionId(ctx, 'true-false'),
    conceptKey: ctx.concept.key,
    type: 'true-false',
    prompt: ctx.text.trueFalse(statement),
    choices,
    answer: truth ? ctx.text.trueLabel : ctx.text.falseLabel,
    source: stated,
    pageUrl: ctx.page.url,
    ...(truth ? {} : { explanation: ctx.text.falseBecause(ctx.concept.label, swap.label) }),
    generatedBy: 'offline',
  };
}
