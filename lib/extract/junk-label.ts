// Labels that are page furniture or broken cuts, never concepts a learner would accept: generator
// chrome ("[src]", "Copy item path"), bracketed menus ("[Docs] [txt|pdf]"), version numbers glued
// to a name ("Vec1.0.0"), unbalanced brackets or quotes, a cut that ends on a comma or an opening
// bracket, bare web words, and labels too long to be a name.

const MAX_LABEL = 80;
const CHROME =
  /\[(?:src|source|[−+-]|edit|top)\]|copy item path|expand description|collapse all|show source|view source|^\s*source\s*$|^\s*(?:https?|www|html?|url|pdf|txt)\s*$/iu;
const MENU = /\[[^\]]{0,30}\]\s*\[/u;
/** Button and link captions of the page's own interface ("Run" on every rustdoc example). */
const UI_CAPTION =
  /^(?:Run|Edit|Copy|Share|Print|Tweet|Reply|Subscribe|Download|Close|Menu|Search|Log in|Sign in|Sign up|Read more|Continue reading|Show more|Try it|Back to top)$/u;
// A build number after a tool's name ("rfcmarkup 1.111") is a generator stamp, not a version a
// learner studies ("Python 3.6").
const GLUED_VERSION = /[\p{L}_)\]]\d+\.\d+(?:\.\d+)?\b|\bv?\d+\.\d+\.\d+$|\s\d+\.\d{3,}$/u;
const BAD_END = /[,:;([{‘“«]\s*$/u;
const BAD_START = /^\s*[,:;)\]}’”»§¶]/u;
const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{', '”': '“', '»': '«' };

function balanced(s: string): boolean {
  const stack: string[] = [];
  for (const ch of s) {
    if (ch === '(' || ch === '[' || ch === '{' || ch === '“' || ch === '«') stack.push(ch);
    else if (ch in PAIRS && stack.pop() !== PAIRS[ch]) return false;
  }
  if (stack.length > 0) return false;
  // Straight double quotes pair up; a straight single quote may be an apostrophe ("don't").
  return (
    (s.match(/"/g)?.length ?? 0) % 2 === 0 && (s.match(/(?<![\p{L}])'|'(?![\p{L}])/gu)?.length ?? 0) % 2 === 0
  );
}

export function isJunkLabel(label: string): boolean {
  const s = label.trim();
  if (s.length === 0 || s.length > MAX_LABEL) return true;
  if (CHROME.test(s) || MENU.test(s) || UI_CAPTION.test(s) || BAD_END.test(s) || BAD_START.test(s))
    return true;
  if (GLUED_VERSION.test(s)) return true;
  return !balanced(s);
}

// Words too general to be a concept on their own (in English, where the corpus shows them): a
// learner rejects "project", "companies", "user", "map" as the concepts of a page.
const GENERIC = new Set(
  'project projects company companies user users map maps thing things way ways people person year years time times part parts example examples section sections page pages article articles post posts story stories news today day days week month source sources object objects item items value values list lists number numbers case cases use uses lot kind kinds type types world home life team group member members end result results point points place places area areas information info details detail content contents site website link links view views version versions option options feature features work world image images photo photos video videos step steps stuff bit bits tutorial tutorials guide guides usage display crap foo foobar baz qux quux yes no okay ok thanks hello hi note notes warning warnings tip tips respondent respondents participant participants organization organizations organisation organisations official officials researcher researchers scientist scientists expert experts department departments percent percentage majority position positions kb mb gb tb ms km kg mph'.split(
    ' ',
  ),
);

/** A term label that is only a generic word ("project", "objects"): not a concept alone. */
export function isGenericWord(label: string, lang: string): boolean {
  if (!(lang === 'en' || lang.startsWith('en-'))) return false;
  const l = label.trim().toLowerCase();
  // A past participle alone ("killed", "announced") is what happened, not a concept.
  // "it’ll", "we're": a pronoun and its verb, cut from a clause.
  if (/^(?:i|you|he|she|it|we|they|that|there|what|who)['’](?:ll|re|ve|d|m|s)$/.test(l)) return true;
  return GENERIC.has(l) || /^[a-z]{3,}(?:[^e]ed|ied)$/.test(l);
}

/** A term that is a whole section heading of the page (3+ words) is a title, not a concept. */
export function isSectionTitle(label: string, headings: readonly { text: string }[]): boolean {
  const l = label.trim().toLowerCase();
  if (l.split(/\s+/).length < 3) return false;
  return headings.some(
    (h) =>
      h.text
        .replace(/[\s#¶§]+$/u, '')
        .trim()
        .toLowerCase() === l,
  );
}

/** A name from the page's author line ("By Lucy Akins, eHow Contributor"): who wrote it, not a concept. */
export function isByline(label: string, byline: string | undefined): boolean {
  if (!byline || !/\p{Lu}/u.test(label)) return false;
  const names = byline.toLowerCase();
  const l = label.trim().toLowerCase();
  return (
    l.length >= 3 &&
    new RegExp(`(?<![\\p{L}])${l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(names)
  );
}
