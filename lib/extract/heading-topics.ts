import { isGenericWord } from '@/lib/extract/junk-label';
import { withoutPermalink } from '@/lib/extract/permalink';
import { isEverydayWord } from '@/lib/extract/term-shape';
import { baseLang, isStopword } from '@/lib/text/stopwords';

// The topics a teacher reads off a tutorial's table of contents: each section heading, cleaned of
// its numbering and permalink mark, split where it names two topics ("break and continue
// Statements, and else Clauses on Loops" → two), without a leading article, in page order.
// Headings that are page furniture ("See also", "Footnotes") name no topic.

// A letter or a Roman numeral numbers a heading only with its dot or parenthesis ("A. Setup",
// "IV) Results"): bare, it is a word ("O que é…", "A closure…", "I/O").
const NUMBERING = /^(?:(?:\d+(?:\.\d+)*\.?\)?|(?:[IVXLC]+|[A-Z])(?:\.\d+)*[.)])\s+)+/u;
const ARTICLE =
  /^(?:the|a|an|le|la|les|l'|un|une|des|el|los|las|una|unos|o|os|as|um|uma|der|die|das|ein|eine|il|lo|gli)\s+/iu;
const FURNITURE =
  /^(?:see also|references?|notes?|footnotes?|contents|table of contents|navigation|related|further reading|external links|bibliography|index|glossary|terminology|summary|abstract|overview|history|definitions|advanced usage|advanced topics|caveats|limitations|known issues|troubleshooting|introduction|basic usage|getting started|quick ?start|related (?:searches|articles|posts|stories)|featured|popular|trending|recommended|sponsored|more from .*|you may also like|next steps?|what now|random remarks|odds and ends|miscellaneous|conclusions?|tips|faq|examples?|usage|changelog|comments?|share|advertisement|basics|concepts|background|motivation|prerequisites|recap|takeaways?|acknowledge?ments|credits|resources|(?:further|additional|other) resources|final thoughts|wrapping up|wrap-up|(?:current )?status|what['’]s next|discussion|results|(?:the )?problem|(?:the )?solution|problem statement|details|epilogue|prologue|appendix|voir aussi|références|notas|referencias|véase también|ver também)$/iu;
const MORE_ON =
  /^(?:more (?:on|about)|about|on|(?:a |an )?(?:(?:first|quick|brief|closer) )?(?:word|note|look|glance|remarks?)s? (?:on|about|at)|notes? on|use|using)\s+/iu;
// A heading that says something ("Exceptions Are Classes Too", "Python is fast") is a claim, not
// the name of a topic; questions were turned into their topic before this test.
const CLAUSE =
  /\s(?:is|are|was|were|isn't|aren't|has|have|can|cannot|can't|will|won't|does|doesn't|should|must)\s/iu;
const MAX_WORDS = 6;
const ASPECT_TAIL =
  /(?<=\p{L}{2})\s+(requirements|considerations|limitations|caveats|details|basics|overview)$/iu;
// A heading asked as a question names its topic inside it: "What a closure is", "What is a
// closure?", "How generators work", "Why closures matter", "¿Qué es un cierre?", "O que é um
// fecho?", "Qu'est-ce qu'une fermeture ?". The topic is the phrase the question is about.
const QUESTION_FORMS: RegExp[] = [
  /^what\s+(?:is|are)\s+(.+)$/iu,
  /^what\s+(.+?)\s+(?:is|are|means?|does|do)$/iu,
  /^how\s+(?:do|does|to\s+use)\s+(.+?)(?:\s+work)?$/iu,
  /^how\s+(.+?)\s+works?$/iu,
  /^why\s+(.+?)\s+(?:matters?|helps?|works?)$/iu,
  /^¿?\s*qu[ée]\s+(?:es|son)\s+(.+)$/iu,
  /^o\s+que\s+(?:é|são)\s+(.+)$/iu,
  /^qu['’]est-ce\s+qu(?:e\s+|['’])(.+)$/iu,
  /^what\s+about\s+(.+)$/iu,
  /^(?:when|how|where|why)\s+to\s+(?:use\s+)?(.+)$/iu,
];

// Where a heading goes on to say what it does with its topic ("Continuous Integration to Stay
// Compatible", "Feature Detection Instead of Version Detection", "LoggerAdapters to impart
// contextual information"), the topic is what comes before.
const PURPOSE_TAIL =
  /\s+(?:to\s+(?!(?:the|a|an|your|our|its|their|this|these)\s)\p{L}.*|instead\s+of\s+.*|in\s+order\s+to\s+.*)$/iu;
// "The Old Way Using the cmp Parameter": the topic is what the way uses.
const USING_MID = /^.+?\s+using\s+(?:the\s+|a\s+|an\s+)?(.+)$/iu;
// A heading that only says how much ("Simple", "Advanced", "A Short Explanation" → "Short Explanation")
// names no topic.
const ONLY_DEGREE = /^(?:simple|basic|advanced|short|brief|quick|final|general|misc|other|more|further)$/iu;

/**
 * The heading without what it does with its topic, where what is left still names one: a short
 * noun phrase ("Continuous Integration"), not a clause ("Two-year-old bug exposes thousands of
 * servers") nor a verb alone ("Converting to Bytes").
 */
function withoutPurpose(topic: string): string {
  const cut = topic.replace(PURPOSE_TAIL, '').trim();
  if (cut === topic) return topic;
  const words = cut.split(/\s+/);
  // One word before "to" is a verb ("Learn to Delay Gratification", "Converting to Bytes") unless
  // it is plainly a name or a plural noun ("LoggerAdapters to impart…").
  if (words.length > 3 || (words.length === 1 && !/\p{Ll}\p{Lu}|\p{L}[^s]s$/u.test(cut))) return topic;
  return cut;
}

/**
 * A reference page's own sections: "Method Summary", "Field Detail", "Constructor Details",
 * rustdoc's "Trait Implementations", "Implementors", "Required Methods".
 */
const MEMBER_SECTION =
  /^(?:(?:nested\s+)?(?:method|field|constructor|propert(?:y|ie)|class|interface|enum constant|element|function|member|type|operator|event)s?\s+(?:summary|details?|index)|(?:(?:auto\s+)?trait\s+|blanket\s+)?implementations|implementors|(?:required|provided)\s+(?:methods|associated\s+types|associated\s+constants))$/i;

/** Every word is one no page teaches alone ("Issues and Limitations", "Names and Objects"). */
function onlyGeneric(part: string, lang: string): boolean {
  if (MEMBER_SECTION.test(part.trim())) return true;
  const words = part
    .toLowerCase()
    .split(/[\s,/-]+/)
    // Only the joining words drop out: a stopword list also holds nouns ("method", "problem").
    .filter((w) => w && !/^(?:and|or|of|the|a|an|with|in|on|for|to|about|its|their|our|your)$/.test(w));
  return (
    baseLang(lang) === 'en' &&
    words.length > 0 &&
    words.every(
      (w) =>
        isGenericWord(w, lang) || /^(?:issues?|limitations?|requirements?|names?|considerations?)$/.test(w),
    )
  );
}

function topicOfQuestion(text: string): string {
  const bare = text.replace(/[\s?¿!.]+$/u, '').trim();
  for (const form of QUESTION_FORMS) {
    const m = form.exec(bare);
    if (m?.[1]) return m[1].trim();
  }
  return text;
}

export function headingTopics(headings: readonly { level: number; text: string }[], lang = 'en'): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const h of headings) {
    if (h.level < 2) continue;
    // "Biz & IT —": a kicker over the headline (the site's section), not a section of the text.
    if (/[—–|»›]\s*$/u.test(h.text)) continue;
    const text = withoutPermalink(h.text).replace(NUMBERING, '').trim();
    // A declaration as a heading ("impl<T: Clone> Clone for Vec<T>", "fn push(&mut self)"): the
    // API path reads it as an item; as prose it is a broken phrase.
    if (/<[^<>]*>|::|[{};]|^(?:impl|fn|func|def|pub)\b/u.test(text)) continue;
    // A colon introduces the topic ("Intermezzo: Coding Style"); ", and" joins two topics (a bare
    // comma does not: "Top-level Non-Object, Non-Array Values" is one).
    const afterColon = text.includes(': ') ? text.slice(text.lastIndexOf(': ') + 2) : text;
    for (const raw of afterColon.split(/,\s*(?:and|et|y|e)\s+|;\s*/u)) {
      // "More on Defining Functions" continues the topic "Defining Functions".
      let part = withoutPurpose(topicOfQuestion(raw.replace(MORE_ON, '').trim()).replace(ARTICLE, ''))
        // "Scopes and Namespaces Example" is the topic "Scopes and Namespaces", shown at work.
        .replace(/\s+(?:examples?|in practice|revisited|explained)$/iu, '')
        // "Lambda requirements": what the section says about its topic; the topic is the
        // concept, unless it is an everyday word alone ("Implementation limitations").
        .replace(ASPECT_TAIL, (tail, _m, at: number, whole: string) =>
          /\s/.test(whole.slice(0, at)) || !isEverydayWord(whole.slice(0, at).toLowerCase(), lang)
            ? ''
            : tail,
        )
        // "CPU profiling on-demand", "Sorting in place", "Caching at scale": how or where the
        // topic is done, not another topic.
        .replace(
          /\s+(?:on[- ]demand|in[- ]depth|in[- ]place|at scale|in production|in[- ]real[- ]time|on the fly|from scratch|step[- ]by[- ]step|made easy|for beginners|in a nutshell)[\s!.?]*$/iu,
          '',
        )
        // "Use a Vec when:" names Vec; the clause it opens was cut off.
        .replace(/\s+(?:when|if|unless|because|while|where|whether|that|which)[\s:.]*$/iu, '')
        .replace(/[\s.?!:;—–|-]+$/u, '')
        .trim();
      part = USING_MID.exec(part)?.[1] ?? part;
      // "Use of Alternative Formatting Styles" lost its verb above; "And now, CPU profiling": a
      // connective opens the sentence, not the topic.
      part = part.replace(/^(?:(?:of|and|but|so|now|then|also)\b[\s,]*)+/iu, '').trim();
      const words = part.split(/\s+/).filter(Boolean);
      if (words.length === 0 || words.length > MAX_WORDS || part.length < 3) continue;
      if (FURNITURE.test(part) || !/\p{L}/u.test(part) || CLAUSE.test(` ${part} `)) continue;
      if (
        ONLY_DEGREE.test(part) ||
        onlyGeneric(part, lang) ||
        words.every((w) => isStopword(w.toLowerCase(), lang))
      )
        continue;
      const key = part.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(part);
    }
  }
  return out;
}

// Headings of how-tos and engineering posts name an action on the topic ("Detecting Anomalies",
// "Understanding Z-Score", "Working with Files"): the learner studies the object, not the verb.
// Only verbs of doing, which are never the first word of a noun compound the way "learning" or
// "training" are ("learning rate", "training data").
const ACTION_GERUND =
  /^(?:understanding|adding|improving|detecting|identifying|optimi[sz]ing|achieving|extending|using|creating|making|building|getting|setting up|setting|installing|writing|handling|defining|choosing|configuring|running|implementing|managing|deploying|debugging|exploring|introducing|calculating|computing|finding|removing|fixing|avoiding|working|dealing|putting|keeping|moving|changing|migrating|scaling|measuring|comparing|designing|preparing|planning|checking|applying|selecting|generating|loading|saving|connecting|sending|raising|catching|controlling|customi[sz]ing|enabling|disabling|updating|upgrading|reducing|increasing|preventing|solving|analy[sz]ing|visuali[sz]ing|tracking|monitoring|automating|simplifying|unifying|replacing|rethinking|revisiting)\s+(?:(?:with|to|for|from|into|on|about|of|up|out)\s+)?(?:(?:the|a|an|your|our|their|its|my)\s+)?/iu;

/**
 * The object of an action heading ("Detecting Anomalies" → "Anomalies", "Working with Files" →
 * "Files"), or undefined when the topic does not open with such a verb or names nothing after it.
 */
export function actionObject(topic: string): string | undefined {
  const m = ACTION_GERUND.exec(topic);
  if (!m) return undefined;
  const rest = topic.slice(m[0].length).trim();
  return /\p{L}{2}/u.test(rest) ? rest : undefined;
}
