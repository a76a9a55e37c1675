// `npm run -s rung -- <command> [args]`: the command-line face of lib/. Each command is a module
// in scripts/cli/<command>.ts exporting `run(args: string[]): Promise<number>` (the exit code).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  if (!command || command === '--help' || command === 'help') {
    process.stdout.write('usage: rung <extract|kt-eval|kp-score|...> [options]\n');
    return command ? 0 : 2;
  }
  if (!/^[a-z][a-z0-9-]*$/.test(command) || !existsSync(join(here, 'cli', `${command}.ts`))) {
    process.stderr.write(`rung: unknown command "${command}"\n`);
    return 2;
  }
  const mod = (await import(`./cli/${command}.ts`)) as { run: (args: string[]) => Promise<number> };
  return mod.run(args);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`rung: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
