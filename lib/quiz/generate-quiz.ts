import { checkAnswerable } from '@/lib/quiz/check-answerable';
import { questionViolations, sourceSentences } from '@/lib/quiz/check-quiz';
import { conceptForms, mentionOptions } from '@/lib/quiz/concept-forms';
import { CONNECTIVE, definesTerm } from '@/lib/quiz/defines-term';
import { findMentions } from '@/lib/quiz/find-mentions';
import { makeApiParameter, makeApiReturnType } from '@/lib/quiz/make-api-signature';
import { makeApiWhichFunction } from '@/lib/quiz/make-api-which-function';
import { makeCloze, makeTypedBlank } from '@/lib/quiz/make-cloze';
import { makeOrdering } from '@/lib/quiz/make-ordering';
import { makeStatementChoice } from '@/lib/quiz/make-statement-choice';
import { makeTrueFalse } from '@/lib/quiz/make-true-false';
import { makeVocabGloss, makeVocabMeaning } from '@/lib/quiz/make-vocab-meaning';
import { makeVocabWord } from '@/lib/quiz/make-vocab-word';
import { normalizeAnswer } from '@/lib/quiz/normalize-answer';
import { promptText } from '@/lib/quiz/prompt-text';
import type { QuestionContext } from '@/lib/quiz/question-context';
import { scriptClass } from '@/lib/quiz/script-class';
import type { Question, QuestionType } from '@/lib/quiz/types';
import { usablePassage } from '@/lib/quiz/usable-passage';
import { segmentWords } from '@/lib/text/segment-words';
import { isStopword } from '@/lib/text/stopwords';
import type { ConceptKind, Occurrence, StoredConcept, StoredPage } from '@/lib/types';

export interface QuizInput {
  page: StoredPage;
  /** The page's concepts, most important first. */
  concepts: StoredConcept[];
  occurrences: Occurrence[];
  /** Deterministic random source in [0, 1). */
  random: () => number;
  count?: number;
  /** Concepts of related pages (same site, prerequisite neighbours): extra distractors when the page has too few. */
  related?: StoredConcept[];
  /** The learner's UI language for the question wording ("en", "es"); default English. */
  uiLang?: string;
  /** Only these question types (default: all). */
  types?: readonly QuestionType[];
  /**
   * A concept asked about first (a quiz on one concept): all its questions are made before any
   * other concept takes a sentence, so its follow-ups find sentences too.
   */
  focus?: string;
}

/**
 * How many times a question type is drawn for a concept when the draw fails a check (a random
 * distractor that was in the passage, a swap that stayed true): enough that whether a concept gets
 * a question of a type does not hang on one draw of the seed, few enough to stay cheap.
 */
const DRAWS = 3;

/** How many times a quiz on one concept goes round its question types (each on new sentences). */
const FOCUS_ROUNDS = 3;

type MakeQuestion = (ctx: QuestionContext) => Question | null;

