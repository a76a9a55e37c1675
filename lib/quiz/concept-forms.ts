import { BLANK, mentionsLoosely } from '@/lib/quiz/find-mentions';
import { isStopword, STOPWORD_LANGS } from '@/lib/text/stopwords';
import type { StoredConcept } from '@/lib/types';

/**
 * Every surface form a concept goes by: label, lemma, aliases, and for API names the unqualified
 * name prose uses ("dumps() returns…" for json.dumps). Unique, longest first.
 */
export function conceptForms(concept: Pick<StoredConcept, 'label' | 'lemma' | 'aliases' | 'kind'>): string[] {
  const all = [concept.label, concept.lemma ?? '', ...(concept.aliases ?? [])].map((f) => f.trim());
  if (concept.kind === 'api') {
    const short = shortApiName(concept.label);
    if (short.length >= 3) all.push(short);
  }
  return [...new Set(all.filter((f) => f.length > 0))].sort((a, b) => b.length - a.length);
}

/** "json.dumps" → "dumps", "Array.prototype.map()" → "map", "std::vec::Vec" → "Vec". */
export function shortApiName(label: string): string {
  return (
    label
      .replace(/\(.*\)$/, '')
      .split(/\.|::|#/)
      .at(-1) ?? label
  ).trim();
}

/** How a concept is looked for in text: words inflect and ignore case; API names do neither. */
export function mentionOptions(concept: Pick<StoredConcept, 'kind'>): {
  inflect: boolean;
  exactCase: boolean;
} {
  return { inflect: inflects(concept), exactCase: concept.kind === 'api' };
}

/** Word forms inflect ("closures"); API names do not ("load" is not "loads"). */
export function inflects(concept: Pick<StoredConcept, 'kind'>): boolean {
  return concept.kind !== 'api';
}

/** The words of an API name, lower-cased: "blockList.addSubnet" → block, list, add, subnet. */
function nameWords(label: string): string[] {
  return nameParts(label).filter((w) => w.length >= 3);
}

/** Every part of an API name, short ones included: "RwLock" → rw, lock. */
export function nameParts(label: string): string[] {
  return label
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** The words of the answer's API name that no other option's name has: the ones that tell it apart. */
function tellingWords(answer: string, others: readonly string[]): string[] {
  const theirs = new Set(others.flatMap(nameWords));
  // "and" of "scopes and namespaces" tells nothing, in any language.
  // In an identifier every part is a name ("Once" of OnceLock).
  const phrase = /\s/.test(answer.trim());
  return nameWords(answer).filter(
    (w) => !theirs.has(w) && !(phrase && STOPWORD_LANGS.some((l) => isStopword(w, l))),
  );
}

/**
 * Whether a word of the text (lower-cased) stands for the name word `t`: the name word itself,
 * inflected ("closes" for close) or written out ("separator" for sep); a word inside the name
 * ("encode" in iterencode); or an abbreviation of the text word in the name ("extname" for
 * extension, "win32" for Windows). For the last, the shared start has to be a real part of the
 * name, not three letters two unrelated words begin with: "Adds" does not tell addAddress.
 */
function wordTells(t: string, w: string): boolean {
  if (w.length < 3) return false;
  // A short name word that is an English word itself stands only for its own forms: "add" tells
  // "adds", "added", not "addresses" (while "sep" abbreviates "separator").
  if (SHORT_WORDS.has(t) && w.startsWith(t)) return INFLECTION.test(w.slice(t.length));
  if (w.startsWith(t) || (w.length >= 5 && t.includes(w))) return true;
  // The text has the stem the name inflects: "zero" for zeroed, "close" for closed.
  if (t.startsWith(w) && INFLECTION.test(t.slice(w.length))) return true;
  // Most of the name inside a longer word of the text: "subroutines" for coroutine, "separation"
  // for separator.
  if (sharedRun(t, w) >= Math.max(6, Math.ceil((2 * t.length) / 3))) return true;
  const shared = commonStart(t, w);
  if (shared < 3) return false;
  // Five letters in common are a stem ("connection" / "connects").
  if (shared >= 5) return true;
  // A short text word that is the shared start plus an ending is a word of its own ("adds" is
  // "add", and "address" is not "add" + something).
  if (INFLECTION.test(w.slice(shared))) return false;
  // The name goes on after the shared start with a part of its own: digits ("win" + "32"), or a
  // part other names end with ("ext" + "name", as in basename, dirname).
  const rest = t.slice(shared);
  return /^\p{N}+$/u.test(rest) || (rest.length >= 3 && NAME_PARTS.test(rest));
}

const INFLECTION = /^(s|es|ed|d|ing|er|ers|ly)?$/;

// Short English words that API names use as words, not abbreviations.
const SHORT_WORDS = new Set(
  'add all any are can cut end fit get has hit its key let log map max min new not now off old one out own pop put raw row run see set sum top two use via was way yes'.split(
    ' ',
  ),
);

// Parts that identifiers put after an abbreviation ("extname", "readdir", "getattr", "strlen").
const NAME_PARTS =
  /^(name|names|dir|path|file|type|size|len|count|num|id|key|val|value|var|str|buf|attr|ptr|ref|info|mode|time|list|set|map|obj|args?|fn|func|msg|ctx|idx|src|dst|tmp|cfg|env|opts?|res|req|err)$/;

/**
 * Whether a name word is made of the starts of two words that follow each other in the text:
 * "mutex" of "mutual exclusion", "condvar" of "condition variable".
 */
function startsOfTwo(t: string, words: readonly string[]): boolean {
  if (t.length < 4) return false;
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]!];
    for (let cut = 2; cut <= t.length - 2; cut++)
      if (a.length > cut && b.length > 2 && a.startsWith(t.slice(0, cut)) && b.startsWith(t.slice(cut)))
        return true;
  }
  return false;
}

