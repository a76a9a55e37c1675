import { render } from 'preact';
import { PopupApp } from '@/components/popup/popup-app';
import '@/components/popup/popup.css';
import { applyTheme } from '@/lib/browser/theme';

void applyTheme();
render(<PopupApp />, document.getElementById('app')!);
