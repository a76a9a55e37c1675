import { splitSentences } from '@/lib/text/split-sentences';
import { isStopword } from '@/lib/text/stopwords';

// YAKE (Campos et al., Information Sciences 509, 2020), written from the paper as the baseline the
// keyphrase benchmark compares Rung against through the same scorer. Not used by the extension.
// Term score S(t) = T_rel·T_pos / (T_case + T_fnorm/T_rel + T_sentence/T_rel); candidate score
// S(kw) = Π S(t) / (TF(kw)·(1 + Σ S(t))); lower is better; near-duplicates removed (similarity 0.9).

interface Term {
  tf: number;
  tfUpper: number;
  tfAcronym: number;
  sentences: number[];
  left: Map<string, number>;
  right: Map<string, number>;
  stop: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

export function yakeKeyphrases(text: string, lang: string, top = 10, maxN = 3): string[] {
  const sentences = text.split(/\n\s*\n|\r?\n(?=\S)/).flatMap((p) => splitSentences(p));
  const terms = new Map<string, Term>();
  const term = (k: string, stop: boolean): Term => {
    let t = terms.get(k);
    if (!t) {
      t = { tf: 0, tfUpper: 0, tfAcronym: 0, sentences: [], left: new Map(), right: new Map(), stop };
      terms.set(k, t);
    }
    return t;
  };
  // Chunks: runs of word tokens between punctuation, per sentence.
  const chunks: { words: string[]; keys: string[] }[] = [];
  sentences.forEach((s, si) => {
    let words: string[] = [];
    let keys: string[] = [];
    let first = true;
    const end = (): void => {
      if (words.length) chunks.push({ words, keys });
      words = [];
      keys = [];
    };
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) {
      const w = m[0];
      if (!/[\p{L}\p{N}]/u.test(w)) {
        end();
        continue;
      }
      const k = w.toLowerCase();
      const stop = isStopword(k, lang) || k.length < 3 || /^\p{N}+$/u.test(k);
      const t = term(k, stop);
      t.tf++;
      if (t.sentences.at(-1) !== si) t.sentences.push(si);
      if (w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w)) t.tfAcronym++;
      else if (!first && /^\p{Lu}/u.test(w)) t.tfUpper++;
      const prev = keys.at(-1);
      if (prev !== undefined) {
        t.left.set(prev, (t.left.get(prev) ?? 0) + 1);
        const p = terms.get(prev)!;
        p.right.set(k, (p.right.get(k) ?? 0) + 1);
      }
      words.push(w);
      keys.push(k);
      first = false;
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
    const tCase = Math.max(t.tfUpper, t.tfAcronym) / Math.log(1 + t.tf);
    const sorted = [...t.sentences].sort((a, b) => a - b);
    const median =
      sorted.length % 2
        ? sorted[(sorted.length - 1) / 2]!
        : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
    const tPos = Math.log(Math.log(3 + median));
    const tFnorm = t.tf / (mean + sd);
    const dl = t.left.size / Math.max(1, sum(t.left));
    const dr = t.right.size / Math.max(1, sum(t.right));
    const tRel = 1 + (dl + dr) * (t.tf / maxTf);
    const tSent = t.sentences.length / nSent;
    score.set(k, (tRel * tPos) / (tCase + tFnorm / tRel + tSent / tRel));
  }

  const cands = new Map<string, { tf: number; form: string; keys: string[] }>();
  for (const c of chunks) {
    for (let i = 0; i < c.keys.length; i++) {
      for (let n = 1; n <= maxN && i + n <= c.keys.length; n++) {
        const keys = c.keys.slice(i, i + n);
        if (terms.get(keys[0]!)!.stop || terms.get(keys[n - 1]!)!.stop) continue;
        const k = keys.join(' ');
        const e = cands.get(k) ?? { tf: 0, form: c.words.slice(i, i + n).join(' '), keys };
        e.tf++;
        cands.set(k, e);
      }
    }
  }
  const ranked: [string, number][] = [];
  for (const [k, c] of cands) {
    let prod = 1;
    let sm = 0;
    c.keys.forEach((w, i) => {
      const t = terms.get(w)!;
      if (!t.stop) {
        const s = score.get(w) ?? 1;
        prod *= s;
        sm += s;
        return;
      }
      // A stopword inside ("point of view") costs by how weakly it binds its neighbours.
      const prev = c.keys[i - 1]!;
      const next = c.keys[i + 1]!;
      const pl = (t.left.get(prev) ?? 0) / Math.max(1, terms.get(prev)!.tf);
      const pr = (t.right.get(next) ?? 0) / Math.max(1, t.tf);
      const p = pl * pr;
      prod *= 1 + (1 - p);
      sm -= 1 - p;
    });
    ranked.push([k, prod / (c.tf * (1 + sm))]);
  }
  ranked.sort((a, b) => a[1] - b[1]);
  const out: string[] = [];
  for (const [k] of ranked) {
    if (out.some((o) => similarity(o, k) > 0.9)) continue;
    out.push(k);
    if (out.length >= top) break;
  }
  return out;
}

function sum(m: Map<string, number>): number {
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
}

/** 1 − normalised Levenshtein distance, YAKE's default deduplication measure. */
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
