import { foldText, normalizeAnswer } from '@/lib/quiz/normalize-answer';
import { scriptClass } from '@/lib/quiz/script-class';

// Articles, determiners and possessives of the spaced languages Rung meets most: a word the page
// puts after one of them somewhere is used as a noun there ("the interview", "les députés", "a
// taça"); a word it never does is likely an adjective or a verb ("terroriste", "display").
const DETERMINERS = new Set(
  (
    'the a an my your his her its our their this that these those ' +
    'le la les l un une des du au aux ce ces cet cette son sa ses mon ma mes ton ta tes leur leurs ' +
    'el los las una unos unas su sus este esta estos estas ese esa esos esas al del ' +
    'o os as um uma uns umas do da dos das no na nos nas seu sua seus suas ' +
    'der die das den dem des ein eine einen einem einer sein seine ' +
    'il lo gli uno i'
  ).split(' '),
);

const byPage = new WeakMap<readonly string[], Map<string, boolean>>();
const foldedPages = new WeakMap<readonly string[], string[]>();

/**
 * Whether the page uses `word` (or an inflection of it: same start, at most two letters more or
 * fewer) right after a determiner in any of its sentences. Only meaningful for one-word items of
 * spaced scripts; for anything else it returns null (unknown).
 */
export function usedAsNoun(sentences: readonly string[], word: string): boolean | null {
  const w = normalizeAnswer(word);
  if (!w || /\s/.test(w) || scriptClass(word) !== 'spaced') return null;
  let cache = byPage.get(sentences);
  if (!cache) {
    cache = new Map();
    byPage.set(sentences, cache);
  }
  const known = cache.get(w);
  if (known !== undefined) return known;
  let found = false;
  // Folded as the word is ("māori" is looked for as "maori"); once per page.
  let folded = foldedPages.get(sentences);
  if (!folded) {
    folded = sentences.map(foldText);
    foldedPages.set(sentences, folded);
  }
  for (const s of folded) {
    const low = s;
    if (!low.includes(w.slice(0, Math.max(3, w.length - 2)))) continue;
    const tokens = low.split(/[^\p{L}\p{M}\p{N}-]+/u);
    for (let i = 1; i < tokens.length && !found; i++) {
      const t = normalizeAnswer(tokens[i]!);
      if (!DETERMINERS.has(tokens[i - 1]!)) continue;
      const stem = Math.min(t.length, w.length) - 2;
      if (
        t === w ||
        (stem >= 3 && Math.abs(t.length - w.length) <= 2 && t.slice(0, stem) === w.slice(0, stem))
      )
        found = true;
    }
    if (found) break;
  }
  cache.set(w, found);
  return found;
}

// Verb forms a word shows by its ending: in romance languages infinitive, conditional, participle, gerund.
const VERB_FORMS: Record<string, [string, RegExp][]> = {
  es: [
    ['conditional', /r[ií]a[ns]?$/],
    ['participle', /(?:ad|id)[oa]s?$/],
    ['gerund', /(?:ando|iendo)$/],
    ['infinitive', /[aei]r$/],
  ],
  pt: [
    ['conditional', /ria[ms]?$/],
    ['participle', /(?:ad|id)[oa]s?$/],
    ['gerund', /(?:ando|endo|indo)$/],
    ['infinitive', /[aei]r$/],
  ],
  fr: [
    ['conditional', /r(?:ais|ait|aient)$/],
    ['participle', /ée?s?$/],
    ['infinitive', /[^i][ei]r$/],
  ],
  // English: an -ing form (a gerund or participle: "carving", "leading") is its own class beside
  // plain nouns ("ocean"); nouns that only end so are written out.
  en: [
    [
      'ing',
      /^(?!(?:thing|string|king|ring|spring|wing|sting|swing|morning|evening|building|meeting|ceiling|wedding|clothing|pudding|sibling|darling|herring|awning|offspring|nothing|something|anything|everything|lightning|earring|viking|ping|bling)$)\p{L}{3,}ing$/u,
    ],
  ],
  it: [
    ['conditional', /rebbe(?:ro)?$/],
    ['participle', /(?:at|it|ut)[oaie]$/],
    ['infinitive', /[aei]re$/],
  ],
};

/**
 * The verb form a one-word item of a romance language shows by its ending ("détecter" infinitive,
 * "faria" conditional, "dada" participle), or null when it shows none. A blank that takes one
 * takes only that form: "não _____ com o presidente" is no place for a noun, nor "de _____
 * definitiva" for an infinitive. Endings shared with nouns ("lado", "mercado") make a word look
 * like a participle: then it is only offered among such words, which costs a question, not a
 * wrong one.
 */
export function verbForm(word: string, lang: string): string | null {
  const rules = VERB_FORMS[(lang.toLowerCase().split(/[-_]/)[0] ?? '') as string];
  const w = word.trim().toLowerCase();
  if (!rules || /\s/.test(w) || Array.from(w).length < 4 || /^\p{Lu}/u.test(word)) return null;
  for (const [form, re] of rules) if (re.test(w)) return form;
  return null;
}
