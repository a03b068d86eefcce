// The service worker (vite-plugin-pwa, Workbox generateSW): after one visit the whole site,
// data included, is in the browser's cache and loads with the network off.
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin, PluginOption } from 'vite';

/** Where a page looks to learn whether a newer build is deployed (src/offline/update.ts). */
export const VERSION_FILE = 'version.json';

/**
 * `version.json`: the hashed files of this build. A page whose own entry script is not in the
 * deployed list is out of date; a lazy chunk that 404s while it is still listed is a network or
 * server fault, not a deploy. Never precached (the worker would answer it with the old list).
 */
function versionFile(): Plugin {
  return {
    name: 'version-file',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => f.startsWith('assets/')).sort();
      this.emitFile({ type: 'asset', fileName: VERSION_FILE, source: `${JSON.stringify({ files })}\n` });
    },
  };
}

export function serviceWorker(): PluginOption {
  return [versionFile(), VitePWA({
    strategies: 'generateSW',
    // src/offline/register.ts registers it (an injected inline script would break the CSP).
    injectRegister: false,
    // A new worker waits until the reader agrees to reload (src/offline/update.ts posts SKIP_WAITING):
    // until then the open page keeps the old worker, and with it every old chunk it may still load.
    // (autoUpdate swapped workers and deleted the old chunks under open tabs: geo, national and
    // Download then failed with 404s.)
    registerType: 'prompt',
    manifest: false,
    workbox: {
      // Everything the build emits: code, styles, the TopoJSON files, workers (MapLibre's is .mjs),
      // and the data downloads in data/ (CSV and JSON), so the Download dialog's links work offline.
      globPatterns: ['**/*.{html,js,mjs,css,json,csv,svg,png,webp,woff2,pbf,wasm}'],
      // The social card is for link previews (crawlers fetch it), not for the page: 200 KB no reader needs offline.
      // version.json must come from the network (src/offline/update.ts).
      globIgnores: ['**/node_modules/**/*', '**/social-card.png', VERSION_FILE],
      // MapLibre and deck.gl chunks are large; the default 2 MiB would silently leave them out.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      // The hash carries the state; the query string never does.
      ignoreURLParametersMatching: [/.*/],
      cleanupOutdatedCaches: true,
      // The first visit is controlled at once (offline after one visit); later versions wait.
      clientsClaim: true,
      skipWaiting: false,
    },
  })];
}
