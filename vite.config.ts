import { defineConfig, runnerImport, type Plugin } from 'vite';

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
  plugins: [checkContent()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
});
