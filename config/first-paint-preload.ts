// Writes into the built index.html a <link rel="modulepreload"> for each chunk the first paint
// may wait for besides the entry (the timeline strip's code, src/timeline/install-timeline.ts,
// where the strip is on the first screen), so the browser's preload scanner requests them with the
// entry. Without them Vite's preload helper made the same links at run time, while the entry was
// being evaluated: ≈ 20 ms of a phone's start-up at 4× CPU (creating and appending four <link>s,
// each starting its fetch), on the path to the page being shown (docs/performance.md). The helper
// finds the links already in the page and adds none.
// The names come from this build's chunk graph: hashed file names are never written by hand.
import type { Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';

/** The modules the first paint may import lazily and wait for (`timelineBeforeShow`). */
const MODULES = ['src/timeline/timeline-strip.ts'];

/** The chunks (JavaScript only: a stylesheet link in the head would block rendering) to preload, the entry's own closure left out. */
export function firstPaintPreloadFiles(bundle: OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error('first-paint-preload: the build has no entry chunk');
  const walk = (chunk: OutputChunk, into: Set<string>) => {
    if (into.has(chunk.fileName)) return;
    into.add(chunk.fileName);
    for (const f of chunk.imports) {
      const next = bundle[f];
      if (next?.type === 'chunk') walk(next, into);
    }
  };
  const loaded = new Set<string>();
  walk(entry, loaded);
  const files: string[] = [];
  for (const id of MODULES) {
    const chunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(id));
    if (!chunk) throw new Error(`first-paint-preload: no chunk for ${id}`);
    const closure = new Set<string>();
    walk(chunk, closure);
    for (const f of closure) if (!loaded.has(f) && !files.includes(f)) files.push(f);
  }
  return files;
}

/** index.html with the links after the entry's script (pure, for the unit test). */
export function withFirstPaintPreload(html: string, files: string[], base: string): string {
  const entry = /<script type="module"[^>]*><\/script>/.exec(html);
  if (!entry) throw new Error('first-paint-preload: index.html has no module script');
  const links = files.map((f) => `\n    <link rel="modulepreload" crossorigin href="${base}${f}">`).join('');
  return html.replace(entry[0], entry[0] + links);
}

export function firstPaintPreload(): Plugin {
  let base = './';
  return {
    name: 'first-paint-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        return withFirstPaintPreload(html, firstPaintPreloadFiles(ctx.bundle as unknown as OutputBundle), base);
      },
    },
  };
}
