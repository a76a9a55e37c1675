import type { LlmLogEntry } from '@/lib/types';

interface Props {
  /** Newest first. */
  entries: LlmLogEntry[];
  onClear: () => void | Promise<void>;
}

/** "What was sent": every request to the model, with the exact text, viewable and clearable. */
export function LlmLog({ entries, onClear }: Props) {
  return (
    <section aria-labelledby="llm-log-heading" class="card">
      <h2 id="llm-log-heading">What was sent</h2>
      {entries.length === 0 ? (
        <p class="muted">Nothing has been sent to a language model.</p>
      ) : (
        <table class="sites">
          <caption class="visually-hidden">Requests sent to the language model, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">For</th>
              <th scope="col">Where</th>
              <th scope="col">Result</th>
              <th scope="col">Text sent</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={e.id ?? i}>
                <td>{new Date(e.at).toLocaleString()}</td>
                <td>{e.feature}</td>
                <td>
                  {e.model} at {e.endpoint}
                  {e.pageUrl ? <div class="muted">from {e.pageUrl}</div> : null}
                </td>
                <td>
                  {e.ok ? 'OK' : `Failed: ${e.error ?? 'unknown error'}`}
                  {e.promptTokens !== undefined ? (
                    <div class="muted">{(e.promptTokens ?? 0) + (e.completionTokens ?? 0)} tokens</div>
                  ) : null}
                </td>
                <td>
                  <details>
                    <summary>{e.sent.length.toLocaleString()} characters</summary>
                    <pre style={{ whiteSpace: 'pre-wrap' }}>{e.sent}</pre>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={() => void onClear()} disabled={entries.length === 0}>
        Clear log
      </button>
    </section>
  );
}
