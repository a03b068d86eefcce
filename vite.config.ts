import { defineConfig, runnerImport, type Plugin } from 'vite';
import { cspMeta, cspString } from './config/csp.ts';
import { serviceWorker } from './config/offline.ts';
import { SINGLE_MODE, SINGLE_OUT_DIR, singleFile } from './config/single-file.ts';
import { dataFilesPlugin } from './config/data-files.ts';
import { searchIndex } from './config/search-index.ts';
import { stripEvidencePlugin } from './config/strip-evidence.ts';
import { stripDocumentDetailsPlugin } from './config/strip-document-details.ts';
import { siteMeta } from './config/site-meta.ts';
import { palette } from './config/palette.ts';
import { d3ZoomLite } from './config/d3-zoom-lite.ts';
import { geoPreload } from './config/geo-preload.ts';
import { geoTints } from './config/geo-tints.ts';
import { firstPaintPreload } from './config/first-paint-preload.ts';
import { compileHint } from './config/compile-hint.ts';

/** Fails the build on a broken content record (naming file, record and field) or a unit without a boundary. */
function checkContent(): Plugin {
  return {
    name: 'check-content',
    async buildStart() {
      const { module } = await runnerImport<typeof import('./config/check-content')>('./config/check-content.ts');
      module.checkBuild(import.meta.dirname);
    },
  };
}

export default defineConfig(({ mode }) => ({
  // Relative base: the site works from any path, a news site's subfolder included.
  base: './',
  // The single file (npm run build:single) inlines everything and has no service worker; it has
  // no dist/data/ either (the page builds the data downloads itself, src/export/data-links.ts).
  plugins: [d3ZoomLite(), palette(), checkContent(), stripEvidencePlugin(), searchIndex(), geoTints(), ...(mode === SINGLE_MODE ? singleFile() : [cspMeta(), siteMeta(), dataFilesPlugin(), geoPreload(), firstPaintPreload(), compileHint(), serviceWorker(), stripDocumentDetailsPlugin()])],
  build: {
    target: 'es2022',
    sourcemap: false,
    ...(mode === SINGLE_MODE
      ? // The single file needs nothing from public/: its data is inlined.
        { outDir: SINGLE_OUT_DIR, copyPublicDir: false }
      : {
          // dist/.vite/manifest.json: the bundle-size budget (tests/unit/bundle-budget.test.ts) reads the chunk graph.
          manifest: true,
          // MapLibre and deck.gl are loaded only by the geographic view (src/geo-view); they get chunks of
          // their own, cached apart from our code. Without includeDependenciesRecursively: false the
          // groups pull shared helpers (and so themselves) into the first paint.
          chunkSizeWarningLimit: 1200,
          rolldownOptions: {
            output: {
              codeSplitting: {
                includeDependenciesRecursively: false,
                groups: [
                  { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ },
                  // A part loaded through loadOnce (src/load/bounded.ts) must have a chunk of its own that no other
                  // chunk imports: after a failed load "try again" imports that file under a fresh query (Chromium
                  // keeps the failed fetch), and a chunk that imported it by name would get the failure again
                  // (tests/unit/lazy-chunks.test.ts checks the build). So what a part shares with the parts it loads
                  // later gets a chunk of its own, not the part's:
                  // - the results and news reports with the figures' format, which the panel's part
                  //   (src/views/panel-outcomes.ts, its own chunk), the Download dialog and the tour's cards import;
                  { name: 'outcomes', test: /src[\\/](content[\\/](outcomes|results|news)|views[\\/]figure-format)\.ts$/ },
                  // - the tour's strings, which its cards import;
                  { name: 'present-strings', test: /src[\\/]i18n[\\/]present\.ts$/ },
                  // - the national view's reading of china.topo.json, which its frame and the view import;
                  { name: 'china-geometry', test: /src[\\/]national[\\/]china-geometry\.ts$/ },
                  // - embed mode's strings, which its card imports.
                  { name: 'embed-strings', test: /src[\\/]embed[\\/]mode-strings\.ts$/ },
                  // - the geographic view's label layout, which MapLibre's view and deck.gl's layers import.
                  { name: 'geo-labels', test: /src[\\/]geo-view[\\/]labels\.ts$/ },
                  // deck.gl with its own dependencies (luma.gl, math.gl, loaders.gl, probe.gl, mjolnir.js …).
                  { name: 'deckgl', test: /node_modules[\\/](@(deck|luma|math|loaders|probe)\.gl|mjolnir\.js|gl-matrix|earcut|@mapbox[\\/]tiny-sdf)[\\/]/ },
                ],
              },
            },
          },
        }),
  },
  // The same policy as the built page's <meta> tag, as a header (see README "Content-Security-Policy").
  preview: { headers: { 'Content-Security-Policy': cspString() } },
}));
