import preact from '@preact/preset-vite';
import { defineConfig, type WxtViteConfig } from 'wxt';

// One source, two targets: Chrome MV3 (service worker) and Firefox MV2 (event page).

/**
 * Rung's content script (entrypoints/page-reader, built as an unlisted script to /page-reader.js):
 * declared here rather than with WXT's defineContentScript, whose wrapper posts a message naming
 * the extension to every page (see the script). Same matching as before: every page, top frame only,
 * once the document is idle.
 */
const CONTENT_SCRIPT = {
  matches: ['<all_urls>'],
  js: ['page-reader.js'],
  run_at: 'document_idle',
  all_frames: false,
};
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: [],
  hooks: {
    // bench-empty (an empty Preact page the popup bench compares against) ships only in bench
    // builds (RUNG_BENCH_PAGE=1, set by scripts/bench/popup.bench.ts), never in the product.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      if (process.env.RUNG_BENCH_PAGE === '1') return;
      const i = entrypoints.findIndex((e) => e.name === 'bench-empty');
      if (i !== -1) entrypoints.splice(i, 1);
    },
  },
  vite: () => ({
    // The preset ships its own copy of Vite's plugin type; the cast bridges the duplicate declaration.
    plugins: preact() as unknown as WxtViteConfig['plugins'],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings live in extension storage (the LLM key is in the extension's IndexedDB).
    // No `tabs`: host access to every page already gives the popup the active tab's URL and title,
    // and tabs.update (Advance, "show passage") needs no permission; `tabs` would only add a
    // "read your browsing history" warning.
    // unlimitedStorage: months of answers must not be evicted when the profile is short on quota.
    // scripting: the overlay's code is loaded into a page only when the overlay is shown.
    // offscreen (Chrome): pages are parsed and read in an offscreen document, off their main thread.
    permissions: [
      'storage',
      'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['scripting', 'offscreen']),
    ],
    // Rung reads the pages the learner reads; each site can be switched off in settings.
    host_permissions: ['<all_urls>'],
    content_scripts: [CONTENT_SCRIPT],
    incognito: 'not_allowed',
    commands: {
      'toggle-overlay': {
        suggested_key: { default: 'Alt+Shift+U' },
        description: '__MSG_toggleOverlay__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'rung@rung.invalid',
              // 140: data_collection_permissions and the CSS Custom Highlight API the overlay paints with.
              strict_min_version: '140.0',
              // Rung itself collects nothing, but with an LLM the learner configures and allows per
              // site, passages of page text go to that endpoint: declared as optional website content.
              data_collection_permissions: { required: ['none'], optional: ['websiteContent'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // 123: the palette's light-dark() colours; 105: the CSS Custom Highlight API the overlay paints with.
          minimum_chrome_version: '123',
        }),
  }),
});
