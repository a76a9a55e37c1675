// Where a phrase taken from the page's structure (a heading topic, a <dfn>) is used in its prose,
// and how it is written there: "if Statements" in a heading is "if statement" in the text. The
// label the quiz blanks must be the prose form, verbatim.

export interface PhraseMention {
  /** The phrase exactly as the sentence writes it. */
  label: string;
  sentence: number;
}

const MAX_SENTENCES = 5000;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Singular and plural of the last word, so a heading's plural finds the prose's singular. */
function variants(phrase: string): string[] {
  const m = /^(.*?)(\p{L}+)$/u.exec(phrase);
  if (!m) return [phrase];
  const [, head = '', last = ''] = m;
  const out = [phrase];
  if (/ies$/i.test(last)) out.push(`${head}${last.slice(0, -3)}y`);
  else if (/(?:sses|xes|ches|shes)$/i.test(last)) out.push(`${head}${last.slice(0, -2)}`);
  else if (/[^s]s$/i.test(last)) out.push(`${head}${last.slice(0, -1)}`);
  else out.push(`${head}${last}s`);
  return out;
}

export function locatePhrase(phrase: string, sentences: readonly string[]): PhraseMention | undefined {
  const alts = variants(phrase.replace(/\s+/g, ' ').trim())
    .map((v) => escapeRegExp(v).replace(/ /g, '\\s+'))
    .join('|');
  if (!alts) return undefined;
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alts})(?![\\p{L}\\p{N}_])`, 'iu');
  const limit = Math.min(sentences.length, MAX_SENTENCES);
  for (let i = 0; i < limit; i++) {
    const m = re.exec(sentences[i]!);
    if (m) return { label: m[0], sentence: i };
  }
  return undefined;
}
