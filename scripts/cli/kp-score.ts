// `rung kp-score <predictions-dir> --set <dataset-dir> [--lang xx] [--json]`: scores another
// system's keyphrases with the keyphrase bench's own scorer (scripts/bench/keyphrase-score.ts).
// The predictions folder holds `<docid>.txt` per document of the set (`<set>/docsutf8/<docid>.txt`),
// one keyphrase per line, best first; the set's gold keys are `<set>/keys/<docid>.key` and its
// stemmer comes from `language.txt` / `lan.txt` (or --lang). A document with no predictions file
// scores 0 and is counted as missing. Prints F1@10, P@10 and R@10 averaged over the documents.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import {
  newStemmer,
  normalizer,
  readPhrases,
  scoreAt10,
  setStemmerName,
  stemmerName,
} from '../bench/keyphrase-score';

const USAGE = 'usage: rung kp-score <predictions-dir> --set <dataset-dir> [--lang xx] [--json]';

function fail(message: string, code = 1): number {
  process.stderr.write(`rung kp-score: ${message}\n`);
  return code;
}

function isDir(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

export async function run(args: string[]): Promise<number> {
  let predictions: string | undefined;
  let set: string | undefined;
  let lang: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--set' || a === '--lang') {
      const v = args[++i];
      if (v === undefined) return fail(`${a} needs a value (${USAGE})`, 2);
      if (a === '--set') set = v;
      else lang = v;
    } else if (a.startsWith('--')) return fail(`unknown option ${a} (${USAGE})`, 2);
    else if (predictions) return fail(`one predictions folder at a time (${USAGE})`, 2);
    else predictions = a;
  }
  if (!predictions || !set) return fail(USAGE, 2);
  if (!isDir(predictions)) return fail(`predictions folder not found: ${resolve(predictions)}`);
  if (!isDir(join(set, 'docsutf8')) || !isDir(join(set, 'keys'))) {
    return fail(`not a keyphrase set (needs docsutf8/ and keys/): ${resolve(set)}`);
  }
  const stemmer = lang ? stemmerName(lang) : setStemmerName(set);
  if (!stemmer) {
    return fail(
      lang
        ? `no Snowball stemmer for language "${lang}"`
        : `cannot tell the set's language (no language.txt or lan.txt); pass --lang`,
    );
  }
  const norm = normalizer(newStemmer(stemmer));
  const docs = readdirSync(join(set, 'docsutf8'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (docs.length === 0) return fail(`no documents in ${resolve(set, 'docsutf8')}`);
  let f1 = 0;
  let precision = 0;
  let recall = 0;
  let missing = 0;
  for (const f of docs) {
    const id = f.replace(/\.txt$/, '');
    const keyFile = join(set, 'keys', `${id}.key`);
    if (!existsSync(keyFile)) return fail(`no gold keys for ${id}: ${resolve(keyFile)}`);
    const predFile = join(predictions, `${id}.txt`);
    let predicted: string[] = [];
    if (existsSync(predFile)) predicted = readPhrases(predFile);
    else missing++;
    const s = scoreAt10(predicted, readPhrases(keyFile), norm);
    f1 += s.f1;
    precision += s.precision;
    recall += s.recall;
  }
  const n = docs.length;
  const result = {
    set: basename(resolve(set)),
    documents: n,
    f1: f1 / n,
    precision: precision / n,
    recall: recall / n,
    missing,
    stemmer,
  };
  if (missing > 0) {
    process.stderr.write(`rung kp-score: ${missing} of ${n} documents have no predictions file (scored 0)\n`);
  }
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    process.stdout.write(
      `${result.set}: F1@10 ${result.f1.toFixed(3)}  P@10 ${result.precision.toFixed(3)}  R@10 ${result.recall.toFixed(3)}  (${n} documents, ${stemmer} stemmer)\n`,
    );
  }
  return 0;
}
