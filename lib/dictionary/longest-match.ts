/**
 * Splits text written without spaces (Chinese, Japanese) into dictionary words, longest first: at
 * each position the longest headword wins ("人工智能" is one word, not 人工 + 智能); characters
 * no headword starts with are skipped. `isWord` is the dictionary.
 */
export function longestMatches(
  text: string,
  isWord: (candidate: string) => boolean,
  maxLength = 12,
): { word: string; start: number }[] {
  const chars = Array.from(text);
  const out: { word: string; start: number }[] = [];
  let i = 0;
  while (i < chars.length) {
    let found = 0;
    for (let n = Math.min(maxLength, chars.length - i); n >= 1; n--) {
      if (isWord(chars.slice(i, i + n).join(''))) {
        found = n;
        break;
      }
    }
    if (found > 0) {
      out.push({ word: chars.slice(i, i + found).join(''), start: i });
      i += found;
    } else i++;
  }
  return out;
}

/** Every substring of up to `maxLength` characters: the keys to fetch before `longestMatches`. */
export function substringsOf(text: string, maxLength = 12): string[] {
  const chars = Array.from(text);
  const out = new Set<string>();
  for (let i = 0; i < chars.length; i++)
    for (let n = 1; n <= maxLength && i + n <= chars.length; n++) out.add(chars.slice(i, i + n).join(''));
  return [...out];
}
