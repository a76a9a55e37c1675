// Sentence splitting that works across scripts without a model: Latin/Cyrillic/Greek end on . ! ?
// followed by space and a capital, digit or quote; CJK ends on 。！？ with no space at all; Devanagari
// on । and ॥; Arabic on ؟ and ۔. Abbreviations ("e.g.", "Dr.", "U.S.") must not end a sentence,
// or quizzes would quote half-sentences.

const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'cf',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'no',
  'fig',
  'eq',
  'approx',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'sra',
  'sr',
  'mme',
  'mlle',
  'av',
  'dra',
  'ca',
  'al',
  'op',
  'vol',
  'pp',
  'ed',
]);

const MAX_SENTENCE = 2000;

/** Splits one block of text (a paragraph, a list item) into trimmed sentences, in order. */
export function splitSentences(block: string): string[] {
  const text = block.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const out: string[] = [];
  let start = 0;
  const re = /[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(¿¡]?[\p{Lu}\p{N}\p{Lo}])|[。！？!?]+["'”’」』）)]*|[।॥؟۔]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] === '.' && isAbbreviation(text, m.index)) continue;
    push(out, text.slice(start, end));
    start = end;
  }
  push(out, text.slice(start));
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1]!.toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Single capital initials ("J. R. R. Tolkien", "U.S.") rarely end a sentence.
  return /^(?:\p{Lu}|(?:\p{L}\.)+\p{L})$/u.test(before[1]!);
}

function push(out: string[], piece: string): void {
  const s = piece.trim();
  if (!/[\p{L}\p{N}]/u.test(s)) return;
  if (s.length <= MAX_SENTENCE) {
    out.push(s);
    return;
  }
  // Run-on text (tables flattened into one line, minified content): cut at spaces near the limit.
  let rest = s;
  while (rest.length > MAX_SENTENCE) {
    let cut = rest.lastIndexOf(' ', MAX_SENTENCE);
    if (cut < MAX_SENTENCE / 2) cut = MAX_SENTENCE;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) out.push(rest);
}
