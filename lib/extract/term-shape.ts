import { isGenericWord } from '@/lib/extract/junk-label';
import { frequencyRank } from '@/lib/extract/word-frequency';
import { isCommonWord } from '@/lib/text/common-words';
import { baseLang, isStopword } from '@/lib/text/stopwords';
import { wordClass } from '@/lib/text/word-class';

// The shape of a term a learner would accept, beyond junk (junk-label.ts): a term names a thing
// the page teaches, so it is not an everyday word on its own ("president", "plants", "web"), not
// a verb with its object cut from a sentence ("teach students", "Place cloche") and not a
// qualifier in front of a noun ("particular terrarium", "main story"). English only, where the
// word lists are; other languages keep their terms as the ranking gives them.

/** Adjectives that point or judge rather than classify: "a particular terrarium" is a terrarium. */
const QUALIFIER = new Set(
  'following previous latest particular certain various different several other main current whole entire same own many few such overall additional further typical usual respective small large big little tiny huge good bad nice new specific ordinary significant past recent existing'.split(
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
beautiful nice fine dark bright hot cold warm cool heavy cheap expensive quick slow fast difficult original higher lower
bigger smaller better worse greater urgent`.split(/\s+/),
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
  // "reasonable value", "useful information", "original content": a judging or pointing adjective
  // on a generic noun ("short options", "short story" classify).
  if (
    words.length === 2 &&
    words[0] === lower0(words[0]!) &&
    (wordClass(words[0]!, lang) === 'adjective' || QUALIFIER.has(words[0]!) || words[0] === 'original') &&
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

// Words that name when, not what: a phrase holding one is a date or a moment of the story ("PM
// Wednesday", "statement yesterday", "London Thursday morning"). "May", "March" and "August" are
// left out: they are names and verbs as often.
const TIME_WORD = new Set(
  `ago yesterday today tomorrow tonight morning mornings afternoon evening night weekend midnight noon monday tuesday
wednesday thursday friday saturday sunday january february april june july september october november december`.split(
    /\s+/,
  ),
);
// A lowercase phrase that ends on a span of time ("school year", "four-year period") is a moment.
const TIME_HEAD = new Set(
  'year years month months week weeks day days decade decades period periods hour hours'.split(' '),
);

/** A date, a moment or a span of time ("PM Wednesday", "school year"), not a concept. English only. */
export function isTimePhrase(label: string, lang: string): boolean {
  if (!en(lang)) return false;
  const words = label.trim().split(/\s+/);
  if (words.some((w) => TIME_WORD.has(w.toLowerCase()))) return true;
  const last = words.at(-1)!;
  return words.length > 1 && last === last.toLowerCase() && TIME_HEAD.has(last);
}

// Heads that say "some aspect of" rather than name a thing: "tax issues", "material items",
// "business side", "investment priorities" are vague pointers at a topic, not the topic.
const VAGUE_HEAD = new Set(
  'issue issues item items side sides matter matters aspect aspects priority priorities factor factors concern concerns effort efforts purpose purposes reason reasons need needs stuff ways lots bits tips'.split(
    ' ',
  ),
);
const AUDIENCE = new Set('users fans customers readers viewers players buyers subscribers'.split(' '));
// Nouns named for a person that the possessive belongs to the name of: "Moore's law", "Newton's method".
const EPONYM_HEAD = new Set(
  'law laws theorem principle rule rules paradox constant method algorithm disease syndrome equation equations conjecture lemma effect razor test number cube'.split(
    ' ',
  ),
);

/**
 * A vague phrase rather than a term: an everyday thing of a named person ("Yoon’s address",
 * "Marco’s friends"; "Moore's law" is a term) or a lowercase noun with a vague head ("tax issues").
 */
export function isVaguePhrase(label: string, lang: string): boolean {
  if (!en(lang)) return false;
  const words = label.trim().split(/\s+/);
  const last = words.at(-1)!;
  const owner = words.at(-2) ?? '';
  // "Energy Control’s service" as well: the possessive is the word before the last.
  if (/^\p{Lu}[\p{L}.-]*['’]s$/u.test(owner) && last === last.toLowerCase())
    return !EPONYM_HEAD.has(last) && (isEverydayWord(last, lang) || isGenericWord(last, lang));
  if (words.length !== 2) return false;
  // "Android users", "Microsoft fans": who reads or buys, named by what they use.
  if (AUDIENCE.has(last)) return true;
  return owner === owner.toLowerCase() && VAGUE_HEAD.has(last);
}

// Words before a verb: the infinitive marker, modals and auxiliaries, subject pronouns and the
// relative pronouns that open a clause ("pills which contained DNP", "to support Python 3").
const VERB_CUE = new Set(
  `to will would can could should may might must shall did do does didn't don't doesn't won't can't cannot wouldn't
couldn't shouldn't i we you they he she it who which not never also please`.split(/\s+/),
);

const COPULA = new Set('is are was were be been being'.split(' '));

/**
 * An English phrase the text uses as a clause, not a name: it opens with a verb ("to support
 * Python", "will come online", "which contained DNP"), has a verb inside ("moment takes place"),
 * or is a name and the verb it governs ("Emery states", "Daring Fireball adheres"). Read from how
 * the text writes the phrase: the word before each mention, and whether the last word is ever a
 * noun there. One pass over the text; the returned test is then cheap per label.
 */
export function clauseUses(text: string, lang: string): (label: string) => boolean {
  if (!en(lang)) return () => false;
  const tokens = text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const lower = tokens.map((t) => t.toLowerCase());
  const afterCue = new Set<string>();
  // A noun is seen after its cue, with at most one word between ("the devices", "the Apple devices").
  for (let i = 0; i + 1 < lower.length; i++)
    if (NOUN_CUE.has(lower[i]!)) {
      afterCue.add(lower[i + 1]!);
      if (lower[i + 2]) afterCue.add(lower[i + 2]!);
    }
  // Where each lowercase word is, for the words that open a phrase.
  // Words the text also writes in lowercase are no names ("List comprehensions" opens a heading).
  const lowercase = new Set(tokens.filter((t) => /^\p{Ll}/u.test(t)));
  const at = new Map<string, number[]>();
  lower.forEach((w, i) => {
    const list = at.get(w);
    if (list) {
      if (list.length < 50) list.push(i);
    } else at.set(w, [i]);
  });
  return (label) => {
    const words = label.trim().split(/\s+/);
    if (words.length < 2) return false;
    if (words.slice(1).some((w) => w === w.toLowerCase() && wordClass(w, lang) === 'verb')) return true;
    const last = words.at(-1)!;
    if (
      words.slice(0, -1).every((w) => /^\p{Lu}/u.test(w) && !lowercase.has(w.toLowerCase())) &&
      /^\p{Ll}{3,}s$/u.test(last) &&
      !/(?:ss|us|is)$/.test(last) &&
      !afterCue.has(last)
    )
      return true;
    // "functions which are CPU consuming": a participle phrase after a copula is a predicate.
    const predicate = /^\p{Ll}+(?:ing|ed)$/u.test(last);
    const first = words[0]!;
    const want = words.map((w) => w.toLowerCase());
    // "crash the server hosting the game": an -ing word that always takes an object is a verb
    // ("server hosting" as a noun would not be followed by "the").
    if (/^\p{Ll}{2,}ing$/u.test(last)) {
      const phrase = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
      const uses =
        text.match(new RegExp(`(?<![\\p{L}\\p{N}])${phrase}(?![\\p{L}\\p{N}])`, 'giu'))?.length ?? 0;
      const withObject =
        text.match(new RegExp(`(?<![\\p{L}\\p{N}])${phrase} (?:${OBJECT_CUE})(?![\\p{L}\\p{N}])`, 'giu'))
          ?.length ?? 0;
      if (uses > 0 && withObject === uses) return true;
    }
    if (first !== first.toLowerCase() && !predicate) return false;
    let verbal = 0;
    let nominal = 0;
    for (const i of at.get(want[0]!) ?? []) {
      if (!want.every((w, k) => lower[i + k] === w)) continue;
      const before = lower[i - 1];
      if (before === undefined) continue;
      if ((first === first.toLowerCase() && VERB_CUE.has(before)) || (predicate && COPULA.has(before)))
        verbal++;
      else if (NOUN_CUE.has(before)) nominal++;
    }
    return verbal > 0 && verbal >= nominal;
  };
}

/**
 * An English word shaped like an adjective that the text nearly always writes in front of another
 * word, as its modifier ("functional programming", "functional style"): alone it is cut from the
 * phrases it opens, not a concept. Needs three uses; four in five must be followed by a lowercase
 * word that is no stopword.
 */
export function modifierOnly(text: string, lang: string): (word: string) => boolean {
  if (!en(lang)) return () => false;
  const tokens = text.match(/[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu) ?? [];
  const uses = new Map<string, { n: number; before: number }>();
  tokens.forEach((t, i) => {
    // Only words shaped like adjectives: nouns stand before verbs and other nouns as often
    // ("executor pulls", "taxi drivers").
    if (!ADJECTIVE_SHAPE.test(t)) return;
    const u = uses.get(t) ?? { n: 0, before: 0 };
    u.n++;
    const next = tokens[i + 1];
    if (next && /^\p{Ll}[\p{Ll}-]*$/u.test(next) && !isStopword(next, lang)) u.before++;
    uses.set(t, u);
  });
  return (word) => {
    const u = uses.get(word);
    return !!u && u.n >= 3 && u.before * 5 >= u.n * 4;
  };
}
const ADJECTIVE_SHAPE = /^\p{Ll}+(?:al|ic|ive|ous|ful|less|able|ible|ary)$/u;

// English idioms whose noun is no concept there: "on average", "byte for byte", "for instance".
const IDIOM =
  /\b(?:on average|(\w+) for \1|for instance|in fact|in general|in particular|at least|at most|in order to|in case|on purpose|by default|in practice|in theory|in turn|in time|on time|at times|for example|in detail|in total|in addition|in short|at first|at last|in place|on board|in charge|by hand|in common)\b/giu;

/** An English word the text only uses inside an idiom ("average" of "on average"): no term. */
export function idiomOnly(text: string, lang: string): (word: string) => boolean {
  if (!en(lang)) return () => false;
  const lower = text.toLowerCase();
  const words = (s: string) => new Set(s.match(/[\p{L}\p{N}]+/gu) ?? []);
  const all = words(lower);
  const rest = words(lower.replace(IDIOM, ' '));
  return (word) => {
    const w = word.toLowerCase();
    return all.has(w) && !rest.has(w);
  };
}

// Determiners that open a verb's object ("hosting the game", "running a server").
// ("that" and "this" are left out: "a stranding that was", "stranding this year").
const OBJECT_CUE = 'the|a|an|his|her|its|their|our|your|my';

// Words that show the next word is a noun: determiners, possessives, quantifiers, prepositions.
const NOUN_CUE = new Set(
  'the a an this that these those his her its their our your my of in on for with about from by no any some each every such into through over under between against'.split(
    ' ',
  ),
);
// Words after which the next word is a verb: subject pronouns, modals, the infinitive marker and
// adverbs of frequency ("you stop", "can stop", "to stop", "never stop").
const VERB_BEFORE = new Set(
  `i we you they to will would can could should may might must shall don't doesn't didn't won't can't cannot never
always often usually`.split(/\s+/),
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
  // How often a word comes right after a cue of each kind: "the stop function" once against "you
  // stop", "to stop" and "never stop" is a verb the text names once as a noun.
  const asNoun = new Map<string, number>();
  const asVerb = new Map<string, number>();
  const words = text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  for (let i = 0; i + 1 < words.length; i++) {
    const next = words[i + 1]!;
    if (VERB_BEFORE.has(words[i]!)) asVerb.set(next, (asVerb.get(next) ?? 0) + 1);
    if (!NOUN_CUE.has(words[i]!)) continue;
    direct.add(next);
    asNoun.set(next, (asNoun.get(next) ?? 0) + 1);
    if (!NOUN_CUE.has(next) && !DEGREE.has(next) && words[i + 2]) gapped.add(words[i + 2]!);
  }
  return (word) => {
    if (/\s/.test(word.trim()) || word !== word.toLowerCase()) return true;
    if (wordClass(word, lang) === 'adverb') return false;
    if ((asVerb.get(word) ?? 0) > 2 * (asNoun.get(word) ?? 0)) return false;
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

// The working vocabulary of technical prose: every post about software says "function",
// "memory", "server" or "instance" in passing, so one of them alone is no concept of the page
// unless the page makes it one (see isPassingTechWord). Written from general knowledge of how
// software is written about, not from any page.
const TECH_WORD = new Set(
  `function functions method methods memory instance instances api apis server servers client clients data code file
files process processes thread threads request requests response responses object objects variable variables string
strings array arrays database databases query queries network networks machine machines application applications app
apps service services system systems program programs software hardware tool tools feature features library libraries
framework frameworks version versions interface interfaces command commands script scripts error errors bug bugs test
tests call calls input inputs output outputs production environment environments config configuration setting settings
parameter parameters component components resource resources event events message messages operation operations
performance usage load state status platform platforms device devices browser browsers computer computers developer
developers solution solutions implementation logic model models layer layers node nodes host hosts port ports key keys
field fields table tables record records row rows column columns cache disk storage workload workloads traffic issue
issues support user users product products team teams stuff overhead downtime graph graphs chart charts`.split(
    /\s+/,
  ),
);

/**
 * A single word of the working vocabulary of technical prose (TECH_WORD), as a term alone: not a
 * concept of an English page unless the page makes it one, by its title or structure (the caller
 * checks hints), or by heading two or more of its other terms ("server" of "web server", "game
 * server"). "memory" of "memory leak", "memory dump" only qualifies them: the page's concepts
 * are the phrases.
 */
export function isPassingTechWord(word: string, lang: string, headsOther: boolean): boolean {
  if (!en(lang)) return false;
  const w = word.trim();
  return w === w.toLowerCase() && TECH_WORD.has(w) && !headsOther;
}
