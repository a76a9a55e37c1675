// Knowledge-tracing benchmark: the extension's learner model (`kt-eval --model product`: the model
// that decides mastery, replayed per learner, nothing fitted on the log) beside the population
// research model (`--model population`, item and skill statistics), with AUC, calibration (ECE)
// and how the "mastered" calls turned out, next to the published baselines (Gervet et al. 2020, as
// listed in ../shared/corpus/README.md); and the time of one update after an answer.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fitKt, onlineKt, replayKt } from '@/lib/mastery/kt/evaluate-kt';
import { parseKtTsv } from '@/lib/mastery/kt/kt-rows';
import { replayProduct } from '@/lib/mastery/kt/replay-product';
import { predictNext } from '@/lib/mastery/learner-model';
import { LearnerState } from '@/lib/mastery/learner-state';
import { type KtEvalResult, scorePredictions } from '../cli/kt-eval';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = process.env.RUNG_CORPUS ?? join(projectRoot, '..', 'shared', 'corpus');

const BASELINES: Record<string, Record<string, number>> = {
  assistments09: { IRT: 0.69, PFA: 0.72, 'Best-LR': 0.77, DKT: 0.75, SAKT: 0.75 },
  statics: { IRT: 0.79, PFA: 0.69, 'Best-LR': 0.82, DKT: 0.83, SAKT: 0.81 },
  // Published after training on a train split that the corpus lacks.
  spanish: { IRT: 0.68, PFA: 0.85, 'Best-LR': 0.86, DKT: 0.83, SAKT: 0.83 },
};

const load = (ds: string, split: string) =>
  parseKtTsv(readFileSync(join(corpus, 'kt', ds, `${split}.tsv`), 'utf8'));

export async function run(): Promise<void> {
  if (!existsSync(join(corpus, 'kt'))) {
    process.stdout.write(`kt: corpus not found at ${corpus} (set RUNG_CORPUS); skipped\n`);
    return;
  }
  const lines: string[] = [];
  for (const ds of ['assistments09', 'statics', 'spanish']) {
    const test = load(ds, 'test');
    const product = replayProduct(test);
    lines.push(
      row(ds, 'product', scorePredictions(product.preds, product.labels), 'nothing fitted on this log'),
    );
    if (ds === 'spanish') {
      const online = onlineKt(test);
      lines.push(row(ds, 'population', scorePredictions(online.preds, online.labels), 'online, one pass'));
    } else {
      const t0 = performance.now();
      const fit = fitKt(load(ds, 'train'));
      const seconds = (performance.now() - t0) / 1000;
      const replay = replayKt(fit, test);
      lines.push(
        row(ds, 'population', scorePredictions(replay.preds, replay.labels), `fit ${seconds.toFixed(1)} s`),
      );
    }
  }
  process.stdout.write(
    '| dataset | model | AUC | ECE | RMSE | n | mastered calls: n, predicted, observed | IRT | PFA | Best-LR | DKT | SAKT | notes |\n' +
      `| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n${lines.join('\n')}\n`,
  );
  // One update as the extension pays it: observe the answer, predict the next one.
  const state = new LearnerState();
  const n = 100_000;
  const t2 = performance.now();
  for (let i = 0; i < n; i++) {
    state.observe(`c${i % 50}`, i % 3 !== 0);
    predictNext(state, `c${(i + 1) % 50}`);
  }
  const us = ((performance.now() - t2) * 1000) / n;
  process.stdout.write(`one learner-model update (observe answer + predict next): ${us.toFixed(2)} µs\n`);
}

function row(ds: string, model: string, s: KtEvalResult, note: string): string {
  const b = BASELINES[ds] ?? {};
  const names = ['IRT', 'PFA', 'Best-LR', 'DKT', 'SAKT'];
  const m = s.mastered;
  return `| ${ds} | ${model} | ${s.auc.toFixed(4)} | ${s.ece.toFixed(4)} | ${s.rmse.toFixed(4)} | ${s.n} | ${m.calls}, ${m.predicted.toFixed(3)}, ${m.observed.toFixed(3)} | ${names.map((k) => (b[k] ?? 0).toFixed(2)).join(' | ')} | ${note} |`;
}
