import type { HoleDiagnosis } from '@/lib/mastery/hole-diagnosis';
export type QuestionType =
  | 'cloze'
  | 'multiple-choice'
  | 'typed'
  | 'true-false'
  | 'ordering'
  | 'api-which-function'
  | 'api-signature'
  | 'vocab-meaning'
  | 'vocab-recognise'
  | 'vocab-recall'
  | 'vocab-gloss'
  | 'vocab-word';

export interface Question {
  id: string;
  conceptKey: string;
  type: QuestionType;
  /** Plain text; never rendered as HTML. A blank is written as "_____". */
  prompt: string;
  /** For choice questions; the learner's answer is one of these. */
  choices?: string[];
  answer: string;
  /** Other answers accepted by the forgiving grader. */
  accepted?: string[];
  /** The passage the question was built from, quoted in feedback. */
  source: string;
  pageUrl?: string;
  explanation?: string;
  generatedBy: 'offline' | 'llm';
}

export interface AnsweredQuestion {
  questionId: string;
  attemptId: string;
  correct: boolean;
  answer: string;
}

/** A quiz in progress, persisted so a killed service worker or a closed popup resumes it. */
export interface QuizSession {
  id: string;
  pageUrl: string;
  createdAt: number;
  updatedAt: number;
  questions: Question[];
  answered: AnsweredQuestion[];
  /** The question on screen: a resumed quiz shows the same one again. */
  currentQuestionId?: string;
  /** Set for a quiz on one concept (from the map's "Quiz me on this" or a gap's "Practise"). */
  conceptKey?: string;
  /** 'test-out': one question per concept, asked once each; passing masters them all. */
  mode?: 'practice' | 'test-out' | 'review';
  /** Concepts a passed test-out marked mastered. */
  testedOut?: string[];
  /** The search for the hole behind the last wrong answer, while it runs and after it concluded. */
  diagnosis?: HoleDiagnosis;
  finishedAt?: number;
}
