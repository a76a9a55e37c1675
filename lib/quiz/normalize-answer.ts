import { memo } from '@/lib/quiz/memo';

// Folding used to compare a typed answer with the expected one. Forgiving on what a learner should
// not be marked down for (case, accents, width, quotes, surrounding punctuation, a leading article),
// and careful not to destroy meaning in scripts where "accents" are letters: only Latin/Greek/Cyrillic
// combining marks and optional Arabic/Hebrew vowel points are dropped. Japanese voicing marks
// (U+3099/U+309A) are outside those ranges, so が never folds to か.

const LATIN_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff]/g;
const RTL_POINTS = /[\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const EDGE_PUNCT = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;

const ARTICLES = new Set([
  // en
  'the',
  'a',
  'an',
  // es
  'el',
  'la',
  'los',
  'las',
  'un',
  'una',
  'unos',
  'unas',
  // fr
  'le',
  'les',
  'une',
  'des',
  'du',
  // pt
  'o',
  'os',
  'as',
  'um',
  'uma',
  // it
  'il',
  'lo',
  'gli',
  'i',
  // de
  'der',
  'die',
  'das',
  'ein',
  'eine',
]);
const ELIDED_ARTICLE = /^(?:l|d|un)'(?=\p{L}{2})/u;

/** Case, width, accents, quotes and spacing folded; punctuation inside kept. */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(LATIN_MARKS, '')
    .replace(RTL_POINTS, '')
    .normalize('NFC')
    .replace(/ß/g, 'ss')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `foldText`, then surrounding punctuation and one leading article removed. Never returns '' for non-blank input. */
export const normalizeAnswer: (text: string) => string = memo(normalizeUncached);

function normalizeUncached(text: string): string {
  const folded = foldText(text);
  const stripped = folded.replace(EDGE_PUNCT, '');
  // An answer that is all symbols ("+=", "→") must still compare as itself.
  if (stripped === '') return folded;
  // A Japanese IME gives hiragana unless the learner converts: クロージャ typed as くろーじゃ is right.
  const kana = stripped.replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
  const words = kana.split(' ');
  if (words.length > 1 && ARTICLES.has(words[0]!)) return words.slice(1).join(' ');
  const elided = kana.replace(ELIDED_ARTICLE, '');
  // Arabic writes the article as a prefix: "الدالة" and "دالة" are the same answer.
  return elided.replace(/^ال(?=\p{L}{2})/u, '');
}