const ANAPHORIC =
  /^["“«¿¡(]*(this|that|these|those|it|it['’]s|its|they|such|here|now|what we|in (?:this|that) (?:case|example)|ce|ces|cet|cette|cela|il|elle|ils|elles|este|esta|estos|estas|esto|eso|ello|isso|isto|ele|ela|eles|elas|dies|diese|dieser|dieses|er|sie|es)\b/i;

/**
 * A whole sentence a learner can read on its own: it ends like a sentence and is not a caption, a
 * heading or a parameter list ("address <string> The IP address to check"). Those say too little
 * to ask about, and many words would fill their blank.
 */
function readsAsSentence(s: string): boolean {
  const t = s.trim();
  if (/^[\p{L}_$][\p{L}\p{N}_$.]*\s+[<{]/u.test(t)) return false;
  if (!/[.!?。！？…][\s"”’'»」）)]*$/u.test(t)) return false;
  // A statement opening on its verb has its subject in the sentence before ("Must return an
  // asynchronous iterator from its __aiter__() method."): out of context it says nothing.
  if (/^(must|can|may|should|will|would|could|is|are|was|were|has|have)\s/i.test(t) && !/[?？]$/.test(t))
    return false;
  // Nor one that points back at what came before ("This is trivially the case…", "It’s named so
  // because…", "What we did is…", "Ces données…"): what it is about is not shown.
  if (ANAPHORIC.test(t) || POINTS_BACK.test(t) || SECOND_HALF.test(t)) return false;
  // …also after a connective ("Instead, it typically employs…", "However, this…"): the connective
  // ties it to the sentence before as much as the pronoun does.
  const rest = CONNECTIVE.exec(t);
  if (rest && ANAPHORIC.test(t.slice(rest[0].length))) return false;
  return scriptClass(t) !== 'spaced' || t.split(/\s+/).length >= 5;
}

/**
 * Whether a mention of an API item in prose names the code, not an English word that happens to
 * be its short name ("this module's default settings" is not `JSONEncoder.default`): the full
 * name, a qualified or code-shaped name, or a name called with "(".
 */
function namesCode(s: string, m: { start: number; end: number }, label: string): boolean {
  const text = s.slice(m.start, m.end);
  if (text === label || /[.:#_$\p{N}]|\p{Ll}\p{Lu}/u.test(text)) return true;
  if (s.charAt(m.end) === '(' || s.charAt(m.start - 1) === '.') return true;
  // A capitalised name inside a sentence is a type ("the Server"), at its start just a capital.
  return /^\p{Lu}/u.test(text) && s.slice(0, m.start).trim().length > 0;
}

// Openings that are the second half of a pair the sentence before opened ("De l’autre, une…",
// "On the other hand, …").
const SECOND_HALF =
  /^(?:on the other hand|de l['’]autre|d['’]autre part|por otro lado|por outro lado|andererseits)\b/i;

// A demonstrative standing for something said before ("often refers to these as…", "those are"):
// the sentence is about what the previous one named.
const POINTS_BACK =
  /\bin (?:this|that|the above|the previous) (?:case|example)\b|\b(these|those)\s*(?:as|are|were|can|could|will|would|have|had|do|does|[,.;:)])(?=\s|$)|\brefers? to (?:this|these|those|them|it)\b/i;

/**
 * Whether a word concept's mention in `s` can be blanked as a word of its own: not glued to more of
 * a word ("node:_____", "_____-line options", "_____.org", "_____员"), where the rest of the word gives it away,
 * and not a cross-reference to a section ("see below Private Variables"), which asks a link, not a
 * meaning. In scripts without spaces the mention must be whole words of the sentence.
 */
function blanksAsWord(s: string, m: { start: number; end: number }, lang: string): boolean {
  const before = s.slice(0, m.start);
  const after = s.slice(m.end);
  if (/\b(see|see also|cf\.?|below|above)\s*$/i.test(before)) return false;
  // A word of a set phrase, not the term: "for instance," "for example," "in case".
  if (/\b(?:for|in)\s+$/i.test(before) && /^\s*[,;]/.test(after)) return false;
  // Part of a longer name: "President Barack _____", "US _____": the rest of the name answers.
  const name = /^\p{Lu}/u.test(s.slice(m.start, m.end));
  if (name && /\S\s+\p{Lu}[\p{L}.]*\s+$/u.test(before)) return false;
  if (name && /^\s+\p{Lu}\p{Ll}/u.test(after)) return false;
  // An acronym in brackets soon after spells the blanked words: "un _____ judiciaire national
  // automatisé (Fijait)".
  const acronym = /^[^()]{0,80}\((\p{Lu}[\p{L}]{1,9})\)/u.exec(after)?.[1];
  if (acronym && acronym.charAt(0).toLowerCase() === s.charAt(m.start).toLowerCase()) return false;
  // A title names a person: "Mr _____" leaves only the person among the options.
  if (name && /\b(Mr|Mrs|Ms|Dr|Prof|Mme|Mlle|Sr|Sra|Herr|Frau)\.?\s+$/u.test(before)) return false;
  if (scriptClass(s) === 'unspaced') {
    const words = segmentWords(s, lang);
    return words.some((w) => w.start === m.start) && words.some((w) => w.end === m.end);
  }
  return !/[\p{L}\p{N}_:/-]$/u.test(before) && !/^(?:[\p{L}\p{N}_]|[.:/-][\p{L}\p{N}])/u.test(after);
}

/**
 * Whether a term's mention is the end of a longer noun phrase, with a content word right before it
 * ("the class _____ for a", "the default _____ prompt", "the current _____"): the neighbour picks the answer by collocation, and a term among terms reads
 * wrong in the phrase. Only for spaced scripts, where words show.
 */
function inCompound(s: string, m: { start: number; end: number }, lang: string): boolean {
  if (scriptClass(s) !== 'spaced') return false;
  // The stopword lists also hold words that split keyphrases ("method", "example"): only their
  // short words are function words here.
  const content = (w: string | undefined) =>
    !!w && !(isStopword(w, lang) && Array.from(w).length <= 5) && !/^\p{N}/u.test(w);
  // Only the word before: the word after is as often the verb of a term that is the subject
  // ("Every closure keeps…").
  const before = /([\p{L}\p{N}][\p{L}\p{N}'’-]*)\s+$/u.exec(s.slice(0, m.start))?.[1];
  return content(before);
}

/**
 * Whether a term's mention opens a compound the page (`pageLower`, lower-cased) uses twice or more
 * ("When a class _____ is…" for "class attribute"): the word after picks the answer by collocation.
 */
function compoundAfter(
  s: string,
  m: { start: number; end: number },
  lang: string,
  pageLower: string,
): boolean {
  if (scriptClass(s) !== 'spaced') return false;
  const next = /^\s+([\p{L}][\p{L}\p{N}'’-]*)/u.exec(s.slice(m.end))?.[1];
  if (!next || (isStopword(next, lang) && Array.from(next).length <= 5)) return false;
  const phrase = `${s.slice(m.start, m.end)} ${next}`.toLowerCase();
  const first = pageLower.indexOf(phrase);
  return first >= 0 && pageLower.indexOf(phrase, first + 1) >= 0;
}

// Verbs of reporting and linking that end a phrase cut out of a sentence ("Vulture magazine reads",
// "Emery states", "people actually think"): no term ends on one.
const PHRASE_VERB =
  /\s(?:says|said|states|stated|reads|writes|wrote|tweets|tweeted|claims|claimed|reports|reported|tells|told|adds|added|explains|explained|notes|noted|argues|argued|asks|asked|relating|following|according|think|thinks|believe|believes)$/i;

/** A term whose label is a clause, not a name: it is neither asked nor offered as an option. */
function endsOnVerb(c: StoredConcept): boolean {
  return c.kind === 'term' && PHRASE_VERB.test(c.label.trim());
}

const RECALL: ReadonlySet<QuestionType> = new Set(['typed', 'vocab-recall']);

// Easier recognition first, recall later: a concept's first question is usually a choice.
const BY_KIND: Record<ConceptKind, MakeQuestion[]> = {
  term: [makeCloze, makeStatementChoice, makeTrueFalse, (c) => makeTypedBlank(c, 'typed')],
  // What an item does and returns first; a parameter's name (how the page spells the call) and
  // typing the name are follow-ups, like recall.
  api: [
    makeApiWhichFunction,
    makeCloze,
    makeApiReturnType,
    makeTrueFalse,
    makeApiParameter,
    (c) => makeTypedBlank(c, 'typed'),
  ],
  // With meanings (a dictionary), a word is asked what it means first, in context and both ways;
  // "which sentence uses it" is not asked: the word stands verbatim in the one right option.
  vocab: [
    makeVocabMeaning,
    makeVocabGloss,
    makeVocabWord,
    makeCloze,
    (c) => makeTypedBlank(c, 'vocab-recall'),
  ],
};

/**
 * Offline questions for a page, each tied to the passage it came from and checked answerable.
 *
 * What each type asks, and how it is answered (`gradeAnswer` grades all of them):
 * - cloze: the concept blanked out of its defining sentence; pick among `choices`.
 * - multiple-choice: the defining sentence cut after the concept; pick the true continuation.
 * - true-false: the definition, or a copy with another concept swapped in; `choices[0]` is "true".
 * - typed / vocab-recall: a blanked sentence, typed from memory (no `choices`; forgiving grader).
 * - ordering: `choices` are the steps shuffled; the answer is the steps in the page's order joined
 *   with "\n", and the UI must submit the learner's order the same way.
 * - api-which-function: a summary; pick the qualified name. api-signature: a parameter blanked;
 *   pick it, or type it when the page has too few other parameter names.
 * - vocab-meaning: a word in its sentence; pick its gloss (only when concepts carry glosses).
 *   vocab-recognise: pick the page's sentence that uses the word.
 * Concepts take turns (most important first) so a short quiz covers many concepts, and each
 * concept's question types vary. Deterministic given `random`.
 */
export function generateQuiz(input: QuizInput): Question[] {
  const { page, concepts, occurrences, random } = input;
  const count = input.count ?? 6;
  const text = promptText(input.uiLang);
  const allowed = input.types ? new Set(input.types) : null;
  const occurrenceSentences = new Map<string, string[]>();
  for (const o of occurrences) {
    if (o.pageUrl !== page.url || !o.sentence) continue;
    occurrenceSentences.set(o.conceptKey, [...(occurrenceSentences.get(o.conceptKey) ?? []), o.sentence]);
  }
  const everyForm = [...concepts, ...(input.related ?? [])].flatMap((o) =>
    conceptForms(o).map((form) => ({ key: o.key, form })),
  );
  const offered = concepts.filter((c) => !endsOnVerb(c));
  // Enough API items for questions among themselves (three options each, several questions).
  const apiPage = page.pageKind === 'api-reference' && concepts.filter((c) => c.kind === 'api').length >= 6;
  const passageCache = new Map<string, string[]>();
  const pageLower = page.sentences.join('\n').toLowerCase();
  const passagesOf = (c: StoredConcept): string[] => {
    const cached = passageCache.get(c.key);
    if (cached) return cached;
    const forms = conceptForms(c);
    const mention = mentionOptions(c);
    // Names of other concepts that contain this one ("abstract base class" for "class"): a
    // sentence where the concept only occurs inside them would blank the wrong thing.
    const own = normalizeAnswer(c.label);
    const longer = everyForm
      .filter(({ key, form }) => key !== c.key && findMentions(form, forms, mention).length > 0)
      .map((x) => x.form)
      .filter((f) => normalizeAnswer(f) !== own);
    const fits = (s: string) => {
      if (!usablePassage(s, forms, mention)) return false;
      if (!(c.kind === 'api' && s === c.definition) && !readsAsSentence(s)) return false;
      // On an API reference page the prose around a term describes a call the sentence does not
      // name ("If the given path is a zero-length string, false will be returned."), and generic
      // words of that prose (string, sequence, node) are what its terms mostly are: there a term
      // is asked only from a sentence that says what it is. (A reference page with few items, a
      // struct page of two methods, is asked about in its prose as before: else nothing is asked.)
      if (c.kind === 'term' && apiPage && !findMentions(s, forms, mention).some((m) => definesTerm(s, m)))
        return false;
      // A page sentence that starts in lower case is the tail of one cut by a quote or a line break
      // ("before his smile returned and…"); a definition may ("keyword argument: an argument…").
      if (s !== c.definition && /^\p{Ll}[\p{Ll}’']*\s/u.test(s.trim())) return false;
      if (c.kind === 'api' && !findMentions(s, forms, mention).every((m) => namesCode(s, m, c.label)))
        return false;
      if (c.kind !== 'api' && !findMentions(s, forms, mention).every((m) => blanksAsWord(s, m, c.lang)))
        return false;
      // Its own definition is asked whatever phrases it is in: that is definition → term. (Only one
      // that says what it is: elsewhere "definition" is the first sentence naming the term.)
      if (c.kind === 'term') {
        const mentions = findMentions(s, forms, mention);
        const defines = s === c.definition && mentions.some((m) => definesTerm(s, m));
        if (
          !defines &&
          mentions.some((m) => inCompound(s, m, c.lang) || compoundAfter(s, m, c.lang, pageLower))
        )
          return false;
      }
      if (longer.length === 0) return true;
      const outer = findMentions(s, longer);
      return findMentions(s, forms, mention).every(
        (m) => !outer.some((o) => o.start <= m.start && m.end <= o.end),
      );
    };
    const found: string[] = [];
    const candidates = [c.definition ?? '', ...(occurrenceSentences.get(c.key) ?? [])];
    for (const s of candidates) if (s && !found.includes(s) && fits(s)) found.push(s);
    for (const s of page.sentences) {
      if (found.length >= 3) break;
      if (!found.includes(s) && fits(s)) found.push(s);
    }
    passageCache.set(c.key, found);
    return found;
  };

  // Lazily, one concept's next question at a time: a short quiz over a long page only pays for
  // the questions it returns (the popup waits on this).
  const ordering = allowed && !allowed.has('ordering') ? [] : makeOrdering(page, concepts, text, random);
  // A label with no letter or digit (">>>", "...") cannot be blanked or typed meaningfully.
  // With a dictionary, words whose meaning is known come first (in their order of importance): a
  // language learner is asked what words mean before being asked to fill blanks.
  const hasMeaning = (c: StoredConcept) => c.kind === 'vocab' && (c.glosses?.length ?? 0) > 0;
  const askable = [
    ...concepts.filter((c) => c.key === input.focus),
    ...concepts.filter((c) => c.key !== input.focus && hasMeaning(c)),
    ...concepts.filter((c) => c.key !== input.focus && !hasMeaning(c)),
  ].filter((c) => /[\p{L}\p{N}]/u.test(c.label) && !endsOnVerb(c));
  const streams = askable.map((concept, i) => questionsFor(concept, i));
  // One question per sentence leaves most concepts one question: concepts start at different
  // types in turn so a quiz mixes them. Vocabulary turns among its meaning questions first.
  function makersFor(kind: ConceptKind, i: number): MakeQuestion[] {
    const all = BY_KIND[kind] ?? BY_KIND.term;
    const head = kind === 'vocab' ? 3 : kind === 'api' ? 4 : all.length;
    const k = i % head;
    return [...all.slice(k, head), ...all.slice(0, k), ...all.slice(head)];
  }
  function* questionsFor(concept: StoredConcept, index: number): Generator<Question> {
    let draws = 0;
    const ctx: QuestionContext = {
      page,
      concept,
      forms: conceptForms(concept),
      mention: mentionOptions(concept),
      passages: [],
      pageConcepts: offered,
      related: (input.related ?? []).filter((c) => !endsOnVerb(c)),
      passagesOf,
      random: () => {
        draws++;
        return random();
      },
      text,
    };
    let recognised = false;
    // A quiz on one concept goes round its question types again on the sentences left: with one
    // question per type, "Practise" had one or two questions and ended before the criterion could
    // be met, to re-ask the same ones next time.
    const rounds = concept.key === input.focus ? FOCUS_ROUNDS : 1;
    for (let round = 0; round < rounds; round++) {
      ctx.round = round;
      let made = 0;
      for (const make of makersFor(concept.kind, index)) {
        // Sentences another question already used are not used again: one question per sentence.
        ctx.passages = passagesOf(concept).filter((s) => !usedSentences.has(s));
        if (ctx.passages.length === 0 && round > 0) break;
        let q: Question | null = null;
        // A draw that fails a check is drawn again, while the maker draws at random at all (one that
        // never does gives the same answer every time).
        for (let attempt = 0; attempt < DRAWS && !q; attempt++) {
          const before = draws;
          q = make(ctx);
          // A type not asked for stays that type however often it is drawn.
          if (q && allowed && !allowed.has(q.type)) {
            q = null;
            break;
          }
          if (q && !sound(q)) q = null;
          if (!q && draws === before) break;
        }
        if (!q) continue;
        // Typing a word into a blank is a follow-up, never a concept's first question: alone, many
        // words fit most blanks, and it only checks that the learner can find the sentence again.
        if (RECALL.has(q.type) && !recognised && !onlyRecall) continue;
        recognised = true;
        made++;
        yield q;
      }
      if (made === 0) break;
    }
    for (const q of ordering) if (q.conceptKey === concept.key && sound(q)) yield q;
  }
  const onlyRecall = !!allowed && [...allowed].every((t) => RECALL.has(t));
  const usedSentences = new Set<string>();
  const sound = (q: Question) =>
    checkAnswerable(q).ok &&
    questionViolations(q).length === 0 &&
    sourceSentences(q).every((s) => !usedSentences.has(s));

  const out: Question[] = [];
  const ids = new Set<string>();
  let live = streams.length;
  const done = new Set<number>();
  /** The next question of stream `i`, kept when no question took its sentences; false when it is done. */
  const take = (i: number): boolean => {
    const next = streams[i]!.next();
    if (next.done) {
      done.add(i);
      live--;
      return false;
    }
    if (!ids.has(next.value.id) && sourceSentences(next.value).every((s) => !usedSentences.has(s))) {
      ids.add(next.value.id);
      for (const s of sourceSentences(next.value)) usedSentences.add(s);
      out.push(next.value);
    }
    return true;
  };
  // The focus concept (first in `askable`) asks all it can before the others take turns.
  if (input.focus && askable[0]?.key === input.focus) while (out.length < count && take(0));
  while (out.length < count && live > 0) {
    for (let i = 0; i < streams.length && out.length < count; i++) if (!done.has(i)) take(i);
  }
  return out;
}
