import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/browser/i18n';
import type { FeedbackReply, QuizView } from '@/lib/protocol';
import { labelGivesAnswer } from '@/lib/quiz/label-gives-answer';
import { OrderingInput } from './ordering-input';

interface Props {
  quiz: QuizView;
  feedback: FeedbackReply | null;
  busy: boolean;
  dir?: 'ltr' | 'rtl';
  onCheck: (answer: string) => void;
  onNext: () => void;
  onShowSource: (text: string) => void;
}

/** One question at a time; feedback right after "Check answer". Works by keyboard alone. */
export function QuizPanel({ quiz, feedback, busy, dir, onCheck, onNext, onShowSource }: Props) {
  const [answer, setAnswer] = useState('');
  // Which question `answer` belongs to: until it is reset, a new ordering question shows its own
  // steps, so the control focused below is the one that stays on screen.
  const [answerFor, setAnswerFor] = useState<string | undefined>(undefined);
  const nextRef = useRef<HTMLButtonElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const firstStepRef = useRef<HTMLButtonElement>(null);
  const q = quiz.question;

  // The answer is reset and focus moves before the browser paints (a layout effect), together: a
  // keyboard user's first key press after the question appears lands on its first control, and no
  // later reset can wipe the choice it made.
  useLayoutEffect(() => {
    setAnswer(q?.type === 'ordering' ? (q.choices ?? []).join('\n') : '');
    setAnswerFor(q?.id);
    if (!feedback) (firstRef.current ?? firstStepRef.current)?.focus();
  }, [q?.id, feedback === null]);
  useLayoutEffect(() => {
    if (feedback) nextRef.current?.focus();
  }, [feedback]);

  const pct = Math.round(quiz.progress * 100);
  return (
    <section class="quiz" aria-labelledby="quiz-heading">
      <div
        class="progress"
        role="progressbar"
        aria-label={t('quizProgress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
      >
        <div class="progress-fill" style={{ width: `${pct}%` }} />
      </div>
      {q && !feedback && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (answer.trim() && !busy) onCheck(answer);
          }}
        >
          <h2 id="quiz-heading">
            {t('questionN', quiz.answered + 1)}
            {/* Not beside a blank or "which word…" of a page quiz: the label would be the answer (a
                quiz on one concept names it anyway: the learner chose it). */}
            {(quiz.conceptKey !== undefined || !labelGivesAnswer(q.type)) && (
              <span class="muted"> · {q.conceptLabel}</span>
            )}
          </h2>
          {q.type === 'ordering' && q.choices ? (
            <>
              <p class="prompt" dir={dir ?? 'auto'}>
                {q.prompt}
              </p>
              <OrderingInput
                steps={answerFor === q.id ? answer.split('\n') : q.choices}
                dir={dir}
                onChange={(steps) => setAnswer(steps.join('\n'))}
                firstRef={firstStepRef}
              />
            </>
          ) : q.choices && q.choices.length > 0 ? (
            <fieldset>
              <legend class="prompt" dir={dir ?? 'auto'}>
                {q.prompt}
              </legend>
              {q.choices.map((choice, i) => (
                <label key={choice} class="choice" dir={dir ?? 'auto'}>
                  <input
                    ref={i === 0 ? firstRef : undefined}
                    type="radio"
                    name="answer"
                    value={choice}
                    checked={answer === choice}
                    onChange={() => setAnswer(choice)}
                  />
                  <span>{choice}</span>
                </label>
              ))}
            </fieldset>
          ) : (
            <>
              <p class="prompt" dir={dir ?? 'auto'}>
                {q.prompt}
              </p>
              <label class="typed">
                {t('yourAnswer')}
                <input
                  ref={firstRef}
                  type="text"
                  dir="auto"
                  autocomplete="off"
                  value={answer}
                  onInput={(e) => setAnswer((e.target as HTMLInputElement).value)}
                />
              </label>
            </>
          )}
          <button type="submit" class="primary" disabled={!answer.trim() || busy}>
            {t('checkAnswer')}
          </button>
        </form>
      )}
      {feedback && (
        <div class={`feedback ${feedback.correct ? 'right' : 'wrong'}`}>
          <div role="status">
            <h2 id="quiz-heading">
              <span aria-hidden="true">{feedback.correct ? '✓ ' : '✗ '}</span>
              {feedback.correct
                ? t('correct')
                : feedback.wrongForm
                  ? t('wrongForm', feedback.expected)
                  : t('notQuite')}
            </h2>
            {/* The wrong-form verdict already names the form the page uses. */}
            {!feedback.wrongForm && (
              <p>
                <strong>{t('answerWas', feedback.expected)}</strong>
              </p>
            )}
          </div>
          <figure>
            <figcaption class="muted">{t('fromThePage')}</figcaption>
            <blockquote dir={dir ?? 'auto'}>{feedback.source}</blockquote>
          </figure>
          <div class="row">
            <button type="button" class="link" onClick={() => onShowSource(feedback.source)}>
              {t('showInPage')}
            </button>
            {!quiz.finished && (
              <button type="button" ref={nextRef} class="primary" onClick={onNext}>
                {t('nextQuestion')}
              </button>
            )}
          </div>
          {quiz.finished && (
            <p role="status">
              {quiz.testOut
                ? quiz.testOut.passed
                  ? t('testOutPassed', quiz.testOut.mastered)
                  : t('testOutFailed')
                : t('quizComplete')}
            </p>
          )}
        </div>
      )}
      {!q && !feedback && quiz.finished && <p role="status">{t('quizComplete')}</p>}
    </section>
  );
}
