// Fits the learner model (lib/mastery/learner-weights.ts: small boosted trees) on the public
// knowledge-tracing logs: the train splits of ASSISTments 2009 and Statics in ../shared/corpus/kt
// (Gervet et al. 2020's preprocessed files; see the corpus README), together, so that one model
// serves maths practice and engineering steps alike. The test splits and Spanish are never read
// here; they are kt-eval's.
//
//   npx tsx scripts/fit/learner-model.ts [--write]
//
// Only this learner's own history enters a feature (lib/mastery/learner-state.ts): no item or
// concept identity, no population statistic, so the trees are about how learning looks, not
// about these exercises. Deterministic: the same data gives the same file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BoostedTrees, fitBoostedTrees, treesLogit } from '@/lib/mastery/boosted-trees';
import { byUser, type KtRow, parseKtTsv } from '@/lib/mastery/kt/kt-rows';
import { FEATURE_COUNT, FEATURE_NAMES, LearnerState } from '@/lib/mastery/learner-state';
import { seededRandom } from '@/lib/random';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = process.env.RUNG_CORPUS ?? join(root, '..', 'shared', 'corpus');
export const FIT_DATA = ['kt/assistments09/train.tsv', 'kt/statics/train.tsv'];

/**
 * 300 trees of depth 4 (16 leaves) at rate 0.1, a leaf backed by the evidence of about 200 answers
 * (hessian 50). In kt-eval, 400 trees of depth 5 gained 0.001 AUC on ASSISTments 2009 and 0.008 on
 * Statics for 1.7 times the cost per prediction; 150 trees at rate 0.2 lost 0.001 on both and 0.003
 * on Spanish for half the cost; a stricter leaf (hessian 300) lost 0.001 / 0.003.
 */
export const TREE_OPTIONS = {
  trees: 300,
  depth: 4,
  rate: 0.1,
  lambda: 1,
  minHessian: 50,
  bins: 32,
  subsample: 0.5,
  digits: 6,
  seed: 1,
};

/**
 * Learners who do not learn: each answers right with one fixed probability on every concept, in
 * round-robin, random or blocked order. The public logs are of learners who learn, so on them a
 * run of right answers does mean a higher chance next time, and the trees learn that; these rows
 * (about a tenth of the fit) teach them that a run which is only luck at the learner's usual rate
 * is not evidence of mastery (the "one who answers 80% right does not" reach it).
 */
/** Stationary learners' answers added to the fit, as a share of the real ones. */
export const STATIONARY_SHARE = 0.1;

export function stationaryLearners(answers: number, seed = 2): KtRow[] {
  const random = seededRandom(seed);
  const rows: KtRow[] = [];
  for (let user = 0; rows.length < answers; user++) {
    const rate = 0.5 + 0.45 * random();
    const concepts = 1 + Math.floor(random() * 20);
    const length = 100 + Math.floor(random() * 300);
    const order = Math.floor(random() * 3);
    let concept = 0;
    for (let i = 0; i < length; i++) {
      if (order === 0) concept = i % concepts;
      else if (order === 1) concept = Math.floor(random() * concepts);
      else if (random() < 0.2) concept = Math.floor(random() * concepts);
      rows.push({ user, item: 0, skill: concept, correct: random() < rate, t: 0 });
    }
  }
  return rows;
}

function matrix(logs: KtRow[][]): { x: Float64Array; width: number; labels: Uint8Array } {
  let n = 0;
  for (const rows of logs) n += rows.length;
  const x = new Float64Array(n * FEATURE_COUNT);
  const labels = new Uint8Array(n);
  const f = new Float64Array(FEATURE_COUNT);
  let r = 0;
  for (const rows of logs) {
    for (const seq of byUser(rows)) {
      const state = new LearnerState();
      for (const row of seq) {
        x.set(state.features(String(row.skill), f), r * FEATURE_COUNT);
        labels[r++] = row.correct ? 1 : 0;
        state.observe(String(row.skill), row.correct);
      }
    }
  }
  return { x, width: FEATURE_COUNT, labels };
}

function logLoss(model: BoostedTrees, data: { x: Float64Array; width: number; labels: Uint8Array }): number {
  let loss = 0;
  const n = data.labels.length;
  for (let r = 0; r < n; r++) {
    const z = treesLogit(model, data.x.subarray(r * data.width, (r + 1) * data.width));
    const y = data.labels[r] ?? 0;
    loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y * z;
  }
  return loss / n;
}

function main(): void {
  if (!existsSync(join(corpus, 'kt'))) {
    process.stderr.write(`fit: corpus not found at ${corpus} (set RUNG_CORPUS)\n`);
    process.exit(1);
  }
  const logs = FIT_DATA.map((p) => parseKtTsv(readFileSync(join(corpus, p), 'utf8')));
  const real = logs.reduce((n, rows) => n + rows.length, 0);
  const data = matrix([...logs, stationaryLearners(Math.round(real * STATIONARY_SHARE))]);
  const started = Date.now();
  const model = fitBoostedTrees(data, {
    ...TREE_OPTIONS,
    onTree: (_m, done) => {
      if (done % 50 === 0)
        process.stderr.write(`${done} trees, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    },
  });
  process.stdout.write(
    `fitted ${model.trees.length} trees on ${data.labels.length} answers (${FEATURE_COUNT} features), ` +
      `log-loss ${logLoss(model, data).toFixed(5)}\n`,
  );
  if (!process.argv.includes('--write')) return;
  const body =
    '// Generated by `npx tsx scripts/fit/learner-model.ts --write` from the train splits of\n' +
    `// ${FIT_DATA.join(' and ')} in the shared corpus (${data.labels.length} answers). Do not edit.\n` +
    `// Features (lib/mastery/learner-state.ts): ${FEATURE_NAMES.join('; ')}.\n` +
    "import type { BoostedTrees } from '@/lib/mastery/boosted-trees';\n\n" +
    'export const LEARNER_TREES: BoostedTrees = {\n' +
    `  base: ${model.base},\n` +
    `  depth: ${model.depth},\n` +
    `  edges: ${JSON.stringify(model.edges)},\n` +
    '  trees: [\n' +
    model.trees.map((t) => `    ${JSON.stringify(t)},`).join('\n') +
    '\n  ],\n};\n';
  writeFileSync(join(root, 'lib/mastery/learner-weights.ts'), body);
  process.stdout.write('wrote lib/mastery/learner-weights.ts\n');
}

main();
