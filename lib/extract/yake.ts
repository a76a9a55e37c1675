import { splitSentences } from '@/lib/text/split-sentences';
import { isStopword } from '@/lib/text/stopwords';

// YAKE (Campos et al., Information Sciences 509, 2020), the baseline the keyphrase benchmark
// compares Rung against through the same scorer. Not used by the extension. Written from the paper
// and checked against the authors' implementation (LIAAD/yake, yake.py + datarepresentation.py):
// - text: paragraphs as below, then sentences; a token made only of punctuation ends a chunk;
// - term key: lowercased, a final "s" dropped when longer than 3 letters ("networks" = "network");
//   a stopword is a listed word (either form) or shorter than 3 letters once punctuation is gone;
// - tags: d (a number), u (digits mixed with letters, no letter or digit, or 2+ punctuation marks),
//   a (all capitals), n (one capital, first letter, not the sentence's first token), p otherwise;
//   d/u words stay terms but take no co-occurrence edge, and a candidate holding one is invalid;
// - term score S(t) = T_rel·T_pos / (T_case + T_fnorm/T_rel + T_sentence/T_rel), with
//   T_case = max(TF_a, TF_n)/(1 + ln TF), T_pos = ln ln(3 + median sentence),
//   T_fnorm = TF/(mean + sd of non-stopword TFs), T_rel = 1 + (DL + DR)·TF/maxTF (window 1);
// - candidates: every 1..3-gram of a chunk not starting or ending with a stopword;
//   S(kw) = Π S(t) / (TF(kw)·(1 + Σ S(t))), a stopword inside counting by how strongly it binds
//   its neighbours (P(prev→sw)·P(sw→next), each over the neighbour's TF); lower is better;
// - a candidate is dropped when 1 − Levenshtein/max length against one already kept exceeds 0.9.
// Known difference: the stopword lists are Rung's (lib/text/stopwords.ts), not YAKE's files, and
// sentence splitting is Rung's rather than segtok's, so both systems see the same words.

interface Term {
  tf: number;
  tfUpper: number;
  tfAcronym: number;
  /** Sentence ids in order, each once. */
  sentences: number[];
  /** Co-occurrence counts with the word just before / just after (window 1). */
  left: Map<string, number>;
  right: Map<string, number>;
  stop: boolean;
}

type Tag = 'd' | 'u' | 'a' | 'n' | 'p';

interface Token {
  word: string;
  key: string;
  tag: Tag;
}

// Numbers keep their separators ("100,000", "3.5"), as segtok's tokenizer does.
const TOKEN = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
// segtok's split_contractions: English clitics are split off and the one starting with an
// apostrophe is dropped ("network's" → "network"), "n't" stays as its own (stop)word.
const CLITIC = /^(.+?)(?:(['’](?:s|d|ll|m|re|ve))|(n['’]t))$/iu;
// Python's float() accepts these, so YAKE tags them as numbers.
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$|^[+-]?(?:inf|infinity|nan)$/i;

