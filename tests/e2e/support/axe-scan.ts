import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

let source: string | null = null;

/** axe-core's browser bundle, read once from node_modules. */
function axeSource(): string {
  source ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

/**
 * Runs axe-core on a page and returns every violation. The script goes in through the DevTools
 * protocol (page.evaluate), not a <script> tag: extension pages' CSP forbids inline scripts.
 */
export async function axeScan(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource());
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is a global the bundle just defined, without types here.
    const axe = (globalThis as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return (
      result.violations as {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[] }[];
      }[]
    ).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
    }));
  });
}

/** Serious and critical violations (the ones that fail), after printing everything axe found. */
export function severe(where: string, violations: AxeViolation[]): AxeViolation[] {
  for (const v of violations)
    console.log(`axe ${where}: [${v.impact}] ${v.id}: ${v.help} ${v.targets.join(' ')}`);
  if (violations.length === 0) console.log(`axe ${where}: no violations`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
