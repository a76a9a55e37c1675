import { render } from 'preact';
import { MapApp } from '@/components/map/map-app';
import '@/components/map/map.css';
import { applyTheme } from '@/lib/browser/theme';
import { RungDatabase } from '@/lib/db/schema';

// Extension pages share the extension's origin, so the map opens the learner's database directly.
void applyTheme();
const db = new RungDatabase();
render(
  <MapApp db={db} onFirstPaint={() => performance.mark('rung-map-first-paint')} />,
  document.getElementById('app')!,
);
