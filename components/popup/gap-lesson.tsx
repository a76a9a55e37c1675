import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/browser/i18n';
import { GAP_LESSON_PORT, type GapLessonEvent } from '@/lib/messaging/gap-lesson-port';

interface Props {
  /** The page the popup is about. */
  url: string;
  conceptKey: string;
  label: string;
}

type Port = ReturnType<typeof browser.runtime.connect>;

/**
 * "Explain this gap": a short lesson streamed from the background over a port. Closing the popup
 * (or pressing Stop) disconnects the port, and the background aborts the model's request.
 */
export function GapLesson({ url, conceptKey, label }: Props) {
  const [text, setText] = useState('');
  const [state, setState] = useState<'idle' | 'streaming' | 'done'>('idle');
  const [message, setMessage] = useState('');
  const port = useRef<Port | null>(null);

  const stop = () => {
    port.current?.disconnect();
    port.current = null;
  };
  useEffect(() => stop, []);

  const start = () => {
    stop();
    setText('');
    setMessage('');
    setState('streaming');
    const p = browser.runtime.connect({ name: GAP_LESSON_PORT });
    port.current = p;
    p.onMessage.addListener((event: GapLessonEvent) => {
      if (event.type === 'text') setText((s) => s + event.delta);
      else {
        // `done` carries the whole lesson: the offline one replaces a stream that broke off.
        if (event.type === 'done') setText(event.text);
        setMessage(event.message);
        setState('done');
        stop();
      }
    });
    p.onDisconnect.addListener(() => setState((s) => (s === 'streaming' ? 'done' : s)));
    p.postMessage({ url, conceptKey });
  };

  const id = `lesson-${conceptKey.replace(/[^\w-]/g, '_')}`;
  return (
    <div class="gap-lesson">
      {state === 'streaming' ? (
        <button
          type="button"
          class="small"
          onClick={() => {
            stop();
            setState('done');
          }}
        >
          {t('gapLessonStop')}
        </button>
      ) : (
        <button
          type="button"
          class="small"
          onClick={start}
          aria-label={`${t('explainGap')}: ${label}`}
          aria-controls={id}
        >
          {t('explainGap')}
        </button>
      )}
      {state !== 'idle' && (
        <section
          id={id}
          class="lesson"
          aria-label={t('gapLessonFor', label)}
          aria-live="polite"
          aria-busy={state === 'streaming'}
        >
          <p dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
            {text || (state === 'streaming' ? t('gapLessonWriting') : '')}
          </p>
          {message && <p class="muted">{message}</p>}
        </section>
      )}
    </div>
  );
}
