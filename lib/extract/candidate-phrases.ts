import { lightStem } from '@/lib/text/light-stem';
import { baseLang, isStopword } from '@/lib/text/stopwords';

// Candidate phrases by stopword and punctuation splitting: a keyphrase is a run of content words
// ("complex langevin dynamics"), optionally with one connector inside in languages that build
// compound terms with one ("base de Maceda", "fusée Falcon 9"). No part-of-speech model needed.

export interface PhraseOccurrence {
  /** Words as written. */
  words: string[];
  /** Stem key (light stems joined by spaces): occurrences with the same key are one candidate. */
  key: string;
  sentence: number;
  /** Index of the first word among all content tokens of the text (for position features). */
  position: number;
  /** True when the phrase opens its sentence (its capital letter then says nothing). */
  sentenceStart: boolean;
  /** True when no content word touches it on either side: the whole run, not a piece of a longer
   * one ("independent money managers", not "pick independent money"). */
  maximal: boolean;
}

export interface TokenInfo {
  text: string;
  /** As written, with a French elided article kept ("l'archéologie" where text is "archéologie"). */
  written: string;
  stem: string;
  stop: boolean;
  /** Numbers and single letters: never a phrase on their own, but "Falcon 9", "Hércules C". */
  weak: boolean;
  /** A stopword that may follow content words inside a term ("scheduling problem"). */
  soft: boolean;
  sentence: number;
  /** Index among all word tokens of the text. */
  index: number;
  sentenceStart: boolean;
}

const CONNECTORS: Record<string, Set<string>> = {
  fr: new Set(['de', 'du', 'des', "d'"]),
  es: new Set(['de', 'del']),
  pt: new Set(['de', 'do', 'da', 'dos', 'das']),
  it: new Set(['di', 'del', 'della', 'dei', 'delle']),
  // No English connector: "term of computational load", "set of measurements" were mostly noise
  // on Inspec and SemEval (F1@10 +0.018 / +0.007 without "of"); English compounds stack nouns.
};

// Number words behave like digits: "cinquenta anos", "quinhentas pessoas" are counts, not terms.
const NUMERALS = new Set(
  `twenty thirty forty fifty sixty seventy eighty ninety hundreds thousands millions billion billions
vinte trinta quarenta cinquenta sessenta setenta oitenta noventa duzentos duzentas trezentos trezentas
quatrocentos quatrocentas quinhentos quinhentas seiscentos seiscentas setecentos setecentas oitocentos
oitocentas novecentos novecentas milhão milhões bilião biliões dezena dezenas centenas milhares
vingt trente quarante cinquante soixante septante huitante nonante cents milliers million millions milliard milliards
dizaine dizaines centaine centaines veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa
doscientos doscientas trescientos trescientas quinientos quinientas millón millones decenas centenares`.split(
    /\s+/,
  ),
);

const GERUND_AFTER = new Set([
  'by',
  'for',
  'of',
  'in',
  'on',
  'with',
  'without',
  'after',
  'before',
  'while',
  'when',
  'from',
  'to',
  'about',
]);

// English nouns of academic prose that are stopwords on their own ("method", "problem": they
// name no concept) but head many terms: "finite element method", "scheduling problem",
// "decision making".
const SOFT_HEADS = new Set(
  'method methods problem problems approach approaches study studies result results work making'.split(' '),
);

// English determiners and object pronouns: a word in -s between a content word and one of these is
// a verb ("lazy evaluation means the", "a closure gives its", "the iterator produces a"); a plural
// noun is seldom followed by one ("that"/"which" are left out: "inner functions that return").
const DETERMINER_AFTER_VERB = new Set(
  'the a an this these those its their his her each every some any no our your my them it'.split(' '),
);

// Determiners that only take a singular noun: after "a timer", "this chapter", "an iterator" a word
// in -s is the verb ("a timer fires", "this chapter builds", "an iterator produces").
const SINGULAR_DETERMINER = new Set('a an this each every another'.split(' '));

