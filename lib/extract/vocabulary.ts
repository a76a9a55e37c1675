import { frequencyRank } from '@/lib/extract/word-frequency';
import { type Lemma, lemmatize } from '@/lib/text/lemmatize';
import { lightStem } from '@/lib/text/light-stem';
import { segmentWords, type WordToken } from '@/lib/text/segment-words';
import { baseLang, isStopword } from '@/lib/text/stopwords';

// Vocabulary for a learner reading in a foreign language: real words of the page's language
// (segmented with Intl.Segmenter where there are no spaces), merged across inflections, with how
// common each is, so Rung can tell what a learner at a given level probably knows already.

export interface VocabItem {
  label: string;
  lemma: string;
  score: number;
  frequencyRank: number;
  /** Index of the first sentence it occurs in. */
  sentence: number;
  forms: string[];
}

const KANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LETTERS = /^[\p{L}\p{M}][\p{L}\p{M}'’-]*$/u;

// "Yes" and "no" are the first words anyone learns, and not what a text teaches.
const YES_NO: Record<string, string[]> = {
  pt: ['sim', 'não'],
  es: ['sí', 'no'],
  fr: ['oui', 'non'],
  it: ['sì', 'no'],
  de: ['ja', 'nein'],
  nl: ['ja', 'nee'],
  cs: ['ano', 'ne'],
  sk: ['áno', 'nie'],
  pl: ['tak', 'nie'],
};

// Intl.Segmenter (ICU's dictionary) cuts a noun's suffix off as a word of its own: 宇航|员
// (astronaut), 科学|家 (scientist), 研究|者 (researcher). Glued back, the word is the learner's card.
const HAN_SUFFIX = new Set([...'员員家者性化率师師界']);

/** True when `word` can stand alone as a vocabulary item of `lang` (no fragments, no function words). */
export function isVocabWord(word: string, lang: string): boolean {
  if (!LETTERS.test(word)) return false;
  if (isStopword(word, lang) || YES_NO[baseLang(lang)]?.includes(word.toLowerCase())) return false;
  const base = baseLang(lang);
  if (base === 'ja') {
    // Lone kana and short hiragana runs are particles and inflection tails, not words.
    if (KANA_ONLY.test(word) && word.length < 3) return false;
    // A lone kanji out of the segmenter is usually a suffix (者, 化, 性), not a word on its own.
    return [...word].length >= 2;
  }
  if (base === 'zh') return [...word].length >= 2 && /\p{Script=Han}/u.test(word);
  if (HAN_OR_KANA.test(word)) return false;
  if (base === 'th' || base === 'ko') return [...word].length >= 2;
  return [...word].length >= 3;
}

export function extractVocabulary(sentences: readonly string[], lang: string, top = 40): VocabItem[] {
  const base = baseLang(lang);
  const german = base === 'de';
  const westSlavic = base === 'cs' || base === 'sk' || base === 'pl';
  interface Acc {
    forms: Map<string, number>;
    tf: number;
    first: number;
    capsOnly: boolean;
    /** Occurrences right after a capitalised word mid-sentence ("Assemblée nationale"). */
    afterName: number;
    /** Occurrences as a participle after an auxiliary ("ha dado", "seja dada", "est arrivé"). */
    afterAux: number;
    lemma: Lemma;
  }
  const words = new Map<string, Acc>();
  const bigrams = new Map<string, { tf: number; first: number; form: string }>();
  const limit = Math.min(sentences.length, 3000);
  const rows: WordToken[][] = [];
  const fixed = FIXED_EXPRESSION[base];
  for (let si = 0; si < limit; si++) {
    // Words of a fixed function expression ("a partir de", "mis à disposition") are no cards of
    // their own ("partir" alone means "to leave"): blanked, same length, so offsets hold.
    const text = fixed ? sentences[si]!.replace(fixed, (m) => ' '.repeat(m.length)) : sentences[si]!;
    rows.push(glueHanSuffixes(segmentWords(text, lang).map(stripElision), base));
  }
  if (base === 'zh' || base === 'ja') glueHanCompounds(rows);
  const aux = AUXILIARY[base];
  for (let si = 0; si < limit; si++) {
    const toks = rows[si]!;
    let prev: { stem: string; text: string; end: number; midName: boolean } | null = null;
    toks.forEach((t, ti) => {
      const ok = isVocabWord(t.text, lang);
      if (!ok) {
        prev = null;
        return;
      }
      // Verb forms merge under their infinitive ("errei", "errou" → "errar").
      const lem = lemmatize(t.text, lang);
      const stem = lem.verb ? lightStem(lem.lemma, lang) : lightStem(t.text, lang);
      let a = words.get(stem);
      if (!a) {
        a = { forms: new Map(), tf: 0, first: si, capsOnly: true, afterName: 0, afterAux: 0, lemma: lem };
        words.set(stem, a);
      }
      a.tf++;
      a.forms.set(t.text, (a.forms.get(t.text) ?? 0) + 1);
      // After an auxiliary ("ha dado"), or before the agent of a passive ("conquistada pelo
      // Corinthians").
      if (
        aux?.participle.test(t.text) &&
        ((ti > 0 && aux.words.has(toks[ti - 1]!.text.toLowerCase())) ||
          aux.agent.has(toks[ti + 1]?.text.toLowerCase() ?? ''))
      )
        a.afterAux++;
      if (prev?.midName && !/^\p{Lu}/u.test(t.text) && sentences[si]!.slice(prev.end, t.start).trim() === '')
        a.afterName++;
      // A word that is capitalised everywhere except sentence starts is a name, not vocabulary
      // (German capitalises every noun, so it is exempt).
      if (german || (ti > 0 && !/^\p{Lu}/u.test(t.text))) a.capsOnly = false;
      const sentence = sentences[si]!;
      if (prev && sentence.slice(prev.end, t.start).trim() === '' && !HAN_OR_KANA.test(t.text)) {
        const key = `${prev.stem} ${stem}`;
        const b = bigrams.get(key) ?? { tf: 0, first: si, form: `${prev.text} ${t.text}` };
        b.tf++;
        bigrams.set(key, b);
      }
      prev = { stem, text: t.text, end: t.end, midName: ti > 0 && !german && /^\p{Lu}/u.test(t.text) };
    });
  }
  if (base === 'es' || base === 'pt') foldShortPlurals(words, lang);
  const isExpression = (form: string, tf: number): boolean => {
    // Two capitalised words are a name ("América Latina", "West Ham"), not an expression to learn.
    if (tf < 2 || (!german && /^\p{Lu}\S*\s\p{Lu}/u.test(form))) return false;
    const [w1 = '', w2 = ''] = form.toLowerCase().split(' ');
    // "seja dada", "estará disponible": a core verb does not make an expression worth learning.
    return !lemmatize(w1, lang).core && !lemmatize(w2, lang).core;
  };
  const items: VocabItem[] = [];
  // A word the page only ever uses inside one two-word expression ("bodový" of "bodový zisk",
  // "eleito" of "presidente eleito") is learnt with it: the expression's card is enough.
  const onlyInside = new Set<string>();
  for (const [key, b] of bigrams) {
    if (!isExpression(b.form, b.tf)) continue;
    for (const stem of key.split(' ')) if (words.get(stem)?.tf === b.tf) onlyInside.add(stem);
  }
  for (const [stem, a] of words) {
    if (onlyInside.has(stem)) continue;
    // "nationale" of "Assemblée nationale", "Commission nationale": a lowercase word that only
    // ever follows a capitalised one mid-sentence is part of names (Romance names capitalise their
    // first word only), not a word the text uses on its own.
    if (a.tf >= 2 && a.afterName === a.tf) continue;
    if (a.capsOnly && /^\p{Lu}/u.test(a.forms.keys().next().value ?? '')) continue;
    const forms = [...a.forms.entries()].sort((x, y) => y[1] - x[1]).map(([f]) => f);
    const label = westSlavic
      ? dictionaryForm(forms)
      : (forms.find((f) => f === f.toLowerCase()) ?? forms[0]!);
    const lemma = a.lemma.verb ? a.lemma.lemma : shortestForm(forms).toLowerCase();
    // The few verbs every beginner knows rank with the function words; other verb forms rank as
    // their infinitive's length suggests.
    const rank = a.lemma.core
      ? 20
      : (frequencyRank(lemma, lang) ?? frequencyRank(label.toLowerCase(), lang) ?? estimateRank(lemma));
    // Content nouns make better cards than conjugated verbs; a past participle the text only
    // builds a tense with ("ha dado a conocer", "a été mis") is a form of its verb, not a word of
    // its own.
    const participle = a.afterAux * 2 >= a.tf;
    const verbWeight = a.lemma.core || participle ? 0.3 : a.lemma.verb ? 0.7 : 1;
    items.push({
      label,
      lemma,
      score: vocabScore(a.tf, rank, a.first, limit) * verbWeight,
      frequencyRank: rank,
      sentence: a.first,
      forms,
    });
  }
  for (const [key, b] of bigrams) {
    const [s1, s2] = key.split(' ');
    if (!s1 || !s2 || !isExpression(b.form, b.tf)) continue;
    const [w1 = '', w2 = ''] = b.form.toLowerCase().split(' ');
    const rank = Math.min(100_000, Math.max(rankOf(w1, lang), rankOf(w2, lang)) * 4);
    const score = vocabScore(b.tf, rank, b.first, limit) * 1.2;
    items.push({
      label: b.form.toLowerCase() === b.form ? b.form : b.form,
      lemma: b.form.toLowerCase(),
      score,
      frequencyRank: rank,
      sentence: b.first,
      forms: [b.form],
    });
  }
  items.sort((x, y) => y.score - x.score || x.sentence - y.sentence || x.label.localeCompare(y.label));
  return items.slice(0, top);
}

/**
 * The light stemmer leaves a short plural apart from its singular ("redes" / "red", "leyes" /
 * "ley": it keeps words of five letters or fewer whole): here, where a word's only plural is that
 * singular plus "es", the two are one card. Stems, and so stored concept keys, are unchanged.
 */
function foldShortPlurals(
  words: Map<
    string,
    { forms: Map<string, number>; tf: number; first: number; afterName: number; afterAux: number }
  >,
  lang: string,
): void {
  for (const [stem, a] of [...words]) {
    const forms = [...a.forms.keys()];
    if (!forms.every((f) => /\p{L}{2}es$/u.test(f))) continue;
    const single = words.get(lightStem(forms[0]!.slice(0, -2), lang));
    if (!single || single === a) continue;
    for (const [f, n] of a.forms) single.forms.set(f, (single.forms.get(f) ?? 0) + n);
    single.tf += a.tf;
    single.first = Math.min(single.first, a.first);
    single.afterName += a.afterName;
    single.afterAux += a.afterAux;
    words.delete(stem);
  }
}

// Auxiliaries that build a compound tense or the passive with a past participle, and the shape of
// the participles they take (es/pt -ado/-ido, fr -é/-i/-is/-u...).
const AUXILIARY: Record<string, { words: Set<string>; participle: RegExp; agent: Set<string> }> = {
  es: {
    words: new Set(
      'ha han he has hemos había habían habría haya hayan hubo sido fue fueron es son era eran será sea está están estaba'.split(
        ' ',
      ),
    ),
    participle: /^\p{Ll}+(?:ad|id)[oa]s?$/u,
    agent: new Set(['por']),
  },
  pt: {
    words: new Set(
      'foi foram é são era eram será seja sejam fosse sido tem têm tinha tinham ter está estão estava'.split(
        ' ',
      ),
    ),
    participle: /^\p{Ll}+(?:ad|id)[oa]s?$/u,
    agent: new Set(['por', 'pelo', 'pela', 'pelos', 'pelas']),
  },
  fr: {
    words: new Set(
      'a ont ai as avons avez avait avaient aura auront est sont été était étaient sera seront soit fut'.split(
        ' ',
      ),
    ),
    participle: /^\p{Ll}+(?:é|ée|és|ées|is|ise|ises|it|ite|u|ue|us|ues)$/u,
    agent: new Set(['par']),
  },
};

// Fixed function expressions, learnt whole as grammar, whose words mean something else alone.
const FIXED_EXPRESSION: Record<string, RegExp> = {
  es: /(?<![\p{L}])(?:a partir de|a pesar de|sin embargo|por lo tanto|de acuerdo con|a través de|por medio de|en cuanto a|a lo largo de)(?![\p{L}])/giu,
  pt: /(?<![\p{L}])(?:a partir de|apesar de|no entanto|por meio de|de acordo com|através de|em relação a|ao longo de)(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:à partir de|grâce à|en effet|tout à fait|d['’]ailleurs|mis à disposition|mise à disposition|mis en place|mise en place|au fur et à mesure|à travers)(?![\p{L}])/giu,
};

/**
 * The dictionary segmenter cuts a compound the page always writes whole into words of its own
 * (知识产权 "intellectual property" → 知识 | 产权): two Han words the page writes side by side at
 * least twice, and nearly always so (three times in four), are glued back into the one word.
 */
function glueHanCompounds(rows: WordToken[][]): void {
  const tf = new Map<string, number>();
  const pairs = new Map<string, number>();
  // The one Han character after a pair, where there is one (国际|空间|站 is 国际空间站).
  const tails = new Map<string, Map<string, number>>();
  const han = (t: WordToken | undefined): t is WordToken => !!t && /^\p{Script=Han}{2,}$/u.test(t.text);
  for (const row of rows)
    row.forEach((t, i) => {
      tf.set(t.text, (tf.get(t.text) ?? 0) + 1);
      const next = row[i + 1];
      if (han(t) && han(next) && t.end === next.start) {
        const key = `${t.text}\u0000${next.text}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
        const after = row[i + 2];
        if (after && after.start === next.end && /^\p{Script=Han}$/u.test(after.text)) {
          const m = tails.get(key) ?? new Map<string, number>();
          m.set(after.text, (m.get(after.text) ?? 0) + 1);
          tails.set(key, m);
        }
      }
    });
  const glue = new Set(
    [...pairs]
      .filter(([key, n]) => {
        const [a = '', b = ''] = key.split('\u0000');
        return n >= 2 && n >= 0.75 * (tf.get(a) ?? 0) && n >= 0.75 * (tf.get(b) ?? 0);
      })
      .map(([key]) => key),
  );
  if (glue.size === 0) return;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const out: WordToken[] = [];
    for (let i = 0; i < row.length; i++) {
      const t = row[i]!;
      const next = row[i + 1];
      const key = next ? `${t.text}\u0000${next.text}` : '';
      if (next && glue.has(key)) {
        const after = row[i + 2];
        const tail = after && after.start === next.end ? tails.get(key)?.get(after.text) : undefined;
        if (tail !== undefined && tail * 4 >= (pairs.get(key) ?? 0) * 3) {
          out.push({ text: t.text + next.text + after!.text, start: t.start, end: after!.end });
          i += 2;
        } else {
          out.push({ text: t.text + next.text, start: t.start, end: next.end });
          i++;
        }
      } else out.push(t);
    }
    rows[r] = out;
  }
}

function glueHanSuffixes(toks: WordToken[], base: string): WordToken[] {
  if (base !== 'zh' && base !== 'ja') return toks;
  const out: WordToken[] = [];
  for (const t of toks) {
    const prev = out.at(-1);
    if (prev && prev.end === t.start && HAN_SUFFIX.has(t.text) && /^\p{Script=Han}{2,}$/u.test(prev.text))
      out[out.length - 1] = { text: prev.text + t.text, start: prev.start, end: t.end };
    else out.push(t);
  }
  return out;
}

/** "d’Orsay" → "Orsay", "l'État" → "État": French and Italian elided articles are not part of the word. */
function stripElision(t: WordToken): WordToken {
  const m = /^(?:[dlcjmnst]|qu|jusqu|lorsqu|puisqu|dell|dall|nell|sull|all|un)['’](?=\p{L})/iu.exec(t.text);
  return m ? { text: t.text.slice(m[0].length), start: t.start + m[0].length, end: t.end } : t;
}

function rankOf(word: string, lang: string): number {
  return frequencyRank(word, lang) ?? estimateRank(word);
}

/** Repeated on the page and neither too common (known already) nor vanishingly rare. */
function vocabScore(tf: number, rank: number, first: number, nSent: number): number {
  const usefulness = rank < 50 ? 0.5 : rank < 300 ? 0.8 : rank < 5000 ? 1 : 0.85;
  const early = 1 + 0.3 / (1 + (10 * first) / Math.max(1, nSent));
  return Math.log2(1 + tf) * usefulness * early;
}

// West Slavic cases change a word's last vowel: the dictionary form is the nominative singular,
// which ends on a consonant (masculine "manažer", not genitive "manažera"), on -ý (adjective), or on
// -a / -o (feminine, neuter), more often than the oblique cases (-y, -u, -e, -ě, -i).
const WEST_SLAVIC_ENDING = [/[^aeiouyáéíóúůýě]$/u, /ý$/u, /a$/u, /o$/u];

/** The form of a West Slavic word the page uses that looks most like its dictionary entry. */
function dictionaryForm(forms: string[]): string {
  const lower = forms.filter((f) => f === f.toLowerCase());
  const pool = lower.length ? lower : forms;
  for (const ending of WEST_SLAVIC_ENDING) {
    const hit = pool.find((f) => ending.test(f));
    if (hit) return hit;
  }
  return pool[0]!;
}

function shortestForm(forms: string[]): string {
  let best = forms[0] ?? '';
  for (const f of forms) if (Array.from(f).length < Array.from(best).length) best = f;
  return best;
}

/**
 * Without a dictionary, length is the best cheap proxy for rarity (Zipf's law of abbreviation):
 * a 3-letter word is usually common, a 13-letter one rarer. Growth is gentle (×1.35 a letter):
 * "renseignement" is a newspaper word (≈10,000), not a rarity. A Han character carries about two
 * letters' worth; kana spell sounds, like letters (セキュリティ is an everyday loanword).
 */
export function estimateRank(word: string): number {
  const chars = [...word];
  const han = chars.filter((c) => /\p{Script=Han}/u.test(c)).length;
  const len = chars.length + han;
  return Math.min(50_000, Math.round(500 * 1.35 ** Math.max(0, len - 3)));
}
