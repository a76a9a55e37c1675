// Word tokens with their offsets. Spaced scripts use a regex (fast, predictable); Chinese, Japanese,
// Thai, Lao, Khmer and Burmese have no spaces, so they go through Intl.Segmenter (full ICU in
// browsers and Node 22), which knows their dictionaries.

export interface WordToken {
  /** The word as written. */
  text: string;
  start: number;
  end: number;
}

const UNSPACED_LANGS = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my']);
const UNSPACED_CHARS =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD_RE = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}_]|['’\-.](?=[\p{L}\p{M}\p{N}]))*/gu;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, s);
  }
  return s;
}

export function isUnspacedLang(lang: string): boolean {
  return UNSPACED_LANGS.has(lang.toLowerCase().split('-')[0] ?? '');
}

/** The words of `text` (no punctuation, no spaces). `lang` picks the segmentation rules. */
export function segmentWords(text: string, lang = 'en'): WordToken[] {
  const out: WordToken[] = [];
  if (isUnspacedLang(lang) || UNSPACED_CHARS.test(text)) {
    for (const seg of segmenter(isUnspacedLang(lang) ? lang : 'und').segment(text)) {
      if (!seg.isWordLike) continue;
      out.push({ text: seg.segment, start: seg.index, end: seg.index + seg.segment.length });
    }
    return out;
  }
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    // "J.R.R" keeps its dots, but a trailing dot (end of sentence) never reaches here.
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
