import { dominantScript } from '@/lib/quiz/script-class';

/**
 * What kind of thing an option is, as a learner would see at a glance: a call (`listen(port)`),
 * an event or string (`'listening'`), a qualified member (`server.close`), a bare identifier
 * (`net`), a word or phrase (script, capitalisation, number of words), or a clause. Options of a
 * question must all have one shape, or the odd one out gives the answer away (or is absurd).
 */
export function optionShape(option: string): string {
  const s = option.trim();
  if (/^['"`‘“].*['"`’”]$/.test(s)) return 'quoted';
  if (/^[\p{L}_$][\p{L}\p{N}_$.:]*\s*[(<[]/u.test(s) && /[)>\]]$/.test(s)) return 'call';
  if (/^[\p{L}_$][\p{L}\p{N}_$]*(?:(?:\.|::|#)[\p{L}_$][\p{L}\p{N}_$]*)+$/u.test(s)) return 'member';
  if (/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(s) && /[_$\p{N}]|\p{Ll}\p{Lu}/u.test(s)) return 'identifier';
  const words = s.split(/\s+/).length;
  if (words > 6 || /[.;:!?。]$/.test(s)) return 'clause';
  const script = dominantScript(s);
  const capital = /^\p{Lu}/u.test(s) ? 'Cap' : 'low';
  return `${script}:${capital}:${words === 1 ? 'one' : 'several'}`;
}
