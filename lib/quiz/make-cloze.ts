import { categoryWords, headNamed, sharesWord } from '@/lib/quiz/api-category';
import { articleAgreement, articleBefore, pageArticle } from '@/lib/quiz/article-before';
import { blankGivenAway } from '@/lib/quiz/blank-context';
import { namedAgainstEach, namedByForm, shortApiName } from '@/lib/quiz/concept-forms';
import { confusable } from '@/lib/quiz/confusable';
import { definesTerm, opensOnTerm } from '@/lib/quiz/defines-term';
import { BLANK, blankMentions, findMentions } from '@/lib/quiz/find-mentions';
import { glossOf } from '@/lib/quiz/make-vocab-meaning';
import { firstMentionText, matchedForm } from '@/lib/quiz/matched-form';
import { formDistance } from '@/lib/quiz/option-shape';
import { pickDistractors } from '@/lib/quiz/pick-distractors';
import { writtenAsName } from '@/lib/quiz/proper-name';
import { type QuestionContext, questionId } from '@/lib/quiz/question-context';
import { scriptClass } from '@/lib/quiz/script-class';
import { shuffle } from '@/lib/quiz/shuffle';
import { slotAround, slotSeen } from '@/lib/quiz/slot-fit';
import type { Question } from '@/lib/quiz/types';
import { usedAsNoun, verbForm } from '@/lib/quiz/word-class';
import { isStopword } from '@/lib/text/stopwords';
import type { StoredConcept } from '@/lib/types';

function sameWordClass(sentences: readonly string[], a: string, b: string): boolean {
  const x = usedAsNoun(sentences, a);
  const y = usedAsNoun(sentences, b);
  return x === null || y === null || x === y;
}

/** Whether two words of a script without spaces have a letter (a Han character, a kana) in common. */
function sharesCharacter(a: string, b: string): boolean {
  const mine = new Set(Array.from(a).filter((ch) => /\p{L}/u.test(ch)));
  return Array.from(b).some((ch) => mine.has(ch));
}

function sameApiKind(a: StoredConcept, b: StoredConcept | undefined): boolean {
  if (!b) return false;
  return a.memberKind ? b.memberKind === a.memberKind : b.symbolKind === a.symbolKind;
}