/** English: is the lowercase word in -s at row[k] a verb by its neighbours (see the two sets above)? */
function verbInS(row: readonly TokenInfo[], k: number): boolean {
  const t = row[k]!;
  const before = row[k - 1];
  if (t.stop || !before || before.stop || before.index < 0) return false;
  // Not -ss, -us, -is ("class", "status", "analysis"), -ics ("physics"), "series", "news".
  if (t.text.length < 4 || !/[^siu]s$/.test(t.text) || /(?:ics|series|species|news)$/.test(t.text))
    return false;
  const after = row[k + 1];
  if (after && DETERMINER_AFTER_VERB.has(after.text.toLowerCase())) return true;
  // After a singular determiner the -s word must close the run to be its verb ("a graphics
  // engine" is a noun phrase; "a timer fires or" is a clause).
  if (after && !after.stop) return false;
  let j = k - 1;
  while (j > 0 && k - j < 3 && !row[j - 1]!.stop && row[j - 1]!.index >= 0) j--;
  const det = row[j - 1];
  return det !== undefined && SINGULAR_DETERMINER.has(det.text.toLowerCase());
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenizeSentences(sentences: readonly string[], lang: string): TokenInfo[][] {
  const out: TokenInfo[][] = [];
  let index = 0;
  const en = baseLang(lang) === 'en';
  sentences.forEach((s, si) => {
    const row: TokenInfo[] = [];
    TOKEN_RE.lastIndex = 0;
    let first = true;
    for (let m = TOKEN_RE.exec(s); m; m = TOKEN_RE.exec(s)) {
      const t = m[0];
      const isWord = /[\p{L}\p{N}]/u.test(t);
      if (!isWord) {
        // Punctuation is a hard boundary, except hyphens and slashes glued inside words.
        row.push({
          text: t,
          written: t,
          stem: '',
          stop: true,
          weak: false,
          soft: false,
          sentence: si,
          index: -1,
          sentenceStart: false,
        });
        continue;
      }
      const elided = /^[dlcjmnst]['’]/iu.test(t) && baseLang(lang) === 'fr';
      const text = elided ? t.slice(2) : t;
      const weak =
        /^\p{N}+(?:[.,]\p{N}+)*$/u.test(text) ||
        (text.length < 2 && /\p{Lu}|\p{N}/u.test(text)) ||
        NUMERALS.has(text.toLowerCase());
      // English "by supplying X", "for solving Y": a gerund after a preposition is a verb taking an
      // object, not the start of a term.
      const prev = row.at(-1);
      const gerund =
        en && /ing$/i.test(text) && prev !== undefined && GERUND_AFTER.has(prev.text.toLowerCase());
      const stop = weak || gerund || isStopword(text, lang) || text.length < 2;
      row.push({
        text,
        written: t,
        weak,
        soft: stop && !weak && en && SOFT_HEADS.has(text.toLowerCase()),
        stem: lightStem(text, lang),
        stop,
        sentence: si,
        index: index++,
        sentenceStart: first,
      });
      first = false;
    }
    if (en) {
      // Marked after the whole sentence is read: the test looks at both neighbours.
      const verbs = row.map((_, k) => verbInS(row, k));
      verbs.forEach((v, k) => {
        if (v) row[k]!.stop = true;
      });
    }
    out.push(row);
  });
  return out;
}

export function candidatePhrases(tokens: TokenInfo[][], lang: string, maxWords = 4): PhraseOccurrence[] {
  const conn = CONNECTORS[baseLang(lang)] ?? new Set<string>();
  const out: PhraseOccurrence[] = [];
  for (const row of tokens) {
    for (let i = 0; i < row.length; i++) {
      const first = row[i]!;
      if (first.stop || first.index < 0) continue;
      const words: TokenInfo[] = [];
      let connectors = 0;
      for (let j = i; j < row.length && words.length < maxWords + connectors; j++) {
        const t = row[j]!;
        if (t.index < 0) break;
        if (t.weak && words.length > 0 && (!words.at(-1)!.stop || words.at(-1)!.soft)) {
          // A number or letter closes the phrase it qualifies ("Falcon 9"); nothing follows it.
          words.push(t);
          out.push(occurrence(words, first, row, i, j));
          break;
        }
        if (t.stop && !(t.soft && words.length > 0)) {
          if (conn.has(t.text.toLowerCase()) && connectors === 0 && words.length > 0) {
            connectors++;
            words.push(t);
            continue;
          }
          break;
        }
        words.push(t);
        out.push(occurrence(words, first, row, i, j));
      }
    }
  }
  return out;
}

function occurrence(
  words: TokenInfo[],
  first: TokenInfo,
  row: readonly TokenInfo[],
  start: number,
  end: number,
): PhraseOccurrence {
  const before = row[start - 1];
  const after = row[end + 1];
  return {
    maximal: (!before || before.stop) && (!after || after.stop),
    // Inside a phrase the elided article stays: "journées de l'archéologie", "réduction d'effectifs".
    words: words.map((w, i) => (i > 0 ? w.written : w.text)),
    key: words.map((w) => (w.stop && !w.soft ? w.text.toLowerCase() : w.stem)).join(' '),
    sentence: first.sentence,
    position: first.index,
    sentenceStart: first.sentenceStart,
  };
}
