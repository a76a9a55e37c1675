import { foldText } from '@/lib/quiz/normalize-answer';
import { optionShape } from '@/lib/quiz/option-shape';
import type { Question, QuestionType } from '@/lib/quiz/types';

/** Questions whose options are names (of terms, API items, words): they must share one shape. */
const NAME_CHOICES: ReadonlySet<QuestionType> = new Set([
  'cloze',
  'api-which-function',
  'api-signature',
  'vocab-word',
]);
/** Questions whose answer is a name that the prompt must not show. */
const NAME_ANSWER: ReadonlySet<QuestionType> = new Set([...NAME_CHOICES, 'typed', 'vocab-recall']);

// Identifier-like tokens of a prompt: runs of letters, digits, _, $, and inner . : # ("a.b", "x::y").
const TOKEN = /[\p{L}\p{N}_$]+(?:(?:\.|::|#)[\p{L}\p{N}_$]+)*/gu;

/** "path.isAbsolute" → path, is, absolute (lower-cased, folded). */
function identifierWords(token: string): string[] {
  return foldText(token.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')).split(/[^\p{L}\p{N}]+/u);
}

/**
 * The mechanical checks of issue 14 on one question: the answer, and any identifier containing
 * it ("emscripten_notify_memory_growth" for "emscripten"), is not visible in the prompt; the answer
 * is among the choices; the choices are distinct and, for names, of one shape.
 */
export function questionViolations(q: Question): string[] {
  const out: string[] = [];
  const answer = q.answer.trim();
  if (NAME_ANSWER.has(q.type)) {
    const a = foldText(answer);
    const compact = a.replace(/\(.*$/, '').trim();
    if (compact.length >= 2) {
      for (const token of q.prompt.match(TOKEN) ?? []) {
        const t = foldText(token);
        if (t === compact || (/[_.$:#\p{N}]/u.test(token) && t.includes(compact))) {
          out.push(`prompt shows the answer in “${token}”`);
          break;
        }
      }
      // A word of a term shown as part of an identifier: "path.isAbsolute() determines if path
      // is an _____" for "absolute path".
      const words = new Set(a.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4));
      const shown = (q.prompt.match(TOKEN) ?? []).find(
        (token) => /[_.$:#]|\p{Ll}\p{Lu}/u.test(token) && identifierWords(token).some((w) => words.has(w)),
      );
      if (shown && !out.length) out.push(`prompt shows a word of the answer in “${shown}”`);
    }
  }
  const choices = q.choices ?? [];
  if (choices.length > 0 && q.type !== 'ordering') {
    const right = [answer, ...(q.accepted ?? [])];
    if (!choices.some((c) => right.includes(c.trim()))) out.push('answer is not among the choices');
    const folded = choices.map((c) => foldText(c));
    if (new Set(folded).size !== folded.length) out.push('choices are not distinct');
    if (NAME_CHOICES.has(q.type)) {
      const shapes = new Set(choices.map(optionShape));
      if (shapes.size > 1) out.push(`choices of different shapes: ${[...shapes].join(' / ')}`);
    }
  }
  return out;
}

/** The sentences a question was made from (an ordering question uses several). */
export function sourceSentences(q: Question): string[] {
  // "name — summary" (an API entry as questions quote it): the summary is the page's sentence.
  const entry = /^[^\n]*?\s+—\s+/.exec(q.source);
  const body = entry && !/[.!?。！？]\s/.test(entry[0]) ? q.source.slice(entry[0].length) : q.source;
  return body
    .split(/\n|(?<=[.!?。！？])\s+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