/** The concept blanked out of its defining sentence; choose it among plausible alternatives. */
export function makeCloze(ctx: QuestionContext): Question | null {
  const passage = ctx.passages[0];
  if (!passage) return null;
  const answer = matchedForm(passage, ctx.forms, ctx.mention);
  if (!answer) return null;
  // A name (a person, a publication, a language) is picked by the kind of thing its slot needs,
  // which no option list here can match: "___ retweeted" takes the one person (proper-name.ts).
  if (writtenAsName(ctx.concept, ctx.page.sentences)) return null;
  // Prose that says "dumps()" is answered with short names all round, or the odd one out shows.
  const shortForm =
    ctx.concept.kind === 'api' && answer === shortApiName(ctx.concept.label) && answer !== ctx.concept.label;
  const elided = findMentions(passage, ctx.forms, ctx.mention).some((m) =>
    /\p{L}['’]$/u.test(passage.slice(Math.max(0, m.start - 2), m.start)),
  );
  const [first] = findMentions(passage, ctx.forms, ctx.mention);
  // English nouns have no gender, and "a(n)" is written so that it tells nothing.
  const gendered = ctx.concept.kind !== 'api' && !/^en\b/i.test(ctx.concept.lang);
  const before = first && gendered ? articleBefore(passage, first.start, ctx.concept.lang) : null;
  const blankArticle = before ? articleAgreement(before.word, ctx.concept.lang) : null;
  const slot =
    first && ctx.concept.kind !== 'api'
      ? slotAround(passage, first.start, first.end, ctx.concept.lang)
      : null;
  const others = new Map<string, StoredConcept>();
  // A word of a language page with no meaning to show, or a term of a news article (names,
  // collocations and words of every class: "the _____ Māori whale expert" among "beaching",
  // "carving", "ocean"): what its cloze tests is only the sentence's grammar and the page's words.
  const unglossed =
    (ctx.concept.kind === 'vocab' && glossOf(ctx.concept) === null) ||
    (ctx.concept.kind === 'term' && ctx.page.pageKind === 'article');
  const ranked = pickDistractors({
    answer: ctx.concept,
    pageConcepts: ctx.pageConcepts,
    related: ctx.related,
    passage,
    // Words get more candidates: those the page writes in the blank's slot are preferred below.
    count: ctx.concept.kind === 'api' ? 8 : 16,
    random: ctx.random,
  })
    .map((c) => {
      const d = shortForm ? shortApiName(c.label) : c.label;
      others.set(d, c);
      return d;
    })
    // A module among methods, a type among functions: the odd kind out answers by form.
    .filter((d) => ctx.concept.kind !== 'api' || sameApiKind(ctx.concept, others.get(d)))
    // Short names can look like inflections of each other ("dump"/"dumps"): keep those apart too.
    .filter((d) => !confusable(d, answer))
    // A name among common nouns is the odd one out ("Twitter" for "___ of the page").
    .filter((d) => {
      const other = others.get(d);
      return ctx.concept.kind === 'api' || !other || !writtenAsName(other, ctx.page.sentences);
    })
    // In scripts without spaces a word sharing a character with the answer shares a morpheme, and
    // often the meaning (太空 / 空间 "space", 饮酒 / 酒精): it may fit the blank as well.
    .filter((d) => scriptClass(answer) !== 'unspaced' || !sharesCharacter(d, answer))
    // Words must fit the blank as well as the answer by form (ending, length), or grammar alone
    // answers: "Ces _____ ne seraient pas conservées" among "nationale", "détecter", "données".
    .map((d, i) => ({
      d,
      rank: ctx.concept.kind === 'api' ? i : formDistance(answer, d, ctx.concept.lang) * 100 + i,
    }))
    .filter((x) => ctx.concept.kind === 'api' || x.rank < 200)
    // Words the page itself writes in the blank's slot (after the same word, or before it) fit
    // its grammar by usage: those first, so only meaning tells them from the answer. Beside a
    // content word, though, the page's usage is a collocation that holds for the other word too
    // ("产生影响" / "产生作用", "supports closures" / "supports inheritance"): such a word may be
    // right in the blank as well, and is not offered.
    .map((x) => {
      const other = others.get(x.d);
      const seen = slot && other ? slotSeen(other, slot, ctx.page.sentences) : { left: false, right: false };
      const content = (w: string) => !!w && !isStopword(w, ctx.concept.lang);
      const collocation =
        !!slot && ((seen.left && content(slot.left)) || (seen.right && content(slot.right)));
      const grammar = !!slot && ((seen.left && !content(slot.left)) || (seen.right && !content(slot.right)));
      return { ...x, rank: x.rank + (seen.left || seen.right ? 0 : 1000), collocation, grammar };
    })
    .filter((x) => !x.collocation)
    // A word asked without its meaning (no dictionary) is asked only by grammar and the page's
    // words: every option must be one the page writes beside the same function word ("的", "a",
    // "les"), or a noun among adverbs or a person among things answers it ("让_____来一杯" among
    // 影响, 表现, 可能). Guessed word classes are not enough there; fewer such questions are asked.
    // (An article before the blank checks the same below: a noun of the article's gender.)
    .filter((x) => !unglossed || x.grammar || !!blankArticle)
    // A noun among adjectives or verbs (or the reverse) is the odd one out: "une menace _____"
    // among "terroriste", "ministre", "urgence". Words the page never puts after an article
    // are not nouns there.
    .filter((x) => ctx.concept.kind === 'api' || sameWordClass(ctx.page.sentences, answer, x.d))
    // A verb form among nouns (or the reverse) is the odd one out: "não _____ com o presidente"
    // among "faria", "réplica", "paulista".
    .filter(
      (x) =>
        ctx.concept.kind === 'api' || verbForm(answer, ctx.concept.lang) === verbForm(x.d, ctx.concept.lang),
    )
    // An elided article ("l’_____", "d’_____") takes only a word starting with a vowel or h.
    .filter((x) => !elided || /^[aeiouyhàâéèêëîïôûœæ]/i.test(x.d))
    // An article before the blank agrees with the answer ("el _____ ocupa" takes app, not red,
    // which the page writes "la red"): a word the page gives another article does not fit.
    .filter((x) => {
      if (!blankArticle) return true;
      const other = others.get(x.d);
      // Not known to agree is not offered: "a _____ gerada" among "político" (never written
      // with an article) reads wrong to anyone who knows the gender.
      const theirs = other && pageArticle(other, [...ctx.passagesOf(other), ...ctx.page.sentences]);
      const agreement = theirs ? articleAgreement(theirs, other.lang) : null;
      return agreement === blankArticle;
    })
    .sort((a, b) => a.rank - b.rank)
    .map((x) => x.d);
  // A type's entry ("struct std::sync::_____: A synchronization primitive which…") is asked
  // among types that are the same kind of thing first, or the category answers (api-category.ts).
  const summary = ctx.concept.summary?.trim();
  const isType = ctx.concept.kind === 'api' && (!ctx.concept.memberKind || ctx.concept.memberKind === 'type');
  if (isType && summary && passage.includes(summary)) {
    const category = categoryWords(blankMentions(summary, ctx.forms, BLANK, ctx.mention));
    const alike = ranked.filter((d) => sharesWord(others.get(d)?.summary ?? '', category));
    ranked.splice(0, ranked.length, ...alike, ...ranked.filter((d) => !alike.includes(d)));
  }
  const distractors = ranked.slice(0, 3);
  if (distractors.length < 2) return null;
  // English "a"/"an" before the blank would tell a vowel from a consonant: it is written "a(n)".
  const blanked = blankMentions(passage, ctx.forms, BLANK, ctx.mention);
  const prompt = !/^en\b/i.test(ctx.concept.lang)
    ? blanked
    : blanked.replace(new RegExp(`\\b([Aa])n? ${BLANK}`, 'g'), `$1(n) ${BLANK}`);
  // A blank paired with a word of its kind, opening a compound, or in a sentence that says too
  // little about it is answered by association, not by the page (blank-context.ts).
  if (ctx.concept.kind !== 'api' && blankGivenAway(prompt, ctx.concept.lang, ctx.page.sentences)) return null;
  // A word of the answer that no option shares, standing in the prompt ("File objects are also
  // called _____" for file-like objects, "subroutines" for coroutine), answers by form.
  if (namedByForm(ctx.concept.label, distractors, prompt)) return null;
  if (ctx.concept.kind === 'api' && namedAgainstEach(ctx.concept.label, distractors, prompt)) return null;
  if (ctx.concept.kind === 'api' && headNamed(ctx.concept.label, distractors, prompt)) return null;
  return {
    id: questionId(ctx, 'cloze'),
    conceptKey: ctx.concept.key,
    type: 'cloze',
    prompt,
    choices: shuffle([answer, ...distractors], ctx.random),
    answer,
    source: passage,
    pageUrl: ctx.page.url,
    generatedBy: 'offline',
  };
}

/**
 * Whether a typed blank in `passage` has one answer a learner could reach: many words fit most
 * blanks ("Gently place the _____ over the oasis", "a _____ gerada no jogo"), and typing one of
 * them is marked wrong. An API item's entry names it by what it does and takes; a term's blank
 * must be where the sentence says what the term is ("A _____ is a function that…", "…is called
 * _____"); a word needs its meaning, shown beside the blank (so it asks meaning → word in context).
 */
function constrainedBlank(ctx: QuestionContext, passage: string, type: 'typed' | 'vocab-recall'): boolean {
  if (ctx.concept.kind === 'api') return true;
  if (type === 'vocab-recall' || ctx.concept.kind === 'vocab') return glossOf(ctx.concept) !== null;
  return findMentions(passage, ctx.forms, ctx.mention).some(
    (m) => definesTerm(passage, m) || opensOnTerm(passage, m),
  );
}

/**
 * The concept blanked out of a sentence and typed from memory (harder than choosing). Uses a
 * different sentence from the cloze when the page has one, so the two do not repeat each other;
 * only a sentence whose blank is constrained (`constrainedBlank`), or none is asked.
 */
export function makeTypedBlank(ctx: QuestionContext, type: 'typed' | 'vocab-recall'): Question | null {
  if (writtenAsName(ctx.concept, ctx.page.sentences)) return null;
  const order = [ctx.passages[1], ctx.passages[0], ...ctx.passages.slice(2)];
  const passage = order.find((p): p is string => !!p && constrainedBlank(ctx, p, type));
  if (!passage) return null;
  const answer = matchedForm(passage, ctx.forms, ctx.mention);
  if (!answer) return null;
  const surface = firstMentionText(passage, ctx.forms, ctx.mention);
  const accepted = [...new Set([...ctx.forms, surface ?? ''])].filter((f) => f && f !== answer);
  const blanked = blankMentions(passage, ctx.forms, BLANK, ctx.mention);
  const meaning = ctx.concept.kind === 'vocab' ? glossOf(ctx.concept) : null;
  return {
    id: questionId(ctx, type),
    conceptKey: ctx.concept.key,
    type,
    prompt: type === 'typed' ? ctx.text.typed(blanked) : ctx.text.vocabRecall(blanked, meaning ?? undefined),
    answer,
    accepted,
    source: passage,
    pageUrl: ctx.page.url,
    generatedBy: 'offline',
  };
}
