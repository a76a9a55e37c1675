// Learner-facing wording of the generated questions. lib/ cannot reach browser.i18n, so the
// background passes the UI language in and the strings live here, in the languages the UI ships.

export type UiLang = 'en' | 'es';

export interface PromptText {
  typed: (blanked: string) => string;
  completeStatement: (partial: string) => string;
  trueFalse: (statement: string) => string;
  trueLabel: string;
  falseLabel: string;
  ordering: string;
  whichFunction: (summary: string) => string;
  signature: (blanked: string) => string;
  vocabMeaning: (word: string, sentence: string) => string;
  /** Word → meaning, out of context. */
  vocabGloss: (word: string) => string;
  /** Meaning → word. */
  vocabWord: (meaning: string) => string;
  /** A blank in a sentence, typed; with the word's meaning beside it when a dictionary gives one. */
  vocabRecall: (blanked: string, meaning?: string) => string;
  falseBecause: (real: string, swapped: string) => string;
}

const TEXT: Record<UiLang, PromptText> = {
  en: {
    typed: (s) => `Type the missing term: ${s}`,
    completeStatement: (s) => `Complete what the page says: ${s}`,
    trueFalse: (s) => `True or false? ${s}`,
    trueLabel: 'True',
    falseLabel: 'False',
    ordering: 'Put these steps in the order the page gives them.',
    whichFunction: (s) => `Which one does this? ${s}`,
    signature: (s) => `Complete the signature: ${s}`,
    vocabMeaning: (w, s) => `What does “${w}” mean here? ${s}`,
    vocabGloss: (w) => `What does “${w}” mean?`,
    vocabWord: (m) => `Which word means “${m}”?`,
    vocabRecall: (s, m) => `Which word fills the blank${m ? ` (“${m}”)` : ''}? ${s}`,
    falseBecause: (real, swapped) => `The page says this about “${real}”, not “${swapped}”.`,
  },
  es: {
    typed: (s) => `Escribe el término que falta: ${s}`,
    completeStatement: (s) => `Completa lo que dice la página: ${s}`,
    trueFalse: (s) => `¿Verdadero o falso? ${s}`,
    trueLabel: 'Verdadero',
    falseLabel: 'Falso',
    ordering: 'Ordena estos pasos como los da la página.',
    whichFunction: (s) => `¿Cuál hace esto? ${s}`,
    signature: (s) => `Completa la firma: ${s}`,
    vocabMeaning: (w, s) => `¿Qué significa «${w}» aquí? ${s}`,
    vocabGloss: (w) => `¿Qué significa «${w}»?`,
    vocabWord: (m) => `¿Qué palabra significa «${m}»?`,
    vocabRecall: (s, m) => `¿Qué palabra va en el hueco${m ? ` («${m}»)` : ''}? ${s}`,
    falseBecause: (real, swapped) => `La página dice esto de «${real}», no de «${swapped}».`,
  },
};

/** Strings for a UI language tag ("es-MX" → Spanish); anything unknown falls back to English. */
export function promptText(lang = 'en'): PromptText {
  const base = lang.toLowerCase().split(/[-_]/)[0];
  return base === 'es' ? TEXT.es : TEXT.en;
}
