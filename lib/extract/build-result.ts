import { conceptKey } from '@/lib/extract/concept-key';
import { definedTerms } from '@/lib/extract/defined-terms';
import { detectLanguage } from '@/lib/extract/detect-language';
import { findDefinition } from '@/lib/extract/find-definition';
import { actionObject, headingTopics } from '@/lib/extract/heading-topics';
import { isByline, isGenericWord, isJunkLabel, isSectionTitle } from '@/lib/extract/junk-label';
import { locatePhrase } from '@/lib/extract/locate-phrase';
import { choosePageKind, namesItselfDocumentation } from '@/lib/extract/page-kind';
import type { PageText } from '@/lib/extract/page-text';
import { rankTerms } from '@/lib/extract/rank-terms';
import {
  clauseUses,
  idiomOnly,
  isClauseFragment,
  isCreditLine,
  isEverydayWord,
  isKindNoun,
  isPassingTechWord,
  isTimePhrase,
  isVaguePhrase,
  modifierOnly,
  nounUses,
  withoutQualifier,
} from '@/lib/extract/term-shape';
import { extractVocabulary } from '@/lib/extract/vocabulary';
import { lightStem } from '@/lib/text/light-stem';
import { segmentWords } from '@/lib/text/segment-words';
import { splitSentences } from '@/lib/text/split-sentences';
import { isStopword } from '@/lib/text/stopwords';
import type { ExtractedConcept, ExtractResult, PageLink } from '@/lib/types';

// Shared tail of extractPage and extractText: from blocks of text to the final result (sentences,
// headings, language, page kind, and the concept mix the page calls for).

export interface BuildContext {
  declaredLang?: string;
  /** Forced language (CLI --lang). */
  lang?: string;
  url?: string;
  /** The learner's language: a page in another language is read for vocabulary. Default 'en'. */
  nativeLang?: string;
  top?: number;
  links?: PageLink[];
  nextUrl?: string;
  /** API symbols found in the page's markup, already in the final shape but without `key`. */
  api?: Omit<ExtractedConcept, 'key'>[];
  /** The page documents one API item as a whole. */
  apiPageItem?: boolean;
  /** The page's author line (Readability's byline, or the author meta). */
  byline?: string;
}

const MAX_SENTENCES = 5000;
const API_KIND_WORD =
  /^(?:module|struct|enum|trait|class|interface|function|method|macro|type|crate|package|namespace|primitive type|keyword)\s+/;
const DEFAULT_TOP = 30;
const MAX_TOPICS = 20;
/** Everyday words fill a page's terms up to this many, never beyond (see finish()). */
const MIN_SPECIFIC = 5;
/** Ranked candidates read for a page's terms, whatever `top` is. */
const MIN_POOL = 60;

