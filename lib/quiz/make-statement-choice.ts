import { conceptForms, mentionOptions } from '@/lib/quiz/concept-forms';
import { BLANK, findMentions, type MentionOptions, mentionsLoosely } from '@/lib/quiz/find-mentions';
import { foldText, normalizeAnswer } from '@/lib/quiz/normalize-answer';
import { type QuestionContext, questionId } from '@/lib/quiz/question-context';
import { scriptClass } from '@/lib/quiz/script-class';
import { shuffle } from '@/lib/quiz/shuffle';
import type { Question } from '@/lib/quiz/types';
import { letterCount } from '@/lib/quiz/usable-passage';
import type { StoredConcept } from '@/lib/types';

interface Split {
  /** What the page says about the concept: the longer side of the sentence around its mention. */
  claim: string;
  /** The sentence with the claim replaced by the blank. */
  stem: string;
  side: 'after' | 'before';
}

const EDGE = /^[\s,;:、，：—–-]+|[\s.。!！?？;；,，]+$/gu;

function splitAtMention(passage: string, forms: readonly string[], options: MentionOptions): Split | null {
  const [m] = findMentions(passage, forms, options);
  if (!m) return null;
  const before = passage.slice(0, m.start);
  const after = passage.slice(m.end);
  const side = letterCount(after) >= letterCount(before) ? 'after' : 'before';
  // Cut anywhere else the two halves are fragments ("…de la vivienda preocupa…"): only a sentence
  // whose subject is the concept, named first (after at most an article or a qualifier), makes a
  // claim that other concepts' claims can stand in for. A sentence ending on the name, or cut off
  // at a colon, does not ("_____ iterators.", "A few concepts _____ we can learn from:").
  if (side === 'before' || /[:：]\s*$/.test(passage)) return null;
  if (
    !before
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .every((w) => LEAD.test(w))
  )
    return null;
  const claim = (side === 'after' ? after : before).replace(EDGE, '');
  if (letterCount(claim) < (scriptClass(passage) === 'unspaced' ? 4 : 10)) return null;
  const gap = scriptClass(passage) === 'unspaced' ? '' : ' ';
  const stem =
    side === 'after'
      ? `${passage.slice(0, m.end)}${gap}${BLANK}`
      : `${BLANK}${gap}${passage.slice(m.start).replace(/^\s+/, '')}`;
  return { claim, stem, side };
}

