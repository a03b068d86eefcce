import { defineConfig, runnerImport, type Plugin } from 'vite';
import { cspMeta, cspString } from './config/csp.ts';

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

export default defineConfig({
  // Relative base: the site works from any path, a news site's subfolder included.
  base: './',
  plugins: [checkContent(), cspMeta()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  // The same policy as the built page's <meta> tag, as a header (see README "Content-Security-Policy").
  preview: { headers: { 'Content-Security-Policy': cspString() } },
});
