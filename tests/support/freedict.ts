import { existsSync } from 'node:fs';
import { FREEDICT_DIR, freedictToYomitan } from '@/scripts/dict/freedict-to-yomitan';

// Debian's dict-freedict-* packages, turned into Yomitan zips by the project's own build script.
// Tests that need them skip with this message when a package is not installed.
export const hasFreedict = (name: string): boolean => existsSync(`${FREEDICT_DIR}/freedict-${name}.index`);

export const FREEDICT_MISSING = (name: string) =>
  `FreeDict ${name} not found in ${FREEDICT_DIR} (apt install dict-freedict-${name}): dictionary tests skipped`;

const built = new Map<string, Uint8Array>();

export function freedictZip(name: string, max?: number): Uint8Array {
  const key = `${name}:${max ?? ''}`;
  let zip = built.get(key);
  if (!zip) {
    zip = freedictToYomitan(name, { max });
    built.set(key, zip);
  }
  return zip;
}
