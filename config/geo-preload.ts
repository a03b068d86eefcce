// Writes into the built public/boot.js the files a link to the geographic view needs (the map's
// code with MapLibre and deck.gl, the view's frame, their styles, the region file), so boot.js can
// fetch them as soon as it has found WebGL2, while the app's own script is still loading
// (public/boot.js, docs/performance.md). The names come from this build's chunk graph: hashed
// file names are never written by hand. Every page loads boot.js, so it ships minified (its
// comments were half its bytes: 1,149 B gzip before this, 1,252 B with it minified, 2,140 B not).
// It also writes in the page's English words (src/i18n/page-words.ts), which boot.js puts into the
// header before the first frame for a page that will be English.
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { minify, type Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { pageWords } from '../src/i18n/page-words.ts';

/** The view's modules whose chunks (with their static imports) a deep link loads, in this order. */
const MODULES = ['src/geo-view/webgl-view.ts', 'src/geo-view/definition.ts', 'src/geo-view/region.ts'];
/** The data file the view fetches (src/geo-view/region.ts REGION_FILE), relative to the page. */
const DATA = ['geo/region.topo.json'];
const PLACEHOLDER = 'var GEO_PRELOAD = [];';
const WORDS_PLACEHOLDER = 'var PAGE_WORDS = {};';
/** index.html is written in Chinese: boot.js needs the other language's words only. */
export const bootPageWords = () => ({ en: pageWords('en') });

/** The files, the entry's own closure left out (the page loads it anyway). */
export function geoPreloadFiles(bundle: OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error('geo-preload: the build has no entry chunk');
  const loaded = new Set<string>();
  const walk = (chunk: OutputChunk, into: Set<string>) => {
    if (into.has(chunk.fileName)) return;
    into.add(chunk.fileName);
    for (const css of (chunk as OutputChunk & { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? []) into.add(css);
    for (const f of chunk.imports) {
      const next = bundle[f];
      if (next?.type === 'chunk') walk(next, into);
    }
  };
  walk(entry, loaded);
  const files: string[] = [];
  const add = (f: string) => {
    if (!loaded.has(f) && !files.includes(f)) files.push(f);
  };
  for (const id of MODULES) {
    const chunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(id));
    if (!chunk) throw new Error(`geo-preload: no chunk for ${id}`);
    const closure = new Set<string>();
    walk(chunk, closure);
    for (const f of closure) add(f);
  }
  return [...files, ...DATA];
}

export function geoPreload(): Plugin {
  return {
    name: 'geo-preload',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const boot = resolve(this.environment.config.publicDir, 'boot.js');
      const source = readFileSync(boot, 'utf8');
      for (const p of [PLACEHOLDER, WORDS_PLACEHOLDER]) if (!source.includes(p)) this.error(`geo-preload: ${boot} has no "${p}" to fill in`);
      for (const f of DATA) if (!existsSync(resolve(this.environment.config.publicDir, f))) this.error(`geo-preload: public/${f} is missing`);
      const files = geoPreloadFiles(bundle as unknown as OutputBundle);
      // Emitted after public/ was copied: this boot.js replaces the copy.
      const filled = source.replace(PLACEHOLDER, `var GEO_PRELOAD = ${JSON.stringify(files)};`).replace(WORDS_PLACEHOLDER, () => `var PAGE_WORDS = ${JSON.stringify(bootPageWords())};`);
      const { code, errors } = await minify('boot.js', filled, { compress: true, mangle: true });
      if (errors.length) this.error(`geo-preload: boot.js does not minify: ${errors.map((e) => e.message).join('; ')}`);
      this.emitFile({ type: 'asset', fileName: 'boot.js', source: code });
    },
  };
}