export function yakeKeyphrases(text: string, lang: string, top = 10, maxN = 3): string[] {
  // The release the paper measured (yake.py's pre_filter): tab-indented continuation lines are
  // joined, a line starting with a capital A-Z opens a new paragraph, any other line continues
  // the one before. (Later releases join every line.)
  const blocks: string[] = [];
  for (const line of text.replace(/\n\t/g, ' ').split('\n')) {
    const l = line.replace(/\t/g, ' ');
    if (blocks.length === 0 || /^\s*[A-Z]/.test(l)) blocks.push(l);
    else blocks[blocks.length - 1] += ` ${l}`;
  }
  const sentences = blocks.flatMap((b) => splitSentences(b));
  const terms = new Map<string, Term>();
  const term = (word: string): { key: string; t: Term } => {
    const lower = word.toLowerCase();
    const key = lower.length > 3 && lower.endsWith('s') ? lower.slice(0, -1) : lower;
    let t = terms.get(key);
    if (!t) {
      const bare = key.replace(/[^\p{L}\p{M}\p{N}]/gu, '');
      const stop = isStopword(lower, lang) || isStopword(key, lang) || bare.length < 3;
      t = { tf: 0, tfUpper: 0, tfAcronym: 0, sentences: [], left: new Map(), right: new Map(), stop };
      terms.set(key, t);
    }
    return { key, t };
  };
  const chunks: Token[][] = [];
  sentences.forEach((s, si) => {
    let chunk: Token[] = [];
    const end = (): void => {
      if (chunk.length) chunks.push(chunk);
      chunk = [];
    };
    let pos = 0;
    for (const w of tokens(s)) {
      const i = pos++;
      if (!/[\p{L}\p{N}]/u.test(w)) {
        end();
        continue;
      }
      const tag = tagOf(w, i);
      const { key, t } = term(w);
      t.tf++;
      if (t.sentences.at(-1) !== si) t.sentences.push(si);
      if (tag === 'a') t.tfAcronym++;
      if (tag === 'n') t.tfUpper++;
      const prev = chunk.at(-1);
      if (prev && prev.tag !== 'd' && prev.tag !== 'u' && tag !== 'd' && tag !== 'u') {
        t.left.set(prev.key, (t.left.get(prev.key) ?? 0) + 1);
        const p = terms.get(prev.key)!;
        p.right.set(key, (p.right.get(key) ?? 0) + 1);
      }
      chunk.push({ word: w, key, tag });
    }
    end();
  });

  const valid = [...terms.values()].filter((t) => !t.stop);
  const tfs = valid.map((t) => t.tf);
  const mean = tfs.reduce((a, b) => a + b, 0) / Math.max(1, tfs.length);
  const sd = Math.sqrt(tfs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, tfs.length));
  const maxTf = Math.max(1, ...[...terms.values()].map((t) => t.tf));
  const nSent = Math.max(1, sentences.length);
  const score = new Map<string, number>();
  for (const [k, t] of terms) {
    const tCase = Math.max(t.tfUpper, t.tfAcronym) / (1 + Math.log(t.tf));
    const sorted = t.sentences;
    const median =
      sorted.length % 2
        ? sorted[(sorted.length - 1) / 2]!
        : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
    const tPos = Math.log(Math.log(3 + median));
    const tFnorm = t.tf / (mean + sd);
    const dl = t.left.size === 0 ? 0 : t.left.size / sum(t.left);
    const dr = t.right.size === 0 ? 0 : t.right.size / sum(t.right);
    const tRel = 1 + (dl + dr) * (t.tf / maxTf);
    const tSent = t.sentences.length / nSent;
    score.set(k, (tRel * tPos) / (tCase + tFnorm / tRel + tSent / tRel));
  }

  const cands = new Map<string, { tf: number; form: string; keys: string[]; valid: boolean }>();
  for (const c of chunks) {
    for (let i = 0; i < c.length; i++) {
      for (let n = 1; n <= maxN && i + n <= c.length; n++) {
        const toks = c.slice(i, i + n);
        const keys = toks.map((t) => t.key);
        if (terms.get(keys[0]!)!.stop || terms.get(keys[n - 1]!)!.stop) continue;
        const k = toks.map((t) => t.word.toLowerCase()).join(' ');
        const e = cands.get(k) ?? { tf: 0, form: toks.map((t) => t.word).join(' '), keys, valid: false };
        e.tf++;
        // Valid when at least one occurrence holds no number and no odd token.
        if (!toks.some((t) => t.tag === 'd' || t.tag === 'u')) e.valid = true;
        cands.set(k, e);
      }
    }
  }
  const ranked: [string, number, string][] = [];
  for (const [k, c] of cands) {
    if (!c.valid) continue;
    let prod = 1;
    let sm = 0;
    c.keys.forEach((w, i) => {
      const t = terms.get(w)!;
      if (!t.stop) {
        const s = score.get(w)!;
        prod *= s;
        sm += s;
        return;
      }
      const prev = c.keys[i - 1]!;
      const next = c.keys[i + 1]!;
      const p1 = (t.left.get(prev) ?? 0) / terms.get(prev)!.tf;
      const p2 = (terms.get(next)!.left.get(w) ?? 0) / terms.get(next)!.tf;
      const p = p1 * p2;
      prod *= 1 + (1 - p);
      sm -= 1 - p;
    });
    ranked.push([k, prod / (c.tf * (1 + sm)), c.form]);
  }
  ranked.sort((a, b) => a[1] - b[1]);
  const out: [string, string][] = [];
  for (const [k, , form] of ranked) {
    if (out.some(([o]) => similarity(o, k) > 0.9)) continue;
    out.push([k, form]);
    if (out.length >= top) break;
  }
  return out.map(([, form]) => form);
}

function* tokens(sentence: string): Generator<string> {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sentence); m; m = TOKEN.exec(sentence)) {
    const c = CLITIC.exec(m[0]);
    if (!c) {
      yield m[0];
      continue;
    }
    yield c[1]!;
    if (c[3]) yield c[3];
  }
}

function tagOf(word: string, i: number): Tag {
  if (NUMBER.test(word.replace(/,/g, ''))) return 'd';
  const digits = (word.match(/\p{N}/gu) ?? []).length;
  const letters = (word.match(/\p{L}/gu) ?? []).length;
  const punct = (word.match(/[!-/:-@[-`{-~]/g) ?? []).length;
  if ((digits > 0 && letters > 0) || (digits === 0 && letters === 0) || punct > 1) return 'u';
  const upper = (word.match(/\p{Lu}/gu) ?? []).length;
  if (upper === word.length) return 'a';
  if (upper === 1 && word.length > 1 && /^\p{Lu}/u.test(word) && i > 0) return 'n';
  return 'p';
}

function sum(m: Map<string, number>): number {
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
}

/** 1 − normalised Levenshtein distance, YAKE's default deduplication measure (its "seqm"). */
function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return 1 - prev[b.length]! / Math.max(a.length, b.length);
}
