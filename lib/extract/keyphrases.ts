import { rankTerms } from '@/lib/extract/rank-terms';
import { splitSentences } from '@/lib/text/split-sentences';

// Keyphrases of a plain text (abstracts, transcripts, articles): lines are re-joined where the
// text was hard-wrapped, a short first line without final punctuation is read as the title, and
// the rest goes through Rung's term model.

export function keyphrases(text: string, opts: { lang: string; top?: number }): string[] {
  const paras: string[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line) {
      paras.push('');
      continue;
    }
    // Continuation lines of a hard-wrapped paragraph start with whitespace.
    if (/^[\t ]/.test(raw) && paras.length > 0 && paras.at(-1) !== '') paras[paras.length - 1] += ` ${line}`;
    else paras.push(line);
  }
  const blocks = paras.filter(Boolean);
  let title = '';
  if (blocks.length > 1 && blocks[0]!.length < 200 && !/[.!?:;]$/.test(blocks[0]!)) title = blocks.shift()!;
  const sentences = [...(title ? [title] : []), ...blocks.flatMap((b) => splitSentences(b))];
  const hints = title ? [{ text: title, kind: 'title' as const }] : [];
  return rankTerms(sentences, { lang: opts.lang, hints, top: opts.top ?? 10 }).map((t) => t.label);
}
