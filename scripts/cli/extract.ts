// `rung extract <file.html|file.txt> [--url URL] [--lang xx] [--native xx] [--top N] --json`: the same extractor
// the content script runs, on a saved page under Node (linkedom supplies the DOM).
import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractPage } from '@/lib/extract/extract-page';
import { extractText } from '@/lib/extract/extract-text';

const USAGE =
  'usage: rung extract <file.html|file.txt> [--url URL] [--lang xx] [--native xx] [--top N] --json';

function fail(message: string): number {
  process.stderr.write(`rung extract: ${message}\n`);
  return 1;
}

export async function run(args: string[]): Promise<number> {
  let file: string | undefined;
  let url: string | undefined;
  let lang: string | undefined;
  // The reader's own language: pages in any other language are read for vocabulary.
  let nativeLang: string | undefined;
  let top: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') continue;
    if (a === '--url' || a === '--lang' || a === '--native' || a === '--top') {
      const v = args[++i];
      if (v === undefined) return fail(`${a} needs a value (${USAGE})`);
      if (a === '--url') url = v;
      else if (a === '--lang') lang = v;
      else if (a === '--native') nativeLang = v;
      else {
        top = Number(v);
        if (!Number.isInteger(top) || top < 1) return fail(`--top must be a positive integer, got "${v}"`);
      }
    } else if (a.startsWith('--')) return fail(`unknown option ${a} (${USAGE})`);
    else if (file) return fail(`one file at a time (${USAGE})`);
    else file = a;
  }
  if (!file) return fail(`no input file (${USAGE})`);
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) return fail(`${file} is not a file`);
    bytes = readFileSync(file);
  } catch {
    return fail(`cannot read ${file}`);
  }
  if (bytes.length === 0) return fail(`${file} is empty`);
  if (bytes.subarray(0, 8000).includes(0)) return fail(`${file} looks binary, not HTML or text`);
  // Saved pages are UTF-8 even when they declare no charset (see the corpus README).
  const source = new TextDecoder('utf-8').decode(bytes);
  if (!source.trim()) return fail(`${file} has no text`);

  const isText = extname(file).toLowerCase() === '.txt';
  const result = isText
    ? extractText(source, { lang, nativeLang, top })
    : extractPage(parseHTML(source).document as unknown as Document, {
        url: url ?? pathToFileURL(resolve(file)).href,
        lang,
        nativeLang,
        top,
      });
  if (result.pageKind === 'empty' && result.concepts.length === 0 && result.wordCount === 0) {
    return fail(`${file} has no readable text`);
  }
  const out = {
    title: result.title,
    lang: result.lang,
    dir: result.dir,
    pageKind: result.pageKind,
    wordCount: result.wordCount,
    nextUrl: result.nextUrl,
    concepts: result.concepts.map(
      ({
        key,
        label,
        kind,
        score,
        lemma,
        definition,
        frequencyRank,
        signature,
        symbolKind,
        owner,
        memberKind,
        uses,
        summary,
        aliases,
        section,
        firstOffset,
      }) => ({
        label,
        kind,
        score,
        key,
        lemma,
        definition,
        frequencyRank,
        signature,
        symbolKind,
        owner,
        memberKind,
        uses,
        summary,
        aliases: aliases?.length ? aliases : undefined,
        section,
        firstOffset,
      }),
    ),
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}