/** The length of the longest run of letters `a` and `b` have in common. */
function sharedRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  return best;
}

function commonStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether a word of the answer's API name that no other option has stands in the text ("Emitted
 * when the server closes" for 'close' among other events, "JSON decoder" for JSONDecoder): then
 * the name answers by form, not by knowing what the item does.
 */
export function namedByForm(answer: string, others: readonly string[], text: string): boolean {
  const telling = tellingWords(answer, others);
  // A two-letter part without a vowel abbreviates two words ("Rw" of RwLock, "reader-writer").
  const theirs = new Set(others.flatMap(nameParts));
  const abbreviations = nameParts(answer).filter((w) => /^[^aeiouy\P{L}]{2}$/u.test(w) && !theirs.has(w));
  if (abbreviations.length > 0) {
    const initials = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.charAt(0)).join('');
    if (abbreviations.some((w) => initials.includes(w))) return true;
  }
  if (telling.length === 0) return false;
  if (mentionsLoosely(text, telling)) return true;
  // Abbreviated names show too (see `wordTells`), and initials ("mpsc" for "multi-producer,
  // single-consumer"). "filled with 0 bytes" says "zeroed".
  const words = (text
    .toLowerCase()
    .replace(/\b0\b/g, 'zero')
    .match(/[\p{L}\p{N}]+/gu) ?? []) as string[];
  const initials = words.map((w) => w.charAt(0)).join('');
  // Two words of the text written as one in the name: "time out" for WaitTimeoutResult.
  const pairs = words.slice(1).map((w, i) => `${words[i]}${w}`);
  if (telling.some((t) => t.length >= 6 && pairs.includes(t))) return true;
  return telling.some(
    (t) =>
      (t.length >= 4 && initials.includes(t)) || words.some((w) => wordTells(t, w)) || startsOfTwo(t, words),
  );
}

/**
 * Whether the text tells the answer's API name from each other option by some word, if not by
 * one word from all: "_____: Emitted when the server closes." among net.Server 'listening' (no
 * "close"), net.Socket 'close' (no "server") and net.Socket 'ready' (neither): the words of the
 * summary pick the answer against every option in turn.
 */
export function namedAgainstEach(answer: string, others: readonly string[], text: string): boolean {
  return others.length > 0 && others.every((o) => namedByForm(answer, [o], text));
}

/**
 * The text with the words that tell the answer's API name apart from the other options blanked
 * ("This class is used to create a TCP or IPC _____." for net.Server among net.Socket, …), or
 * null when that would blank too much to still read. A type's own summary nearly always names it,
 * and a type nobody can be asked about can never be named as a gap behind its methods.
 */
export function hideNameWords(answer: string, others: readonly string[], text: string): string | null {
  const naming = new Set(namingWords(answer, others, text));
  if (naming.size === 0) return text;
  let hidden = 0;
  let words = 0;
  const out = text.replace(/[\p{L}\p{N}]+/gu, (word) => {
    words++;
    if (!naming.has(word.toLowerCase())) return word;
    hidden++;
    return BLANK;
  });
  // A prompt that is more blank than text asks nothing.
  // Three blanks in one summary no longer read ("_____ a rule to _____ a range … a _____ mask").
  if (hidden > 2 || hidden * 4 > words) return null;
  return out.replace(new RegExp(`${BLANK}(\\s+${BLANK})+`, 'g'), BLANK);
}

/** The words of `text` (lower-cased) that tell the answer's API name apart: what `hideNameWords` blanks. */
export function namingWords(answer: string, others: readonly string[], text: string): string[] {
  const telling = tellingWords(answer, others);
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => telling.some((t) => wordTells(t, w))))];
}
