// Fails CI when web-ext lint reports errors, or warnings not explained in README.md
// ("web-ext lint warnings" section lists each accepted warning code with its reason).
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const errors = report.errors ?? [];
const warnings = report.warnings ?? [];
const unexplained = warnings.filter((w) => !readme.includes(`\`${w.code}\``));
for (const e of errors) console.log(`error   ${e.code}: ${e.message} (${e.file ?? ''})`);
for (const w of warnings) {
  const ok = !unexplained.includes(w);
  console.log(`warning ${w.code}: ${w.message} (${w.file ?? ''})${ok ? ' [explained in README]' : ''}`);
}
console.log(
  `web-ext lint: ${errors.length} errors, ${warnings.length} warnings (${unexplained.length} unexplained)`,
);
process.exit(errors.length > 0 || unexplained.length > 0 ? 1 : 0);