// What may stand before the subject of a claim: an article or determiner, or a declaration keyword.
const LEAD =
  /^(the|a|an|each|every|all|le|la|les|l'|un|une|des|el|los|las|una|unos|unas|der|die|das|ein|eine|o|os|as|um|uma|il|lo|gli|class|struct|enum|trait|mod|module|fn|function|method|type|interface)$/i;

const SINGULAR =
  /^(is|has|was|does|returns|provides|contains|takes|makes|means|refers|allows|can|may|must|will|should)\b/i;
const PLURAL =
  /^(are|have|were|do|return|provide|contain|take|make|mean|refer|allow|can|may|must|will|should)\b/i;

// A continuation that opens on an article is a noun phrase ("keyword argument: an argument
// preceded by…"), one that opens on a verb is a predicate ("…can appear at the beginning…"): after
// one stem only one of the two reads.
const NOUN_PHRASE = /^(the|a|an|le|la|les|un|une|des|el|los|las|una|der|die|das|ein|eine|o|os|as|um|uma)\s/i;

/** What a continuation demands of its stem, as far as its first word tells: number, or a noun phrase. */
function number(claim: string): 'singular' | 'plural' | 'either' | 'noun' | 'none' {
  if (NOUN_PHRASE.test(claim)) return 'noun';
  const sg = SINGULAR.test(claim);
  const pl = PLURAL.test(claim);
  // A modal ("can", "must") fits either number; no known opening says nothing.
  if (sg || pl) return sg && pl ? 'either' : sg ? 'singular' : 'plural';
  // Another verb in the third person ("keeps its…", "avoids…") or a past form ("returned…").
  if (/^\p{Ll}+[^s\W]s\b/u.test(claim)) return 'singular';
  if (/^\p{Ll}+ed\b/u.test(claim)) return 'either';
  return 'none';
}

/** Whether a word of `claim` repeats one of `stem` (its first five letters, or a run of six inside it). */
function echoes(stem: string, claim: string): boolean {
  const words = (t: string) => (foldText(t).match(/\p{L}{4,}/gu) ?? []) as string[];
  const mine = words(stem);
  return words(claim).some((w) =>
    mine.some(
      (m) =>
        (m.length >= 5 && w.length >= 5 && m.slice(0, 5) === w.slice(0, 5)) ||
        (m.length >= 6 && w.includes(m.slice(-6))) ||
        (w.length >= 6 && m.includes(w.slice(-6))),
    ),
  );
}

/**
 * Multiple choice on what the page says about a concept: the sentence is cut at the concept, the
 * learner picks the true continuation; distractors are what the page says about other concepts.
 */
export function makeStatementChoice(ctx: QuestionContext): Question | null {
  const passage = ctx.passages[0];
  if (!passage) return null;
  const split = splitAtMention(passage, ctx.forms, ctx.mention);
  // Parallel clauses only: a continuation that opens on no verb or article we know ("able to
  // read and write…", "or collation function is…") is not a claim about the concept, and beside
  // the others' predicates it is the odd one out.
  // (The verb lists are English: elsewhere the opening is not judged.)
  if (!split || (/^en\b/i.test(ctx.concept.lang) && number(split.claim) === 'none')) return null;
  // The subject as shown must agree with its own continuation ("Coroutines _____" keyed "is a
  // more generalized form…", where the page's sentence is cut from another): it reads wrong.
  if (/^en\b/i.test(ctx.concept.lang)) {
    const [m] = findMentions(passage, ctx.forms, ctx.mention);
    const shown = m ? passage.slice(m.start, m.end).trim() : '';
    const plural = /[^siu']s$/i.test(shown) && !/\s/.test(shown.slice(-3));
    const claimNumber = number(split.claim);
    if ((plural && claimNumber === 'singular') || (!plural && shown && claimNumber === 'plural')) return null;
  }
  const answerLength = letterCount(split.claim);
  const candidates: { claim: string; score: number }[] = [];
  const others: StoredConcept[] = [...ctx.pageConcepts, ...ctx.related];
  for (const other of others) {
    // Enough to choose from: the closest few are what gets used.
    if (candidates.length >= 8) break;
    // Other kinds (a vocabulary word among terms) make odd, easily dismissed alternatives.
    if (other.key === ctx.concept.key || other.kind !== ctx.concept.kind) continue;
    for (const p of ctx.passagesOf(other).slice(0, 2)) {
      const s = splitAtMention(p, conceptForms(other), mentionOptions(other));
      if (!s) continue;
      // A continuation that mentions our concept, or that the passage itself contains, might be true.
      if (mentionsLoosely(s.claim, ctx.forms, ctx.mention) || foldText(passage).includes(foldText(s.claim)))
        continue;
      if (normalizeAnswer(s.claim) === normalizeAnswer(split.claim)) continue;
      // "Abstract base classes _____" takes "are…", not "is…": the verb's number gives it away.
      if (number(s.claim) !== number(split.claim)) continue;
      const ratio = letterCount(s.claim) / answerLength;
      if (ratio < 0.3 || ratio > 3.5) continue;
      const score = Math.abs(Math.log(ratio)) + (s.side === split.side ? 0 : 1);
      candidates.push({ claim: s.claim, score });
      break;
    }
  }
  candidates.sort((a, b) => a.score - b.score);
  const pool = shuffle(candidates.slice(0, 6), ctx.random);
  const distractors: string[] = [];
  for (const c of pool) {
    if (distractors.length >= 3) break;
    if (!distractors.some((d) => normalizeAnswer(d) === normalizeAnswer(c.claim))) distractors.push(c.claim);
  }
  if (distractors.length < 2) return null;
  // The keyed continuation repeating a word of the subject ("Positional arguments _____" → "…at
  // the beginning of an argument list", "Coroutines" → "…form of subroutines") while no other
  // option does is picked by that echo.
  const subject = split.stem.replace(BLANK, '');
  if (echoes(subject, split.claim) && !distractors.some((d) => echoes(subject, d))) return null;
  return {
    id: questionId(ctx, 'multiple-choice'),
    conceptKey: ctx.concept.key,
    type: 'multiple-choice',
    prompt: ctx.text.completeStatement(split.stem),
    choices: shuffle([split.claim, ...distractors], ctx.random),
    answer: split.claim,
    source: passage,
    pageUrl: ctx.page.url,
    generatedBy: 'offline',
  };
}
