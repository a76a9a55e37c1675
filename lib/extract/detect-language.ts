import { baseLang, STOPWORD_LANGS, stopwords } from '@/lib/text/stopwords';

// Small offline detector: the script decides most languages outright (kana → Japanese, Hangul →
// Korean...); Latin and Cyrillic text is told apart by how many of its words are each language's
// function words, which works on a few dozen words where character n-gram models need hundreds.

const SAMPLE_CHARS = 20_000;

const SCRIPTS: [string, RegExp][] = [
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['han', /\p{Script=Han}/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['thai', /\p{Script=Thai}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['latin', /\p{Script=Latin}/u],
];

export interface LanguageGuess {
  /** BCP-47 tag: the page's declared tag when plausible, else the detected base language. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** How sure the guess is, 0..1 (share of the evidence that points to it). */
  confidence: number;
}

function scriptCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    for (const [name, re] of SCRIPTS) {
      if (re.test(ch)) {
        counts.set(name, (counts.get(name) ?? 0) + 1);
        break;
      }
    }
  }
  return counts;
}

function stopwordScores(text: string, candidates: readonly string[]): Map<string, number> {
  const words =
    text
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[\p{L}']+/gu) ?? [];
  const scores = new Map<string, number>();
  for (const lang of candidates) {
    const sw = stopwords(lang);
    let hits = 0;
    for (const w of words) if (sw.has(w)) hits++;
    scores.set(lang, words.length ? hits / words.length : 0);
  }
  return scores;
}

const LATIN_LANGS = STOPWORD_LANGS.filter((l) =>
  ['en', 'fr', 'es', 'pt', 'it', 'de', 'nl', 'cs', 'pl', 'sv', 'tr', 'vi'].includes(l),
);

/**
 * Letters one Latin-script language of the list writes and its neighbours do not: Polish and
 * Czech share most short function words (a, i, do, na, to, po) but not ł ą ę ś ź ż against
 * ř ě ů ť ď ň; Vietnamese tone marks and Turkish ı ğ ş are as telling on a headline.
 */
const LETTERS: Record<string, RegExp> = {
  pl: /[ąęłśźżń]/giu,
  cs: /[řěůťďň]/giu,
  tr: /[ığş]/giu,
  vi: /[ơưđăạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu,
  sv: /[å]/giu,
  de: /[ß]/giu,
  es: /[ñ¿¡]/giu,
  pt: /[ãõ]/giu,
};

/** Share of the words that are the language's function words, plus half its own letters per word. */
function latinScores(text: string): Map<string, number> {
  const scores = stopwordScores(text, LATIN_LANGS);
  const words = (text.match(/[\p{L}']+/gu) ?? []).length;
  if (!words) return scores;
  for (const [lang, re] of Object.entries(LETTERS)) {
    const n = text.match(re)?.length ?? 0;
    if (n) scores.set(lang, (scores.get(lang) ?? 0) + (0.5 * n) / words);
  }
  return scores;
}

/** Guess the language of `text`; `declared` (the page's `<html lang>`) wins when the text agrees with it. */
export function detectLanguage(text: string, declared?: string): LanguageGuess {
  const sample = text.slice(0, SAMPLE_CHARS);
  const counts = scriptCounts(sample);
  let total = 0;
  for (const n of counts.values()) total += n;
  const decl = declared?.trim() ? declared.trim() : undefined;
  const declBase = decl ? baseLang(decl) : undefined;
  if (total === 0)
    return { lang: decl ?? 'und', dir: rtlLang(declBase ?? '') ? 'rtl' : 'ltr', confidence: 0 };
  const share = (name: string): number => (counts.get(name) ?? 0) / total;

  let detected: string;
  let confidence: number;
  const kana = share('kana');
  const cjk = kana + share('han');
  if (cjk > 0.3) {
    detected = kana > 0.05 * cjk || (declBase === 'ja' && kana > 0) ? 'ja' : 'zh';
    confidence = Math.min(1, cjk * 1.5);
  } else if (share('hangul') > 0.3) [detected, confidence] = ['ko', share('hangul')];
  else if (share('thai') > 0.3) [detected, confidence] = ['th', share('thai')];
  else if (share('arabic') > 0.3) {
    // Persian and Urdu use letters Arabic lacks (پ چ ژ گ, ے).
    detected = /[ےۓ]/u.test(sample) ? 'ur' : /[پچژگ]/u.test(sample) ? 'fa' : 'ar';
    confidence = share('arabic');
  } else if (share('hebrew') > 0.3) [detected, confidence] = ['he', share('hebrew')];
  else if (share('devanagari') > 0.3) [detected, confidence] = ['hi', share('devanagari')];
  else if (share('greek') > 0.3) [detected, confidence] = ['el', share('greek')];
  else if (share('cyrillic') > 0.3) {
    detected = /[іїєґ]/iu.test(sample) ? 'uk' : /[ўђћџљњ]/iu.test(sample) ? 'sr' : 'ru';
    confidence = share('cyrillic');
  } else {
    const scores = latinScores(sample);
    const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
    const [best, bestScore] = ranked[0] ?? ['en', 0];
    const second = ranked[1]?.[1] ?? 0;
    detected = bestScore > 0.02 ? best : 'en';
    confidence = bestScore > 0 ? Math.min(1, (bestScore - second) / bestScore + bestScore) : 0.1;
    // The declared language agrees when its function words are nearly as frequent as the best's
    // (Spanish and Portuguese share many; a Portuguese page must not become Spanish).
    if (declBase && scores.has(declBase)) {
      const d = scores.get(declBase) ?? 0;
      if (d >= 0.6 * bestScore && d > 0.01)
        return { lang: decl!, dir: 'ltr', confidence: Math.max(confidence, 0.8) };
    } else if (declBase && !scores.has(declBase) && bestScore < 0.08) {
      // A Latin-script language we have no profile for (Polish, Vietnamese...): trust the page.
      return { lang: decl!, dir: rtlLang(declBase) ? 'rtl' : 'ltr', confidence: 0.5 };
    }
  }
  if (declBase && sameLanguageFamily(declBase, detected)) {
    return { lang: decl!, dir: rtlLang(detected) ? 'rtl' : 'ltr', confidence };
  }
  return { lang: detected, dir: rtlLang(detected) ? 'rtl' : 'ltr', confidence };
}

function sameLanguageFamily(declared: string, detected: string): boolean {
  if (declared === detected) return true;
  // A Japanese passage can be all kanji; the page's own "ja" is then more reliable than the script.
  return declared === 'ja' && detected === 'zh';
}

export function rtlLang(lang: string): boolean {
  return ['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'iw'].includes(baseLang(lang));
}
