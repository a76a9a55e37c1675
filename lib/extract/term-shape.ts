import { isGenericWord } from '@/lib/extract/junk-label';
import { frequencyRank } from '@/lib/extract/word-frequency';
import { isCommonWord } from '@/lib/text/common-words';
import { baseLang } from '@/lib/text/stopwords';
import { wordClass } from '@/lib/text/word-class';

// The shape of a term a learner would accept, beyond junk (junk-label.ts): a term names a thing
// the page teaches, so it is not an everyday word on its own ("president", "plants", "web"), not
// a verb with its object cut from a sentence ("teach students", "Place cloche") and not a
// qualifier in front of a noun ("particular terrarium", "main story"). English only, where the
// word lists are; other languages keep their terms as the ranking gives them.

/** Adjectives that point or judge rather than classify: "a particular terrarium" is a terrarium. */
const QUALIFIER = new Set(
  'following previous latest particular certain various different several other main current whole entire same own many few such overall additional further typical usual respective small large big little tiny huge good bad nice'.split(
    ' ',
  ),
);

// Verbs that open a clause, not a noun compound: in "teach students", "tell stories", "make sure"
// the first word is a verb taking an object. Verbs that head compounds as often ("return value",
// "test suite", "search engine", "run time", "set theory", "help desk") are left out.
const CLAUSE_VERB = new Set(
  `teach tell give get make take put let keep bring choose find know think say ask want need try show
send spend become seem meet hear feel see avoid remove add create include allow provide explain describe
understand improve prevent learn ensure follow decide believe remember forget imagine consider expect begin
continue enjoy prefer identify detect analyze analyse calculate compute determine estimate predict speak
disable enable install uninstall fix prevent actually really`.split(/\s+/),
);

// Verbs that follow their subject and are never the head of a noun compound ("newsrooms need").
const SUBJECT_VERB = new Set(
  'need want know think say seem become get give tell make take put let keep bring ask mean'.split(' '),
);

// At the start of a sentence, an imperative of a how-to ("Place cloche over oasis", "Dig out a
// hole", "Fill the jar"): capitalised only because it opens the sentence.
const IMPERATIVE = new Set(
  `place dig fill cut pour mix insert attach wrap cover open close set lay hang water spray trim press fold
twist slide drop pick plant arrange rearrange remove repeat replace rinse wash dry clean soak boil bake heat stir
sprinkle squeeze glue tape paint sand drill screw draw opt trace tie sew click select enter type copy paste
save`.split(/\s+/),
);

// Everyday adjectives and adverbs: a phrase that ends on one ("oasis large", "moss upward") is
// cut from a clause; alone, one is no concept ("confident", "distressing").
const DESCRIBER = new Set(
  `large small big little tiny huge enough long short high low good bad great new old young able likely ready sure
clear easy hard possible available important different similar same whole full empty upward upwards downward
downwards forward forwards backward backwards away together apart again instead already still also too very
confident happy sad angry afraid aware proud worried excited interested serious popular famous strong weak
beautiful nice fine dark bright hot cold warm cool heavy cheap expensive quick slow fast difficult`.split(
    /\s+/,
  ),
);

/** Nouns that name the kind of a thing already named: "ATF system" is ATF, "Journalism site" the site. */
const KIND_NOUN = new Set(
  'system systems site website page app platform service project company program tool framework team group story article post series module library package command'.split(
    ' ',
  ),
);

const en = (lang: string): boolean => baseLang(lang) === 'en';
const lower0 = (w: string): string => w.toLowerCase();

/** An everyday word of the language that no page teaches on its own ("president", "web", "plants"). */
export function isEverydayWord(word: string, lang: string): boolean {
  if (!en(lang) || /\s/.test(word.trim())) return false;
  const w = word.trim();
  // Names and acronyms ("Kenya", "ATF") are what a page is about.
  if (w !== w.toLowerCase()) return false;
  if (DESCRIBER.has(w) || CLAUSE_VERB.has(w)) return true;
  const singular = w.replace(/(?<=[^s])s$/, '');
  return (
    isGenericWord(w, lang) ||
    isCommonWord(w, lang) ||
    frequencyRank(w, lang) !== undefined ||
    frequencyRank(singular, lang) !== undefined ||
    frequencyRank(w.replace(/ies$/, 'y'), lang) !== undefined
  );
}

