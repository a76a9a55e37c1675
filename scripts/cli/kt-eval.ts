// `rung kt-eval [--train <train.tsv>] --test <test.tsv> [--model product|population] [--json]`
// prints {"auc","rmse","n","ece","mastered":{"calls","predicted","observed"}}.
// `product` (the default) replays the test log through exactly the extension's learner model, per
// learner, each answer predicted before it is seen; it fits nothing (--train is ignored).
// `population` is the research model (item and skill statistics): fitted on --train, or, with no
// train log, learned online in one pass over the test log.
import { readFileSync } from 'node:fs';
import { DEFAULT_CRITERION } from '@/lib/mastery/derive-mastery';
import { expectedCalibrationError, masteredCalls } from '@/lib/mastery/kt/calibration';
import { fitKt, onlineKt, replayKt } from '@/lib/mastery/kt/evaluate-kt';
import { type KtRow, parseKtTsv } from '@/lib/mastery/kt/kt-rows';
import { replayProduct } from '@/lib/mastery/kt/replay-product';
import { rmse, rocAuc } from '@/lib/mastery/kt/roc-auc';

const USAGE =
  'usage: rung kt-eval [--train <train.tsv>] --test <test.tsv> [--model product|population] [--json]\n';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function read(path: string): KtRow[] | string {
  try {
    return parseKtTsv(readFileSync(path, 'utf8'));
  } catch (error) {
    return `kt-eval: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}\n`;
  }
}

export interface KtEvalResult {
  auc: number;
  rmse: number;
  n: number;
  ece: number;
  mastered: { calls: number; predicted: number; observed: number };
}

/** Scores predictions made before each answer. */
export function scorePredictions(preds: number[], labels: number[]): KtEvalResult {
  return {
    auc: rocAuc(preds, labels),
    rmse: rmse(preds, labels),
    n: preds.length,
    ece: expectedCalibrationError(preds, labels),
    mastered: masteredCalls(preds, labels, DEFAULT_CRITERION.pCorrect),
  };
}

export async function run(args: string[]): Promise<number> {
  const train = option(args, '--train');
  const test = option(args, '--test');
  const model = option(args, '--model') ?? 'product';
  if (!test || (model !== 'product' && model !== 'population')) {
    process.stderr.write(USAGE);
    return 2;
  }
  const testRows = read(test);
  if (typeof testRows === 'string') {
    process.stderr.write(testRows);
    return 1;
  }
  let preds: number[];
  let labels: number[];
  if (model === 'product') ({ preds, labels } = replayProduct(testRows));
  else if (!train || args.includes('--online')) ({ preds, labels } = onlineKt(testRows));
  else {
    const trainRows = read(train);
    if (typeof trainRows === 'string') {
      process.stderr.write(trainRows);
      return 1;
    }
    ({ preds, labels } = replayKt(fitKt(trainRows), testRows));
  }
  process.stdout.write(`${JSON.stringify(scorePredictions(preds, labels))}\n`);
  return 0;
}
