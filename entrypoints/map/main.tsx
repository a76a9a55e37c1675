import { render } from 'preact';
import { MapApp } from '@/components/map/map-app';
import '@/components/map/map.css';
import { ask } from '@/lib/browser/messaging';
import { applyTheme } from '@/lib/browser/theme';

// The background owns the database: the map asks it for what it shows.
void applyTheme();
render(
  <MapApp load={() => ask('map/data', {})} onFirstPaint={() => performance.mark('rung-map-first-paint')} />,
  document.getElementById('app')!,
);
