import { render } from 'preact';

// The baseline for scripts/bench/popup.bench.ts: the cheapest Preact extension page there is, so
// the popup's own cost shows as the difference (and ratio) measured in the same browser run.
function Empty() {
  return <p>ready</p>;
}

render(<Empty />, document.getElementById('app')!);
