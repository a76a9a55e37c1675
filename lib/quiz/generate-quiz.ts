import type { Occurrence, StoredConcept, StoredPage } from '@/lib/types';
import type { Question } from './types';

export interface QuizInput {
  page: StoredPage;
  /** The page's concepts, most important first. */
  concepts: StoredConcept[];
  occurrences: Occurrence[];
  /** Deterministic random source in [0, 1). */
  random: () => number;
  count?: number;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** First offline quiz: a cloze per concept from the sentence it appears in, answered by choice. */
export function generateQuiz(input: QuizInput): Question[] {
  const { page, concepts, occurrences, random } = input;
  const count = input.count ?? 6;
  const sentenceFor = new Map(occurrences.map((o) => [o.conceptKey, o.sentence]));
  const questions: Question[] = [];
  for (const concept of concepts) {
    if (questions.length >= count) break;
    const source = concept.definition ?? sentenceFor.get(concept.key);
    if (!source || !source.includes(concept.label)) continue;
    const prompt = source.replace(new RegExp(escapeRegExp(concept.label), 'g'), '_____');
    const distractors = shuffle(
      concepts.filter((c) => c.key !== concept.key && c.kind === concept.kind && !source.includes(c.label)),
      random,
    )
      .slice(0, 3)
      .map((c) => c.label);
    if (distractors.length < 1) continue;
    questions.push({
      id: `${page.url}#${concept.key}#cloze`,
      conceptKey: concept.key,
      type: 'cloze',
      prompt,
      choices: shuffle([concept.label, ...distractors], random),
      answer: concept.label,
      source,
      pageUrl: page.url,
      generatedBy: 'offline',
    });
  }
  return questions;
}
