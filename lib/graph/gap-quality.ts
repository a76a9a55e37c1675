/**
 * How good a concept is to name as a gap, from its key alone (the graph knows no more): a
 * documented API item or a phrase of several words says what to practise; a single common word
 * ("objects", "value") cut from a sentence rarely does.
 */
export function gapQuality(key: string): number {
  const [kind, , ...rest] = key.split(':');
  if (kind === 'api') return 1;
  const words = rest.join(':').split(' ').filter(Boolean).length;
  if (kind === 'vocab') return 0.8;
  return words >= 2 ? 0.8 : 0.6;
}
