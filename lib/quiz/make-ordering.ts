import { conceptForms, mentionOptions } from '@/lib/quiz/concept-forms';
import { findMentions } from '@/lib/quiz/find-mentions';
import type { PromptText } from '@/lib/quiz/prompt-text';
import { shuffle } from '@/lib/quiz/shuffle';
import type { Question } from '@/lib/quiz/types';
import { letterCount } from '@/lib/quiz/usable-passage';
import type { StoredConcept, StoredPage } from '@/lib/types';

// A numbered step: "1. Install…", "Step 2: …", "Paso 3 - …", "第一步：…", "②…".
const STEP =
  /^\s*(?:(?:step|paso|étape|etapa|schritt|passo)\s*(\d{1,2})\s*[:.)\-–—]?\s*|(\d{1,2})(?:[.)．]\s+|[、：:]\s*)|第\s*(\d{1,2}|[一二三四五六七八九十])\s*[步歩]\s*[:：、.]?\s*|([\u2460-\u2473])\s*)(.+)$/iu;
const HAN_DIGITS = '一二三四五六七八九十';
const MAX_GAP = 3;

interface Step {
  n: number;
  text: string;
  raw: string;
}

function parseStep(raw: string): Step | null {
  const m = STEP.exec(raw);
  if (!m) return null;
  const [, word, plain, han, circled, text] = m;
  let n: number;
  if (word ?? plain) n = Number(word ?? plain);
  else if (han) n = /\d/.test(han) ? Number(han) : HAN_DIGITS.indexOf(han) + 1;
  else n = circled!.codePointAt(0)! - 0x245f;
  const t = text!.trim();
  const letters = letterCount(t);
  if (letters < 3 || Array.from(t).length > 200) return null;
  return { n, text: t, raw: raw.trim() };
}

/** Runs of items numbered 1, 2, 3… (a few unnumbered items may sit between steps). */
export function findProcedures(items: readonly string[]): Step[][] {
  const runs: Step[][] = [];
  let run: Step[] = [];
  let gap = 0;
  const close = () => {
    if (run.length >= 3) runs.push(run);
    run = [];
  };
  for (const item of items) {
    const step = parseStep(item);
    if (step && run.length > 0 && step.n === run.at(-1)!.n + 1) {
      run.push(step);
      gap = 0;
    } else if (step && step.n === 1) {
      close();
      run = [step];
      gap = 0;
    } else if (run.length > 0 && ++gap > MAX_GAP) {
      close();
      gap = 0;
    }
  }
  close();
  return runs;
}

/** Ordering questions from the page's numbered procedures, each tied to a concept its steps mention. */
export function makeOrdering(
  page: StoredPage,
  concepts: readonly StoredConcept[],
  text: PromptText,
  random: () => number,
): Question[] {
  const out: Question[] = [];
  const runs = [...findProcedures(page.headings.map((h) => h.text)), ...findProcedures(page.sentences)];
  runs.forEach((run, index) => {
    const steps = run.slice(0, 6);
    const texts = steps.map((s) => s.text);
    if (new Set(texts).size !== texts.length) return;
    const source = steps.map((s) => s.raw).join(' ');
    const concept = concepts.find((c) => findMentions(source, conceptForms(c), mentionOptions(c)).length > 0);
    if (!concept) return;
    let choices = shuffle(texts, random);
    // A shuffle that happens to keep the page's order would be a question answered by doing nothing.
    if (choices.join('\n') === texts.join('\n')) choices = [...texts.slice(1), texts[0]!];
    out.push({
      id: `${page.url}#${concept.key}#ordering-${index}`,
      conceptKey: concept.key,
      type: 'ordering',
      prompt: text.ordering,
      choices,
      answer: texts.join('\n'),
      source,
      pageUrl: page.url,
      generatedBy: 'offline',
    });
  });
  return out;
}
