import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './support/corpus';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (lang: string): Messages =>
  JSON.parse(readFileSync(join(projectRoot, 'public/_locales', lang, 'messages.json'), 'utf8'));

describe('UI translations', () => {
  const en = read('en');
  const es = read('es');

  it('Spanish has every English string (a missing one shows its key, or English, to a Spanish learner)', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s keeps the same placeholders in Spanish', (key) => {
    const names = (m: Messages[string] | undefined) => Object.keys(m?.placeholders ?? {}).sort();
    expect(names(es[key])).toEqual(names(en[key]));
    for (const name of names(en[key])) {
      expect(es[key]?.message.toLowerCase()).toContain(`$${name}$`);
    }
  });
});
