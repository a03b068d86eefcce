import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { content } from './src/content/index';
import { assertValidContent } from './src/content/validate';
import { buildModel } from './src/model/build-model';
import type { CitiesTopology } from './src/model/geometry';

/** Fails the build on any broken content record, naming file, record and field. */
function validateContent(): Plugin {
  return {
    name: 'validate-content',
    buildStart() {
      assertValidContent(content);
      // Content and geometry must join: every unit has a feature and vice versa.
      const topology = JSON.parse(readFileSync(resolve(import.meta.dirname, 'public/geo/cities.topo.json'), 'utf8')) as CitiesTopology;
      buildModel(content, topology);
    },
  };
}

export default defineConfig({
  // Relative base: the site works from any path, a news site's subfolder included.
  base: './',
  plugins: [validateContent()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
});
