// Which writing system a string is in, as far as quiz text handling cares: scripts written without
// spaces between words need substring matching instead of word boundaries, and right-to-left
// scripts attach articles and prepositions to the word (Arabic "وال…"), which defeats boundaries too.

export type ScriptClass = 'unspaced' | 'rtl' | 'spaced';

const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function scriptClass(text: string): ScriptClass {
  if (UNSPACED.test(text)) return 'unspaced';
  if (RTL.test(text)) return 'rtl';
  return 'spaced';
}

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** A coarse script name for the first letter, so distractors look like the answer (no English among Chinese). */
export function dominantScript(text: string): string {
  for (const ch of text) {
    if (/\p{Script=Latin}/u.test(ch)) return 'latin';
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)) return 'cjk';
    if (/\p{Script=Hangul}/u.test(ch)) return 'hangul';
    if (/\p{Script=Arabic}/u.test(ch)) return 'arabic';
    if (/\p{Script=Hebrew}/u.test(ch)) return 'hebrew';
    if (/\p{Script=Cyrillic}/u.test(ch)) return 'cyrillic';
    if (/\p{Script=Greek}/u.test(ch)) return 'greek';
    if (/\p{L}/u.test(ch)) return 'other';
  }
  return 'none';
}