/**
 * "particular terrarium" → "terrarium", "main story" → "story"; other labels unchanged. A
 * capitalised qualifier counts where it only opens a sentence ("Small plants"), not in a name
 * ("Big Ben"); `heading` reads a Title Case heading's words the same way ("Use Different Measures").
 */
export function withoutQualifier(label: string, lang: string, heading = false): string {
  if (!en(lang)) return label;
  const m = (heading ? /^(\p{L}\p{Ll}*)\s+(.+)$/u : /^(\p{L}\p{Ll}*)\s+(\p{Ll}.*)$/u).exec(label.trim());
  return m && QUALIFIER.has(m[1]!.toLowerCase()) ? m[2]! : label;
}

/** A word that only says what kind of thing the rest of the phrase is ("system", "site"). */
export function isKindNoun(word: string, lang: string): boolean {
  return en(lang) && KIND_NOUN.has(word.toLowerCase());
}

/** A verb and its object cut from a sentence ("teach students", "Place cloche"), not a term. */
export function isClauseFragment(label: string, lang: string): boolean {
  if (!en(lang)) return false;
  const words = label.trim().split(/\s+/);
  // "Dig", "Fill": an imperative that opens a step of a how-to, capitalised by its place.
  if (words.length === 1)
    return /^\p{Lu}\p{Ll}+$/u.test(label.trim()) && IMPERATIVE.has(label.trim().toLowerCase());
  // "heap-allocated contents", "selected items": a participle describing generic things ("sorted
  // list" names a structure).
  if (
    words.length === 2 &&
    words[0] === lower0(words[0]!) &&
    wordClass(words[0]!.split('-').at(-1)!, lang) === 'participle' &&
    /s$/.test(words[1]!) &&
    isGenericWord(words[1]!, lang)
  )
    return true;
  // "reasonable value", "useful information": a judging adjective on a generic noun.
  if (
    words.length === 2 &&
    words[0] === lower0(words[0]!) &&
    wordClass(words[0]!, lang) === 'adjective' &&
    isGenericWord(words[1]!, lang)
  )
    return true;
  const first = words[0]!;
  const lower = first.toLowerCase();
  // Ends on a describing word, or on the pronoun "I" ("hungry I could eat").
  if (DESCRIBER.has(words.at(-1)!.toLowerCase()) || words.at(-1) === 'I') return true;
  // "Let’s fix": an invitation, not a name.
  if (/^let['’]s$/iu.test(first)) return true;
  // "more advanced", "very large": a degree word opens a description, not a name.
  if (/^(?:more|most|less|least|very|so|too|quite|rather|pretty)$/.test(lower)) return true;
  // "year’s survey", "president's face": an everyday possessor and its thing, cut from a clause.
  if (/^\p{Ll}+['’]s$/u.test(first)) return true;
  if (CLAUSE_VERB.has(lower) && (first === lower || /^\p{Ll}/u.test(words[1]!))) return true;
  // "start building", "keep reading": a verb and what it sets going.
  if (/^(?:start|stop|keep|begin|finish|avoid|try)$/.test(lower) && /\p{Ll}ing$/u.test(words[1]!))
    return true;
  // "newsrooms need", "users want": a plural subject and its verb, cut from a clause.
  if (words.length === 2 && /\p{Ll}{2}s$/u.test(first) && SUBJECT_VERB.has(words[1]!)) return true;
  // "written Vec", "given Foo": a participle that describes a name in passing ("a type written
  // Vec<T>"); a participle that classifies comes before a common noun ("hidden layer").
  if (
    words.length === 2 &&
    first === lower &&
    /^\p{Lu}/u.test(words[1]!) &&
    ((wordClass(lower, lang) === 'participle' && !/ed$/.test(lower)) || /^(?:called|named)$/.test(lower))
  )
    return true;
  // "Place cloche": a capitalised imperative before lowercase words (a name would be "Place Vendôme").
  return IMPERATIVE.has(lower) && first !== lower && words.slice(1).every((w) => /^\p{Ll}/u.test(w));
}

// Words that show the next word is a noun: determiners, possessives, quantifiers, prepositions.
const NOUN_CUE = new Set(
  'the a an this that these those his her its their our your my of in on for with about from by no any some each every such into through over under between against'.split(
    ' ',
  ),
);
const DEGREE = new Set('more most very so too less least'.split(' '));

/**
 * An English word alone is a term only where the text uses it as a noun somewhere: after a
 * determiner or a preposition, with at most one word between ("the moss", "an anomaly", "his
 * presidency", "of the heap-allocated buffer"); an -ing or -ed word only right after its cue ("the
 * building", not "the more surprising"); an adverb ("literally") never. "talk", "speak" and
 * "distressing" never are. One pass over the text; the returned test is then cheap per word.
 */
export function nounUses(text: string, lang: string): (word: string) => boolean {
  if (!en(lang)) return () => true;
  const direct = new Set<string>();
  const gapped = new Set<string>();
  const words = text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (!NOUN_CUE.has(words[i]!)) continue;
    const next = words[i + 1]!;
    direct.add(next);
    if (!NOUN_CUE.has(next) && !DEGREE.has(next) && words[i + 2]) gapped.add(words[i + 2]!);
  }
  return (word) => {
    if (/\s/.test(word.trim()) || word !== word.toLowerCase()) return true;
    if (wordClass(word, lang) === 'adverb') return false;
    return direct.has(word) || (!/(?:ing|ed)$/.test(word) && gapped.has(word));
  };
}

// A photo credit ("Thomas Jackson/Digital Vision/Getty Images", "(Mike Watson Images/Moodboard)",
// "Photo: Reuters") names who took a picture, not what the page teaches.
const CREDIT_PREFIX =
  /^\(?\s*(?:(?:photo(?:graph)?s?|image|picture|credit|illustration|source)\s*(?:by|:)|credit(?=\p{Lu})|(?:photo )?illustration by\s)/iu;
// "Kim Raff for The New York Times": a name and the paper it shoots for, in the paper's language.
const CREDIT_FOR = /^(?:\p{Lu}[\p{L}.'’-]*\s){1,4}for\s(?:the\s)?\p{Lu}[\p{L}\s.&'’-]{1,60}$/u;
// "<python at rcn dot com>": an author's address spelled out against spam harvesters.
const SPELLED_ADDRESS = /^<?[\p{L}\p{N}._-]+\s+at\s+[\p{L}\p{N}._-]+(?:\s+dot\s+[\p{L}\p{N}_-]+)+>?\.?$/u;
// Each part between slashes is a name: a first word, then at most three capitalised ones.
const CREDIT_PART = "\\p{L}[\\p{L}\\p{N}.&'’-]*(?: \\p{Lu}[\\p{L}\\p{N}.&'’-]*){0,3}";
const CREDIT_SLASHES = new RegExp(`^\\(?${CREDIT_PART}(?:\\s*/\\s*${CREDIT_PART})+\\)?\\.?$`, 'u');
/^\(?[\p{Lu}\p{N}][\p{L}\p{N}.&'’ -]*(?:\/\s*[\p{L}\p{N}][\p{L}\p{N}.&'’ -]*)+\)?\.?$/u;

/** A caption line that only credits a picture (any language: names joined by slashes), or an author's address. */
export function isCreditLine(sentence: string): boolean {
  const s = sentence.trim();
  if (s.length > 120) return false;
  return CREDIT_PREFIX.test(s) || CREDIT_SLASHES.test(s) || CREDIT_FOR.test(s) || SPELLED_ADDRESS.test(s);
}
