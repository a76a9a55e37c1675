import { conceptForms, mentionOptions } from '@/lib/quiz/concept-forms';
import { findMentions } from '@/lib/quiz/find-mentions';
import { segmentWords } from '@/lib/text/segment-words';
import type { StoredConcept } from '@/lib/types';

/** The words right before and after a span, lower-cased; "" where punctuation or the text's edge is. */
export interface Slot {
  left: string;
  right: string;
}

/**
 * The words that stand right beside `text[start, end)`, with nothing but spaces between (in
 * scripts without spaces, the neighbouring words the segmenter finds).
 */
export function slotAround(text: string, start: number, end: number, lang: string): Slot {
  const words = segmentWords(text, lang);
  let left = '';
  let right = '';
  for (const w of words) {
    if (w.end <= start && /^\s*$/u.test(text.slice(w.end, start))) left = w.text.toLowerCase();
    if (w.start >= end && !right && /^\s*$/u.test(text.slice(end, w.start))) right = w.text.toLowerCase();
  }
  return { left, right };
}

/** Which of the blank's neighbours the page writes `other` beside somewhere. */
export interface SlotSeen {
  left: boolean;
  right: boolean;
}

/**
 * Where the page puts `other` in the same slot as the blank: right after the same word (`left`),
 * or right before it (`right`). "的_____越高" takes what the page writes after 的; "a _____
 * gerada" what it writes after "a". Neighbours that are blanks or edges count for nothing.
 */
export function slotSeen(
  other: StoredConcept,
  slot: Slot,
  sentences: readonly string[],
  limit = 400,
): SlotSeen {
  const seen = { left: false, right: false };
  if (!slot.left && !slot.right) return seen;
  const forms = conceptForms(other);
  const options = mentionOptions(other);
  const lowered = forms.map((f) => f.toLowerCase());
  for (const s of sentences.slice(0, limit)) {
    const low = s.toLowerCase();
    if (!lowered.some((f) => low.includes(f.slice(0, Math.max(2, f.length - 2))))) continue;
    for (const m of findMentions(s, forms, options)) {
      const here = slotAround(s, m.start, m.end, other.lang);
      if (slot.left && here.left === slot.left) seen.left = true;
      if (slot.right && here.right === slot.right) seen.right = true;
    }
    if ((seen.left || !slot.left) && (seen.right || !slot.right)) break;
  }
  return seen;
}
