// The service worker (vite-plugin-pwa, Workbox generateSW): after one visit the whole site,
// data included, is in the browser's cache and loads with the network off.
import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

export function serviceWorker(): PluginOption {
  return VitePWA({
    strategies: 'generateSW',
    // src/offline/register.ts registers it (an injected inline script would break the CSP).
    injectRegister: false,
    registerType: 'autoUpdate',
    manifest: false,
    workbox: {
      // Everything the build emits: code, styles, the TopoJSON files, workers (MapLibre's is .mjs),
      // and the data downloads in data/ (CSV and JSON), so the Download dialog's links work offline.
      globPatterns: ['**/*.{html,js,mjs,css,json,csv,svg,png,webp,woff2,pbf,wasm}'],
      // The social card is for link previews (crawlers fetch it), not for the page: 200 KB no reader needs offline.
      globIgnores: ['**/social-card.png'],
      // MapLibre and deck.gl chunks are large; the default 2 MiB would silently leave them out.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      // The hash carries the state; the query string never does.
      ignoreURLParametersMatching: [/.*/],
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: true,
    },
  });
}
