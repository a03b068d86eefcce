import { defineConfig, runnerImport, type Plugin } from 'vite';
import { cspMeta, cspString } from './config/csp.ts';
import { serviceWorker } from './config/offline.ts';
import { SINGLE_MODE, SINGLE_OUT_DIR, singleFile } from './config/single-file.ts';

/** Fails the build on a broken content record (naming file, record and field) or a unit without a boundary. */
function checkContent(): Plugin {
  return {
    name: 'check-content',
    async buildStart() {
      const { module } = await runnerImport<typeof import('./src/content/check-build')>('./src/content/check-build.ts');
      module.checkBuild(import.meta.dirname);
    },
  };
}

export default defineConfig(({ mode }) => ({
  // Relative base: the site works from any path, a news site's subfolder included.
  base: './',
  // The single file (npm run build:single) inlines everything and has no service worker.
  plugins: [checkContent(), ...(mode === SINGLE_MODE ? singleFile() : [cspMeta(), serviceWorker()])],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The single file needs nothing from public/: its data is inlined.
    ...(mode === SINGLE_MODE ? { outDir: SINGLE_OUT_DIR, copyPublicDir: false } : {}),
  },
  // The same policy as the built page's <meta> tag, as a header (see README "Content-Security-Policy").
  preview: { headers: { 'Content-Security-Policy': cspString() } },
}));
