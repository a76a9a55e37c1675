import { categoryWords, headNamed, headWord, sharesWord } from '@/lib/quiz/api-category';
import { hideNameWords, namedByForm, nameParts, namingWords, shortApiName } from '@/lib/quiz/concept-forms';
import { BLANK, blankMentions, findMentions } from '@/lib/quiz/find-mentions';
import { foldText, normalizeAnswer } from '@/lib/quiz/normalize-answer';
import { pickDistractors } from '@/lib/quiz/pick-distractors';
import { type QuestionContext, questionId } from '@/lib/quiz/question-context';
import { shuffle } from '@/lib/quiz/shuffle';
import type { Question } from '@/lib/quiz/types';
import type { StoredConcept } from '@/lib/types';

/** Stands for the item's own name while its telling words are blanked (a private-use character, no letter). */
const OWN_NAME = '\uE000';

/**
 * Whether `other`'s own name words, put in the blanks of `hidden`, make a phrase its own summary
 * has (the word beside the blank and the name word, in the summary's order).
 */
function fillsBlank(hidden: string, answer: string, other: StoredConcept): boolean {
  const mine = new Set(nameParts(answer));
  const words = nameParts(other.label).filter((w) => !mine.has(w) && w.length >= 2);
  const summary = ` ${foldText(other.summary ?? '').replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  if (!words.length || summary.trim() === '') return false;
  const parts = hidden.split(BLANK);
  for (let i = 0; i < parts.length - 1; i++) {
    const before = /([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u.exec(parts[i] ?? '')?.[1];
    const after = /^[^\p{L}\p{N}]*([\p{L}\p{N}]+)/u.exec(parts[i + 1] ?? '')?.[1];
    for (const w of words) {
      if (before && summary.includes(` ${foldText(before)} ${w} `)) return true;
      if (after && summary.includes(` ${w} ${foldText(after)} `)) return true;
    }
  }
  return false;
}

/** "isAbsolute", "is_dir", "hasRef": a name that answers yes or no. */
function isPredicate(label: string): boolean {
  return /^(is|has|can|should|was)(?:[\p{Lu}_]|$)/u.test(shortApiName(label));
}

/** Words of the text, the blank counted as one: a summary of five words with one blanked says little. */
function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}_]/u.test(w)).length;
}

/** "Which function does this?": the API summary, choose the qualified name among its neighbours. */
export function makeApiWhichFunction(ctx: QuestionContext): Question | null {
  const { concept } = ctx;
  const summary = (concept.summary ?? '').trim();
  // A summary cut off at a colon ("…is an EventEmitter with the following events:") describes
  // nothing on its own.
  if (concept.kind !== 'api' || summary.length < 12 || /[:：]$/.test(summary)) return null;
  const header = concept.signature?.trim() || concept.label;
  // The passage the page gives: the entry's signature line and its summary.
  const source =
    findMentions(header, [concept.label]).length > 0
      ? `${header} — ${summary}`
      : `${concept.label} — ${summary}`;
  // Alternatives of the answer's kind: a type among types, an is-predicate among predicates ("The
  // _____() method determines if…" would pick the one is… name), and none described in the same
  // words (net.Server's and net.Socket's 'error' events are both "Emitted when an error occurs").
  const same = (c: StoredConcept) =>
    (concept.memberKind ? c.memberKind === concept.memberKind : c.symbolKind === concept.symbolKind) &&
    isPredicate(c.label) === isPredicate(concept.label) &&
    normalizeAnswer(c.summary ?? '') !== normalizeAnswer(summary);
  let options = pickDistractors({
    answer: concept,
    pageConcepts: ctx.pageConcepts,
    related: ctx.related,
    passage: summary,
    // A type gets more candidates: those of its own kind are put first below.
    count: !concept.memberKind || concept.memberKind === 'type' ? 16 : 8,
    random: ctx.random,
  }).filter(same);
  // A word of the answer's name that no other option has, standing in the summary ("Emitted when
  // the server closes" for 'close', "JSON decoder" for JSONDecoder), answers by form: it is blanked,
  // and when blanking cannot hide it the question is not asked.
  // The item's own name in its summary ("The path.basename() method returns…") is blanked whole
  // first: blanking only its telling words would leave "path._____()".
  const own = blankMentions(summary, ctx.forms, BLANK, ctx.mention);
  let described = own;
  // Whether options were left out because the blank fits them as well (see below).
  let siblingsDropped = false;
  const first = options.slice(0, 3).map((c) => c.label);
  if (namedByForm(concept.label, first, own)) {
    const hidden = hideNameWords(concept.label, first, own);
    if (hidden === null || namedByForm(concept.label, first, hidden)) return null;
    // What is left must still describe the item ("Emitted when the server _____." fits every
    // server event).
    if (wordCount(hidden) < 6) return null;
    // An option whose own summary has a blanked word may fit the blank as well ("with _____
    // contents" for try_new_uninit fits try_new_zeroed): others are taken while there are enough.
    const blanked = namingWords(concept.label, first, own);
    // Blanking only the last word of a type's name ("A type of _____ which…" for PoisonError)
    // leaves a blank the other options' own last words fill as well ("a type of result":
    // LockResult). The whole name blanked ("implemented with a _____" for BinaryHeap) does not.
    const head = headWord(concept.label);
    const parts = concept.label.match(/\p{Lu}[\p{Ll}\p{N}]+/gu)?.map((w) => w.toLowerCase()) ?? [];
    const hid = (w: string) => blanked.some((b) => b.replace(/s$/, '') === w);
    if (head && hid(head) && !parts.every(hid)) return null;
    const apart = options.filter(
      (c) => !blanked.some((w) => new RegExp(`(^|[^\\p{L}])${w}($|[^\\p{L}])`, 'iu').test(c.summary ?? '')),
    );
    // …unless those were the only other constructors ("Constructs a _____ Arc" among as_ptr and
    // ptr_eq is the only constructor): then the verb answers.
    const constructs = (text: string) => /^\s*(?:constructs|creates)\b/i.test(text);
    if (constructs(summary) && !apart.some((c) => constructs(c.summary ?? ''))) return null;
    // An option whose own name words fill the blank the way its own summary writes them ("access
    // to _____-specific implementations" for path.win32: path.posix's summary says "POSIX
    // specific"; "a scoped lock of a _____" for MutexGuard: RwLockReadGuard's says "of a lock")
    // is as right as the answer once the telling word is gone.
    // (Only the blanks that hid telling words: the item's own name blanked, "The _____() method",
    // is a blank every sibling's name fills.)
    const ownMarked = blankMentions(summary, ctx.forms, OWN_NAME, ctx.mention);
    const tellingHidden = hideNameWords(concept.label, first, ownMarked) ?? hidden;
    const fitting = new Set(options.filter((c) => fillsBlank(tellingHidden, concept.label, c)));
    const kept = (apart.length >= 2 ? apart : options).filter((c) => !fitting.has(c));
    if (kept.length < 2 || (constructs(summary) && !kept.some((c) => constructs(c.summary ?? ''))))
      return null;
    siblingsDropped = fitting.size > 0;
    options = kept;
    described = hidden;
  }
  // A type is described by what it is ("A synchronization primitive which…", "RAII structure
  // used to…"): options that are that kind of thing come first, or the category answers, not the
  // item. (When none is, it is still asked: a type nobody can be asked about is never named as
  // the gap behind its methods.)
  if (!concept.memberKind || concept.memberKind === 'type') {
    // The prompt's words: a category blanked as a name word shows nothing.
    const category = categoryWords(described);
    const alike = options.filter((c) => sharesWord(c.summary ?? '', category));
    // With the siblings the blank fits left out, none of that kind may remain: then the category
    // alone answers ("An RAII implementation of a scoped lock of a _____" among two results and
    // a lazy value), and the question is not asked.
    if (siblingsDropped && alike.length === 0) return null;
    options = [...alike, ...options.filter((c) => !alike.includes(c))];
  }
  const distractors = options.slice(0, 3).map((c) => c.label);
  if (distractors.length < 2 || namedByForm(concept.label, distractors, described)) return null;
  if (headNamed(concept.label, distractors, described)) return null;
  // The item's short name is a plain word too ("address"): blanked everywhere it stands, three or
  // more blanks leave a summary nobody can read.
  const prompt = blankMentions(described, ctx.forms, BLANK, ctx.mention);
  if (prompt.split(BLANK).length > 3) return null;
  return {
    id: questionId(ctx, 'api-which-function'),
    conceptKey: concept.key,
    type: 'api-which-function',
    prompt: ctx.text.whichFunction(prompt),
    choices: shuffle([concept.label, ...distractors], ctx.random),
    answer: concept.label,
    source,
    pageUrl: ctx.page.url,
    generatedBy: 'offline',
  };
}
