import preact from '@preact/preset-vite';
import { defineConfig, type WxtViteConfig } from 'wxt';

// One source, two targets: Chrome MV3 (service worker) and Firefox MV2 (event page).
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: [],
  vite: () => ({
    // The preset ships its own copy of Vite's plugin type; the cast bridges the duplicate declaration.
    plugins: preact() as unknown as WxtViteConfig['plugins'],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and the LLM key live in extension storage.
    // tabs: the popup reads the active tab's URL and title; Advance opens the next page.
    // unlimitedStorage: months of answers must not be evicted when the profile is short on quota.
    // scripting: the overlay's code is loaded into a page only when the overlay is shown.
    // offscreen (Chrome): pages are parsed and read in an offscreen document, off their main thread.
    permissions: [
      'storage',
      'tabs',
      'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['scripting', 'offscreen']),
    ],
    // Rung reads the pages the learner reads; each site can be switched off in settings.
    host_permissions: ['<all_urls>'],
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
              // Rung collects nothing: the only requests are the LLM calls the learner configures.
              data_collection_permissions: { required: ['none'] },
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
