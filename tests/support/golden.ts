import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expect } from 'vitest';
import { projectRoot } from './corpus';

/**
 * Compares `actual` with a reviewed golden file. The file is written only on request
 * (`UPDATE_GOLDEN=1`): a missing golden file fails with the command that creates it, so a first
 * run can never pass by writing down whatever the code produced.
 */
export function expectGolden(file: string, actual: unknown, env: NodeJS.ProcessEnv = process.env): void {
  const shown = relative(projectRoot, file);
  if (env.UPDATE_GOLDEN === '1') {
    writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
  } else if (!existsSync(file)) {
    throw new Error(
      `Golden file ${shown} is missing. Review the output, then create it with ` +
        `UPDATE_GOLDEN=1 npx vitest run <this test file> and check it in.`,
    );
  }
  expect(actual, `differs from ${shown} (rewrite with UPDATE_GOLDEN=1 once reviewed)`).toEqual(
    JSON.parse(readFileSync(file, 'utf8')),
  );
}
