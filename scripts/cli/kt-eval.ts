// `rung kt-eval --train <train.tsv> --test <test.tsv> [--json]`: fits the knowledge-tracing model
// on the train log, replays the test log learner by learner (each response predicted before it is
// seen) and prints {"auc","rmse","n"}. `--online --test <file>` instead scores a single log
// prequentially (the model learns as it goes), for logs with no train split such as spanish.
import { readFileSync } from 'node:fs';
import { fitKt, onlineKt, replayKt } from '@/lib/mastery/kt/evaluate-kt';
import { parseKtTsv } from '@/lib/mastery/kt/kt-rows';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function run(args: string[]): Promise<number> {
  const train = option(args, '--train');
  const test = option(args, '--test');
  const online = args.includes('--online');
  if (!test || (!train && !online)) {
    process.stderr.write(
      'usage: rung kt-eval --train <train.tsv> --test <test.tsv> [--json] | --online --test <file>\n',
    );
    return 2;
  }
  let testRows: ReturnType<typeof parseKtTsv>;
  try {
    testRows = parseKtTsv(readFileSync(test, 'utf8'));
  } catch (error) {
    process.stderr.write(
      `kt-eval: cannot read ${test}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  let result: { auc: number; rmse: number; n: number };
  if (online) result = onlineKt(testRows);
  else {
    let trainRows: ReturnType<typeof parseKtTsv>;
    try {
      trainRows = parseKtTsv(readFileSync(train ?? '', 'utf8'));
    } catch (error) {
      process.stderr.write(
        `kt-eval: cannot read ${train}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 1;
    }
    result = replayKt(fitKt(trainRows), testRows);
  }
  process.stdout.write(`${JSON.stringify({ auc: result.auc, rmse: result.rmse, n: result.n })}\n`);
  return 0;
}