export function buildResult(page: PageText, ctx: BuildContext): ExtractResult {
  const sentences: string[] = [];
  const sentenceBlock: number[] = [];
  page.blocks.forEach((b, bi) => {
    if (b.tag === 'h' || b.tag === 'pre' || sentences.length >= MAX_SENTENCES) return;
    for (const s of splitSentences(b.text)) {
      if (sentences.length >= MAX_SENTENCES) break;
      sentences.push(s);
      sentenceBlock.push(bi);
    }
  });
  // A document of one line (a news headline, a title and nothing else) has no prose: its
  // headings, or else its title, are the text a learner reads there.
  if (sentences.length === 0) {
    page.blocks.forEach((b, bi) => {
      if (b.tag !== 'h' || !b.text.trim()) return;
      sentences.push(b.text.trim().slice(0, 2000));
      sentenceBlock.push(bi);
    });
    if (sentences.length === 0 && page.title.trim()) sentences.push(page.title.trim().slice(0, 2000));
  }
  const headings = page.blocks
    .filter((b) => b.tag === 'h')
    .slice(0, 2000)
    .map((b) => ({ level: b.level ?? 2, text: b.text.slice(0, 2000) }));
  const bodyText = sentences.join(' ');
  const guess = ctx.lang
    ? { lang: ctx.lang, dir: detectLanguage('', ctx.lang).dir }
    : detectLanguage(`${page.title} ${bodyText}`, ctx.declaredLang);
  const lang = guess.lang;
  const wordCount = sentences.reduce((n, s) => n + segmentWords(s, lang).length, 0);
  const codeBlocks = page.blocks.filter((b) => b.tag === 'pre').length;
  const pageKind = choosePageKind({
    lang,
    wordCount,
    apiSymbols: ctx.api?.length ?? 0,
    apiPageItem: ctx.apiPageItem,
    headings: headings.length,
    codeBlocks,
    title: page.title,
    url: ctx.url,
    nativeLang: ctx.nativeLang,
  });
  // Main-text offsets: the sentences joined by single spaces, as `bodyText`.
  const offsets: number[] = [];
  let off = 0;
  for (const s of sentences) {
    offsets.push(off);
    off += s.length + 1;
  }
  const sectionOf = (sentence: number): number => page.blocks[sentenceBlock[sentence] ?? -1]?.section ?? 0;
  const extra = page.blocks.filter((b) => b.tag === 'h' || b.tag === 'pre').map((b) => b.text);
  const top = ctx.top ?? DEFAULT_TOP;
  const concepts: ExtractedConcept[] = [];
  // Everyday words alone ("president", "web"): kept aside, offered only where the page has
  // almost nothing else (see finish()).
  const everyday = new Set<ExtractedConcept>();
  const seen = new Set<string>();
  const add = (concept: Omit<ExtractedConcept, 'key'>, topic = false, known = false): void => {
    let c = concept;
    if (c.kind === 'term') {
      // A heading's Title Case qualifier counts as well ("Past Anomalies" is anomalies).
      const heading = headings.some((h) => h.text.trim().toLowerCase() === c.label.toLowerCase());
      const label = withoutQualifier(c.label, lang, heading)
        // "Tunisia’s" is Tunisia, "Lupita Nyong'o's" is Lupita Nyong'o.
        .replace(/(?<=\p{L}{2}|\p{L}['’]\p{L})['’]s$/u, '')
        // "U.S" cut by the sentence splitter is "U.S.".
        .replace(/(?<=(?:^|[\s.])\p{Lu}\.\p{Lu})$/u, c.definition?.includes(`${c.label}.`) ? '.' : '');
      if (label !== c.label) {
        // The other forms were of the qualified phrase.
        const { aliases: _forms, ...plain } = c;
        c = { ...plain, label };
      }
    }
    if (isJunkLabel(c.label)) return;
    if (
      c.kind === 'term' &&
      (isGenericWord(c.label, lang) ||
        isClauseFragment(c.label, lang) ||
        isTimePhrase(c.label, lang) ||
        isVaguePhrase(c.label, lang) ||
        asClause(c.label) ||
        isSectionTitle(c.label, headings) ||
        isByline(c.label, ctx.byline) ||
        namesApiItem(c.label) ||
        opensSummaries(c.label))
    )
      return;
    const key = conceptKey(c.kind, lang, c.label);
    if (seen.has(key)) return;
    seen.add(key);
    const full = { key, ...c };
    concepts.push(full);
    // A section the page titles "Sets" or "Design" does teach it: headings are exempt.
    if (known || (c.kind === 'term' && !topic && isEverydayWord(c.label, lang))) everyday.add(full);
  };

  // On a reference page the prose names its items ("module std::vec", "vec"): the item is
  // already a concept, its name again as a term is a duplicate.
  const apiNames = new Set(
    (ctx.api ?? []).flatMap((a) =>
      [a.label, a.label.split(/::|\./).at(-1) ?? ''].map((n) => n.toLowerCase()),
    ),
  );
  const namesApiItem = (label: string): boolean =>
    apiNames.has(
      label
        .toLowerCase()
        .replace(API_KIND_WORD, '')
        .replace(/\([^()]*\)$/, ''),
    );

  // The verb a reference's item summaries open with ("Returns the number…", "Appends the
  // specified element…"): it says what an item does, it names no concept.
  const openers = new Map<string, number>();
  for (const a of ctx.api ?? []) {
    const first = /^\p{L}+/u.exec(a.summary ?? '')?.[0]?.toLowerCase();
    if (first) openers.set(first, (openers.get(first) ?? 0) + 1);
  }
  const opensSummaries = (label: string): boolean => {
    const l = label.toLowerCase();
    return /^\p{L}+s$/u.test(l) && openers.has(l);
  };

  let bodyWords: { lower: Set<string>; upper: Set<string> } | undefined;
  let clauseTest: ((label: string) => boolean) | undefined;
  const asClause = (label: string): boolean => {
    clauseTest ??= clauseUses(bodyText, lang);
    return clauseTest(label);
  };
  if (pageKind === 'empty') return finish();

  // Symbols keep page order; scores fall gently so "best first" stays meaningful downstream.
  const nApi = ctx.api?.length ?? 0;
  (ctx.api ?? []).forEach((a, i) => {
    add({ ...a, score: round(2 - i / Math.max(1, nApi)) });
  });

  // Picture credits are left out of what is ranked (kept in place: indices are sentence ids).
  // So is a paragraph that is only a link (a related story, "Read more"): the page's furniture.
  const ranked = sentences.map((s, i) =>
    isCreditLine(s) || page.blocks[sentenceBlock[i] ?? -1]?.linkOnly ? '' : s,
  );
  if (pageKind === 'foreign-language') {
    const native = ctx.nativeLang ?? 'en';
    for (const v of extractVocabulary(ranked, lang, top * 2)) {
      // "for The", "Myers for": words of the learner's own language around a name (a caption, a
      // quote) are not an expression of the page's language.
      if (/\s/.test(v.label) && v.label.split(/\s+/).some((w) => isStopword(w.toLowerCase(), native)))
        continue;
      const definition = findDefinition(v.label, { sentences, extra }, v.sentence);
      if (!definition) continue;
      add(
        {
          label: v.label,
          kind: 'vocab',
          score: round(v.score),
          lemma: v.lemma,
          definition,
          frequencyRank: v.frequencyRank,
          aliases: v.forms.filter((f) => f !== v.label).slice(0, 10),
          section: sectionOf(v.sentence),
          firstOffset: mentionOffset(v.label, v.sentence),
        },
        false,
        // Spelled like an everyday word of the learner's own language ("services", "techniques"
        // on a French page for an English reader): a card that teaches nothing new.
        isEverydayWord(v.label, ctx.nativeLang ?? 'en'),
      );
    }
  } else {
    const hints = page.highlights.map((h) => ({ text: h.text, kind: h.kind }));
    hints.push({ text: page.title, kind: 'title' });
    // The pool does not shrink with `top`: most candidates fail a later test (furniture, everyday
    // words, clause cuts), and a short list must be the start of a longer one, not a different list.
    const terms = rankTerms(ranked, { lang, hints, top: Math.max(top * 2, MIN_POOL) });
    const usedAsNoun = nounUses(bodyText, lang);
    const onlyModifier = modifierOnly(bodyText, lang);
    const onlyIdiom = idiomOnly(bodyText, lang);
    // A teacher's concepts for a tutorial are its section topics, in the page's order, then the
    // terms the page defines (any page), all above any statistically frequent word.
    const best = terms[0]?.score ?? 1;
    const structural = pageKind === 'tutorial' || pageKind === 'docs' || pageKind === 'api-reference';
    const topics = [...(structural ? headingTopics(headings, lang) : []), ...definedTerms(page, lang)].slice(
      0,
      Math.max(MAX_TOPICS, top),
    );
    topics.forEach((heading, i) => {
      // "Detecting Anomalies" teaches anomalies, unless the prose itself names the action.
      let topic = withoutQualifier(heading, lang, true);
      let at = inProse(locatePhrase(topic, sentences));
      const object = at ? undefined : actionObject(topic);
      if (object) {
        // "Achieving guarantees" after "System guarantees": the action is on a topic already
        // named in full.
        if (
          !/\s/.test(object) &&
          concepts.some(
            (c) => c.kind === 'term' && c.label.toLowerCase().endsWith(` ${object.toLowerCase()}`),
          )
        )
          return;
        // "Getting a Sense of the Data" is about the data.
        const of = /^(\p{L}+)\s+of\s+(?:the\s+)?(.+)$/iu.exec(object);
        // "Finding Past Anomalies" is about anomalies.
        topic = withoutQualifier(
          of && isEverydayWord(of[1]!.toLowerCase(), lang) ? of[2]! : object,
          lang,
          true,
        );
        at = locatePhrase(topic, sentences);
      }
      let label = at?.label ?? topic;
      let definition: string | undefined;
      if (at) definition = findDefinition(label, { sentences, extra }, at.sentence);
      else {
        // Not in the prose as such: the heading itself is the source, in sentence case so the
        // label reads like a term ("Default Argument Values" → "default argument values").
        const heading = extra.find((e) => e.includes(topic));
        if (heading) {
          const lower = sentenceCase(bodyLower());
          label = lower(topic);
          definition = lower(heading);
        }
      }
      if (!definition) return;
      // "Use Different Measures" → "Measures", "Improving Accuracy" → "Accuracy": once the verb
      // or qualifier is gone, a single everyday word is left, which no heading made a topic.
      const bare =
        topic.toLowerCase() !== heading.toLowerCase() &&
        !/\s/.test(label) &&
        isEverydayWord(label.toLowerCase(), lang);
      add(
        {
          label,
          kind: 'term',
          score: round(best * (1.5 - 0.5 * (i / Math.max(1, topics.length)))),
          definition,
          section: at ? sectionOf(at.sentence) : 0,
          ...(at ? { firstOffset: mentionOffset(label, at.sentence) } : {}),
        },
        !bare,
        bare,
      );
    });
    // What the page is about, by its own words: its title, and the head nouns of its phrases.
    const titleStems = new Set(
      (page.title.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => lightStem(w.toLowerCase(), lang)),
    );
    // Terms a word heads: "argument" heads "positional argument" and "optional argument".
    const heads = new Map<string, number>();
    for (const l of new Set([
      ...terms.map((t) => t.label.toLowerCase()),
      ...topics.map((h) => h.toLowerCase()),
    ])) {
      const w = l.split(/\s+/);
      if (w.length < 2) continue;
      const k = lightStem(w.at(-1)!, lang);
      heads.set(k, (heads.get(k) ?? 0) + 1);
    }
    // How often each word opens a longer term of the pool ("flame" of "flame graph", "flame chart").
    const opens = new Map<string, number>();
    for (const t of terms) {
      const w = t.label.toLowerCase().split(/\s+/);
      if (w.length < 2) continue;
      const k = lightStem(w[0]!, lang);
      opens.set(k, (opens.get(k) ?? 0) + t.tf);
    }
    // Documentation teaches the working words of its field ("function", "instance" in a Python
    // tutorial); a post about something else only uses them.
    const documentation = namesItselfDocumentation(page.title, ctx.url);
    const inTitle = (label: string): boolean =>
      label.split(/\s+/).some((w) => titleStems.has(lightStem(w.toLowerCase(), lang)));
    for (const t of terms) {
      // A word or phrase the page uses once, and nothing in its structure points at, is a word
      // of one sentence ("body swerve", "talk"), not what the page teaches; short texts (an
      // abstract, a headline) have nothing else to offer.
      if (t.tf < 2 && !t.hinted && wordCount >= 300) continue;
      const label = nameWithOpener(t.label, sentences[t.sentence] ?? '', lang);
      if (!t.hinted && !usedAsNoun(label)) continue;
      if (!t.hinted && onlySentenceInitial(label)) continue;
      if (!/\s/.test(label) && (onlyModifier(label) || onlyIdiom(label))) continue;
      const definition = findDefinition(label, { sentences, extra }, t.sentence);
      if (!definition) continue;
      // Only ever a line of its own ("biz & IT —", a menu entry, a kicker): furniture, not prose.
      // A heading or a defined term may stand alone, but not one that ends on a separator dash.
      const alone = definition.replace(/[\s\p{P}\p{S}]+$/u, '').trim() === label;
      if (alone && (!t.hinted || /[—–|»›]\s*$/u.test(definition))) continue;
      // Words cut out of a code expression ("isize::MAX bytes", "written Vec<T>", "amortized
      // O(1)"): prose words glued to the edge of an identifier are neither the prose's term nor the
      // identifier.
      if (/\s/.test(label) && cutFromCode(label, sentences[t.sentence] ?? '')) continue;
      if (cutFromName(label, sentences)) continue;
      // "the Index and IndexMut traits": the identifier is the concept, its kind word is not.
      const named = API_KIND_TAIL.exec(label);
      // Kept aside like an everyday word (offered only where the page has almost nothing else):
      // a word every technical text uses in passing ("function", "memory") outside documentation,
      // and a person, place or paper the page names once or twice on its way to something else
      // ("New York Times", "Canada" on a post about student newsrooms). The title, the page's
      // structure, or other terms built on the word make it the page's own.
      const passing =
        !t.hinted &&
        !inTitle(label) &&
        ((!documentation && isPassingTechWord(label, lang, (heads.get(lightStem(label, lang)) ?? 0) >= 2)) ||
          (wordCount >= 300 && isPlainName(label, lang) && namedInPassing(label, t.tf)) ||
          // A word the page nearly always writes as the first word of longer terms of its own
          // ("flame" of "flame graph" and "flame chart"): those terms are the concepts.
          (label === label.toLowerCase() &&
            !/\s/.test(label) &&
            (opens.get(lightStem(label, lang)) ?? 0) * 3 >= t.tf * 2));
      add(
        {
          label: named ? named[1]! : label,
          kind: 'term',
          score: round(t.score),
          definition,
          aliases: t.forms.filter((f) => f !== label).slice(0, 10),
          section: sectionOf(t.sentence),
          firstOffset: mentionOffset(label, t.sentence),
        },
        false,
        passing,
      );
    }
  }
  return finish();

  /**
   * A name the prose writes at most twice, by itself or by its last word ("Parata" for "Hori
   * Parata"), and writes as a name mid-sentence (a table of contents in Title Case is no name).
   */
  function namedInPassing(label: string, tf: number): boolean {
    if (tf > 2) return false;
    const last = label.split(/\s+/).at(-1)!;
    const word = (w: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'gu');
    if ((bodyText.match(word(last)) ?? []).length > 2) return false;
    // After a lowercase word or a number, perhaps with a given name between: "in Canada", "the
    // New York Times", "developer Ammar Askar" ("Creating Virtual Environments" is a heading's
    // Title Case).
    const mid = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:\\p{Ll}[\\p{L}'’-]*|\\p{N}+)[,;:]?\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}${escapeRegExp(label)}(?![\\p{L}\\p{N}])`,
      'u',
    );
    return sentences.some((s) => mid.test(s));
  }

  /**
   * A capitalised word the page writes only as the first word of its sentences ("Constructs a
   * new, empty Vec", "Appends an element": the verbs that open a reference's summaries; "Read
   * more") is how sentences start, not a name: a noun or a name also turns up inside a sentence.
   */
  function onlySentenceInitial(label: string): boolean {
    if (!/^\p{Lu}\p{Ll}+$/u.test(label)) return false;
    const lower = label.toLowerCase();
    // Written in lower case somewhere: used inside a sentence (the body's word sets answer that
    // without a walk over every sentence).
    if (bodyLower().lower.has(lower)) return false;
    const word = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${label}|${lower})(?![\\p{L}\\p{N}_])`, 'gu');
    for (const s of sentences) {
      for (const m of s.matchAll(word)) {
        if (m[0] === lower) return false;
        const before = s.slice(0, m.index).trim();
        // Inside the sentence, not after an opening quote or bracket or a list marker.
        if (/[\p{L}\p{N},;]$/u.test(before)) return false;
      }
    }
    return true;
  }

  /** A mention in a sentence of its own (a table of contents, a list of links) is not prose. */
  function inProse(at: { label: string; sentence: number } | undefined) {
    if (!at) return undefined;
    const s = (sentences[at.sentence] ?? '').replace(/[\s.:;!?¶#]+$/u, '').trim();
    return s.length > at.label.length + 3 ? at : undefined;
  }

  function bodyLower(): { lower: Set<string>; upper: Set<string> } {
    bodyWords ??= {
      lower: new Set(bodyText.match(/(?<![\p{L}\p{N}])\p{Ll}+/gu) ?? []),
      upper: new Set(bodyText.match(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+/gu) ?? []),
    };
    return bodyWords;
  }

  function mentionOffset(label: string, sentence: number): number | undefined {
    const s = sentences[sentence];
    if (s === undefined) return undefined;
    const at = s.indexOf(label);
    return (offsets[sentence] ?? 0) + Math.max(0, at);
  }

  function finish(): ExtractResult {
    const api = concepts.filter((c) => c.kind === 'api');
    const terms = concepts.filter((c) => c.kind !== 'api');
    // Generic words are not concepts on their own: they only stand in on a page that offers
    // almost nothing else, so a learner always has something to study there.
    const specific = terms.filter((c) => !everyday.has(c));
    const ordered = [
      ...specific,
      ...terms.filter((c) => everyday.has(c)).slice(0, Math.max(0, MIN_SPECIFIC - specific.length)),
    ];
    const rest = withoutCompositions(ordered, lang).slice(0, top);
    // API pages: symbols first in page order, as many as the page documents, then its terms.
    const merged = pageKind === 'api-reference' ? [...api, ...rest] : [...rest, ...api];
    const result: ExtractResult = {
      title: page.title.slice(0, 2000),
      lang,
      dir: guess.dir,
      pageKind,
      concepts: merged.slice(0, ctx.top ?? 2000),
      sentences: sentences.map((s) => s.slice(0, 20_000)),
      headings,
      links: (ctx.links ?? []).slice(0, 5000),
      wordCount,
    };
    if (ctx.nextUrl) result.nextUrl = ctx.nextUrl;
    return result;
  }
}

/** Lowercases Title-Case words, except names: words the prose capitalises and never lowercases. */
function sentenceCase(words: { lower: Set<string>; upper: Set<string> }): (s: string) => string {
  return (s) =>
    s.replace(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?![\p{L}\p{N}])/gu, (w) => {
      const l = w.toLowerCase();
      return words.upper.has(w) && !words.lower.has(l) ? w : l;
    });
}

/** An identifier (CamelCase or snake_case) followed by the kind of program item it is. */
const API_KIND_TAIL =
  /^(\p{Lu}\p{Ll}+\p{Lu}[\p{L}\p{N}]*|\p{L}+_[\p{L}\p{N}_]+)\s+(?:traits?|structs?|enums?|types?|classes|class|interfaces?|methods?|functions?|macros?|modules?|crates?|packages?)$/u;

// Capitalised function words that open names ("New York Times", "Still Life"): the ranking splits
// runs at stopwords, so such a name comes out without its first word.
const ARTICLE_OR_LINK = /^(?:the|a|an|of|in|on|at|for|and|or|but|to|by|with|from)$/;

/**
 * A name written as plain capitalised words ("Canada", "New York Times"; not an acronym, not a
 * CamelCase product such as "ClinicJs", not a phrase with lowercase words). English text only,
 * where capitals mark names rather than every noun.
 */
function isPlainName(label: string, lang: string): boolean {
  if (!lang.startsWith('en')) return false;
  return label.split(/\s+/).every((w) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{L}+)*$/u.test(w));
}

/** "York Times" → "New York Times" where the text writes it so, mid-sentence. */
function nameWithOpener(label: string, sentence: string, lang: string): string {
  if (!/^\p{Lu}/u.test(label)) return label;
  const at = sentence.indexOf(label);
  const m = at > 0 ? /(?<=\S\s+)(\p{Lu}\p{Ll}+)\s$/u.exec(sentence.slice(0, at)) : null;
  if (!m || ARTICLE_OR_LINK.test(m[1]!.toLowerCase()) || !isStopword(m[1]!.toLowerCase(), lang)) return label;
  return `${m[1]} ${label}`;
}

/** The label's first mention in `sentence` touches code punctuation on its outer edge. */
function cutFromCode(label: string, sentence: string): boolean {
  const at = sentence.indexOf(label);
  if (at < 0) return false;
  const before = sentence.slice(Math.max(0, at - 2), at);
  const after = sentence.slice(at + label.length, at + label.length + 2);
  return /::$|[\p{L}\p{N}_]\.$/u.test(before) || /^(?:::|[(<]|\.[\p{L}_])/u.test(after);
}

/**
 * A capitalised run the text only ever writes as the start of a longer name ("New Zealand
 * Department" of "the New Zealand Department of Conservation", "Te Kaurinui Robert" of "Te
 * Kaurinui Robert Parata"): a cut, not the name.
 */
function cutFromName(label: string, sentences: readonly string[]): boolean {
  const words = label.split(/\s+/);
  if (!/^\p{Lu}/u.test(label)) return false;
  const allCaps = words.every((w) => /^\p{Lu}/u.test(w));
  let seen = 0;
  let goesOn = 0;
  let opened = 0;
  // Within a sentence: the next block's first word is not the name going on.
  for (const text of sentences)
    for (let at = text.indexOf(label); at >= 0 && seen < 20; at = text.indexOf(label, at + label.length)) {
      const after = text.slice(at + label.length, at + label.length + 40);
      if (/^[\p{L}\p{N}]/u.test(after) || /[\p{L}\p{N}]$/u.test(text.slice(0, at))) continue;
      seen++;
      // "Te Kaurinui Robert" of "Te Kaurinui Robert Parata": the name goes on.
      if (allCaps && /^[)’”"]?\s+(?:(?:of|for)\s+(?:the\s+)?)?\p{Lu}\p{Ll}/u.test(after)) goesOn++;
      // "Mile beach" of "Ninety Mile Beach": a capitalised word mid-sentence opens the name (a
      // title before a person's name is no part of it: "President Obama" is Obama).
      const open = /[^\s.!?:;"“”]\s+(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(text.slice(Math.max(0, at - 40), at));
      if (words.length > 1 && open && !TITLE.test(open[1]!)) opened++;
    }
  return seen > 0 && (goesOn === seen || opened === seen);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * A term made only of words that are already concepts above it ("President Obama" after
 * "president" and "Obama", "Yahoo sale" after "Yahoo" and "sale") adds nothing a learner would
 * study apart. Vocabulary keeps them: "red social" is a word to learn besides "red".
 */
const TITLE =
  /^(?:President|Vice|Prime|Minister|Chancellor|Senator|Governor|Mayor|Judge|Justice|General|Secretary|King|Queen|Prince|Princess|Pope|Sir|Dame|Lord|Lady|Mr|Mrs|Ms|Dr|Prof|Professor|Rep|Sen|Gov|Gen|Coach|Chairman|CEO)\.?$/u;

const POINTER = /^(?:same|only|sole|separate|one|two|three|each|every|entire|whole)$/;

// Words that open a place's name rather than a person's: "South Sudan" is not Sudan again.
const PLACE_OPENER =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|New|Upper|Lower|Great|Greater|Little|Old|Saint|St\.?|San|Santa|Los|Las|El|La|Le|Port|Fort|Mount|Lake|Cape|Gulf|Republic|Democratic|United)$/u;

/**
 * A person named twice, in full and by surname ("Hori Parata" and "Parata"): one concept, kept
 * under the full name at the better rank of the two.
 */
function withoutSurnames(list: ExtractedConcept[], lang: string): ExtractedConcept[] {
  const full = new Map<string, ExtractedConcept>();
  const singles = new Set(list.filter((c) => !/\s/.test(c.label)).map((c) => c.label));
  for (const c of list) {
    const w = c.label.split(/\s+/);
    // A given name is no everyday word ("Adding Thresholds", "President Yoon" are not a person's name).
    if (c.kind !== 'term' || w.length < 2 || w.length > 3 || PLACE_OPENER.test(w[0]!)) continue;
    if (
      /ing$/.test(w[0]!) ||
      isEverydayWord(w[0]!.toLowerCase(), lang) ||
      isStopword(w[0]!.toLowerCase(), lang)
    )
      continue;
    // "Yahoo Japan" after "Yahoo" is two names, not a person's.
    if (!w.every((x) => /^\p{Lu}\p{Ll}/u.test(x)) || w.slice(0, -1).some((x) => singles.has(x))) continue;
    const last = w.at(-1)!;
    if (!full.has(last)) full.set(last, c);
  }
  const out: ExtractedConcept[] = [];
  const moved = new Set<ExtractedConcept>();
  for (const c of list) {
    if (moved.has(c)) continue;
    const name = c.kind === 'term' && !/\s/.test(c.label) ? full.get(c.label) : undefined;
    if (name) {
      out.push(name);
      moved.add(name);
    } else out.push(c);
  }
  return out;
}

const ACRONYM = /^\p{Lu}{2,6}s?$/u;
const PLAIN_NAME = /^\p{Lu}\p{Ll}+$/u;

// English head nouns that name the same measure or thing, so "CPU usage" beside "CPU consumption"
// is one concept twice.
const SAME_HEAD = [
  'usage consumption utilization utilisation',
  'app application',
  'photo photograph picture',
  'film movie',
].map((g) => g.split(' '));

function withoutCompositions(list: ExtractedConcept[], lang: string): ExtractedConcept[] {
  const kept = new Set<string>();
  const names = new Set<string>();
  const phrases: string[] = [];
  // The same words in another order or inflection ("stranded whales" after "whale stranding"),
  // or one that names the practitioner for the practice ("student journalists" after "student
  // journalism"): one concept to a learner.
  const wordSets = new Set<string>();
  const sameHead = new Map<string, string>(
    lang.startsWith('en')
      ? SAME_HEAD.flatMap((g) => g.map((w): [string, string] => [lightStem(w, lang), lightStem(g[0]!, lang)]))
      : [],
  );
  const wordSet = (words: string[]): string =>
    words
      .map((w) => lightStem(w, lang).replace(/(?:ist|ism)$/, ''))
      .map((w) => sameHead.get(w) ?? w)
      .sort()
      .join(' ');
  // Acronyms of the terms kept so far ("ATF" of "async task framework"), and the reverse.
  const initials = (words: string[]): string => words.map((w) => w[0] ?? '').join('');
  const acronyms = new Set<string>();
  const names2 = new Set<string>();
  return withoutSurnames(list, lang).filter((c) => {
    const written = c.label.split(/\s+/);
    const words = written.map((w) => w.toLowerCase());
    if (c.kind === 'term') {
      // An acronym and its expansion ("ATF" and "async task framework") are one concept, kept
      // under the name ranked first.
      const acronym = ACRONYM.test(c.label) ? c.label.replace(/s$/, '').toLowerCase() : undefined;
      if (acronym && acronyms.has(acronym)) return false;
      if (words.length >= 2 && words.length <= 6 && kept.has(initials(words))) return false;
      if (words.length >= 2 && words.length <= 6) acronyms.add(initials(words));
      // Two names that share a word at the seam ("Google Play" and "Play Store") name one thing.
      if (written.length === 2 && written.every((w) => PLAIN_NAME.test(w)) && names2.has(`${written[0]}>`))
        return false;
      if (written.length === 2 && written.every((w) => PLAIN_NAME.test(w)) && names2.has(`<${written[1]}`))
        return false;
    }
    if (c.kind === 'term' && words.length > 1) {
      const set = wordSet(words);
      if (wordSets.has(set)) return false;
      wordSets.add(set);
      if (words.every((w) => kept.has(w))) return false;
      // "Glass cloche terrariums" after "cloche terrariums", "Facebook CEO Mark Zuckerberg" after
      // "Mark Zuckerberg": a phrase above with words in front is the same concept, qualified.
      const joined = words.join(' ');
      if (words.length >= 3 && phrases.some((p) => joined.endsWith(` ${p}`))) return false;
      // "status code 400" after "status code": one instance of a concept above, by its number.
      if (
        /^\p{N}[\p{N}.,]*$/u.test(words.at(-1)!) &&
        written[0] === words[0] &&
        kept.has(words.slice(0, -1).join(' '))
      )
        return false;
      // "single subsidiary" after "subsidiary": a count or a pointer adds nothing to the concept.
      if (words.length === 2 && POINTER.test(written[0]!) && kept.has(words[1]!)) return false;
      // "scopes and namespaces" after "Python scopes and namespaces": the same topic, named again
      // without the word that opened its first heading.
      if (
        words.length >= 3 &&
        [...kept].some((k) => k.endsWith(` ${words.join(' ')}`) && k.split(' ').length === words.length + 1)
      )
        return false;
      // A concept above plus an everyday word is that concept again: "ATF system" after "ATF",
      // "Open Journalism site" after "Open Journalism".
      // "push values" after "push": a generic plural at the end adds nothing either ("class
      // object" is another concept than "class").
      const generic = (w: string, i: number): boolean =>
        i === words.length - 1 && /s$/.test(w) && isGenericWord(w, lang);
      const core = words.filter((w, i) => !isKindNoun(w, lang) && !generic(w, i)).join(' ');
      if (core !== words.join(' ') && kept.has(core)) return false;
      // A name above with its title is the same person: "President Barack Obama" after "Obama"
      // ("South Sudan" after "Sudan" is another place).
      if (TITLE.test(written[0]!) && written.every((w) => /^\p{Lu}/u.test(w)) && names.has(written.at(-1)!))
        return false;
    }
    kept.add(c.label.toLowerCase());
    if (c.kind === 'term' && written.length === 2 && written.every((w) => PLAIN_NAME.test(w))) {
      // "Google Play" is followed by "Play …", preceded by "… Google".
      names2.add(`<${written[0]}`);
      names2.add(`${written[1]}>`);
    }
    if (c.kind === 'term' && words.length > 1) phrases.push(words.join(' '));
    if (/^\p{Lu}/u.test(c.label) && !/\s/.test(c.label)) names.add(c.label);
    return true;
  });
}
