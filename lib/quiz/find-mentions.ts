import { inflectionStems } from '@/lib/quiz/inflection-stems';
import { memo } from '@/lib/quiz/memo';
import { normalizeAnswer } from '@/lib/quiz/normalize-answer';
import { scriptClass } from '@/lib/quiz/script-class';

export interface Mention {
  start: number;
  end: number;
}

export const BLANK = '_____';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const regexCache = new Map<string, RegExp>();

export interface MentionOptions {
  /** Let a plural ending follow a word form (default true; false for API names: "load" is not "loads"). */
  inflect?: boolean;
  /** Match letter case exactly (API names: `Arc::pin` is not the type `Pin`, `path.posix` not "POSIX"). */
  exactCase?: boolean;
}

function formRegExp(form: string, inflect: boolean, exactCase: boolean): RegExp {
  const cacheKey = `${inflect ? 1 : 0}${exactCase ? 1 : 0}${form}`;
  const cached = regexCache.get(cacheKey);
  if (cached) return cached;
  const body = escapeRegExp(form);
  let source: string;
  if (scriptClass(form) !== 'spaced') {
    // No spaces between words (CJK, Thai) or clitics glued to the word (Arabic, Hebrew):
    // a word boundary would miss real mentions, so match the characters themselves.
    source = body;
  } else {
    // A plural ending may follow a word ("closure" finds "closures"), not an identifier
    // ("json.load" must not find "json.loads"); a letter may not sit on either side.
    const plural = inflect && /^[\p{L}\p{M}\s'’-]+$/u.test(form) ? '(?:e?s)?' : '';
    source = `(?<![\\p{L}\\p{N}\\p{M}_])${body}${plural}(?![\\p{L}\\p{N}\\p{M}_])`;
  }
  const re = new RegExp(source, exactCase ? 'gu' : 'giu');
  if (regexCache.size > 5000) regexCache.clear();
  regexCache.set(cacheKey, re);
  return re;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const PLURALISABLE = /^[\p{L}\p{M}\s'’-]+$/u;

function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start)!));
}

function wordCharAt(text: string, i: number): boolean {
  return i < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
}

/**
 * The common case without regular expressions: compiling a Unicode-aware pattern per concept
 * dominated quiz generation. Works on the lower-cased text, which is only valid when lower-casing
 * kept every offset (it does except for a few letters like "İ"; those take the regex path).
 */
function scan(
  text: string,
  lower: string,
  form: string,
  inflect: boolean,
  exactCase: boolean,
  out: Mention[],
): void {
  const needle = exactCase ? form : form.toLowerCase();
  const spaced = scriptClass(form) === 'spaced';
  const plural = inflect && spaced && PLURALISABLE.test(form);
  for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + 1)) {
    const end = i + needle.length;
    if (!spaced) {
      out.push({ start: i, end });
      continue;
    }
    if (wordCharBefore(text, i)) continue;
    const ends = plural ? [end + 2, end + 1, end] : [end];
    for (const e of ends) {
      if (e > end && lower.slice(end, e) !== (e - end === 2 ? 'es' : 's')) continue;
      if (!wordCharAt(text, e)) {
        out.push({ start: i, end: e });
        break;
      }
    }
  }
}

/** Where any of `forms` (a concept's label, lemma, aliases) is mentioned in `text`; merged, in order. */
export function findMentions(
  text: string,
  forms: readonly string[],
  options: MentionOptions = {},
): Mention[] {
  const inflect = options.inflect ?? true;
  const exactCase = options.exactCase ?? false;
  const found: Mention[] = [];
  // With exact case the "lowered" text is the text itself, and forms are looked for as written.
  const lower = exactCase ? text : text.toLowerCase();
  const sameOffsets = lower.length === text.length;
  for (const raw of forms) {
    const form = raw.trim();
    // A cheap necessary condition first: most (sentence, concept) pairs share nothing.
    if (!form || !lower.includes(exactCase ? form : form.toLowerCase())) continue;
    if (exactCase || (sameOffsets && form.toLowerCase().length === form.length)) {
      scan(text, lower, form, inflect, exactCase, found);
      continue;
    }
    const re = formRegExp(form, inflect, exactCase);
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      found.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Mention[] = [];
  for (const m of found) {
    const last = merged.at(-1);
    if (last && m.start < last.end) last.end = Math.max(last.end, m.end);
    else merged.push({ ...m });
  }
  return merged;
}

/**
 * `findMentions`, plus any single word of `text` that is an inflection of a one-word form
 * ("petites" for "petit"), so that a distractor or a giveaway hidden behind an ending is still caught.
 */
export function mentionsLoosely(
  text: string,
  forms: readonly string[],
  options: MentionOptions = {},
): boolean {
  if (findMentions(text, forms, options).length > 0) return true;
  if (options.inflect === false) return false;
  const singles = forms.map((f) => f.trim()).filter((f) => f && !/\s/.test(f) && scriptClass(f) === 'spaced');
  if (singles.length === 0) return false;
  const stems = wordStems(text);
  return singles.some((f) => [...inflectionStems(normalizeAnswer(f))].some((s) => stems.has(s)));
}

/** Every inflection stem of every word of a text, computed once per text. */
const wordStems = memo((text: string): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const word of text.match(/[\p{L}\p{M}'-]+/gu) ?? []) {
    for (const s of inflectionStems(normalizeAnswer(word))) out.add(s);
  }
  return out;
}, 5000);

/** `text` with every mention of `forms` replaced by the blank. */
export function blankMentions(
  text: string,
  forms: readonly string[],
  blank = BLANK,
  options: MentionOptions = {},
): string {
  const mentions = findMentions(text, forms, options);
  let out = '';
  let at = 0;
  for (const m of mentions) {
    out += text.slice(at, m.start) + blank;
    at = m.end;
  }
  return out + text.slice(at);
}
