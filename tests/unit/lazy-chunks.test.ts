// The chunks of the parts that load through loadOnce (src/load/bounded.ts), read from the build's
// manifest (dist/.vite/manifest.json; needs `vite build` first, as the bundle budget does).
// After a failed load, "try again" imports the part's file under a fresh query, because Chromium
// keeps a failed module fetch (faults.test). That works only if
// - the part is its chunk's own module: the retry gets that chunk's exports, and they are the
//   module's only when the chunk is the module's (a part inside a group chunk is reached as one of
//   the group's exports, `import('./outcomes-x.js').then((e) => e.t)`, and the retry got undefined);
// - no other chunk imports the part's file: it would ask for the failed file again and fail. What
//   a part shares with parts loaded later goes into a chunk of its own (vite.config.ts, its groups).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const MANIFEST = resolve(ROOT, 'dist/.vite/manifest.json');

interface Chunk {
  file: string;
  src?: string;
  isDynamicEntry?: boolean;
  imports?: string[];
}

/** Every `loadOnce(() => import('./x'), 'x.js', …)` in src/: the module it loads (`src/export/dialog.ts`) → the chunk name it gives. */
function named(): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = resolve(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.ts')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/loadOnce\(\s*\(\)\s*=>\s*import\('([^']+)'\),\s*'([^']+)'/g)) {
          found.set(relative(ROOT, resolve(dirname(path), `${m[1]}.ts`)), m[2]!);
        }
      }
    }
  };
  walk(resolve(ROOT, 'src'));
  return found;
}
const loadedOnce = () => [...named().keys()].sort();

describe('the parts loaded through loadOnce', () => {
  it('are the lazy parts (the pattern still finds them)', () => {
    expect(loadedOnce()).toEqual([
      'src/a11y/pairings-table-rows.ts',
      'src/embed/embed-card.ts',
      'src/embed/embed-dialog.ts',
      'src/embed/embed-mode.ts',
      'src/export/dialog.ts',
      'src/find/search-lazy.ts',
      'src/geo-view/deck-layers.ts',
      'src/geo-view/definition.ts',
      'src/geo-view/picture.ts',
      'src/geo-view/region.ts',
      'src/geo-view/svg-view.ts',
      'src/geo-view/webgl-view.ts',
      'src/national/frame.ts',
      'src/national/national-view.ts',
      'src/national/picture.ts',
      'src/present/step-card.ts',
      'src/present/tour-mode.ts',
      'src/timeline/timeline-strip.ts',
      'src/views/paired-picture.ts',
      'src/views/panel-outcomes.ts',
    ]);
  });

  describe.skipIf(!existsSync(MANIFEST))('in the build', () => {
    const manifest = () => JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, Chunk>;

    it.each(loadedOnce())('%s has a chunk of its own, and no chunk imports it', (src) => {
      const chunks = manifest();
      const own = chunks[src];
      expect(own?.isDynamicEntry, `${src} is not a chunk of its own (a group in vite.config.ts took it?)`).toBe(true);
      const importers = Object.values(chunks)
        .filter((c) => c.imports?.includes(src))
        .map((c) => c.file);
      expect(importers, `chunks that import ${own!.file}: give what they share with it a chunk of its own (vite.config.ts)`).toEqual([]);
    });

    // loadOnce tells a part's own chunk that failed (a retry brings it) from a shared one (only a
    // reload does) by the name it is given: `dialog.js` for assets/dialog-Ab12Cd34.js.
    it.each([...named()])('%s is named as its chunk is (%s)', (src, what) => {
      const file = basename(manifest()[src]!.file);
      expect(`${file.slice(0, -12)}.js`, file).toBe(what);
    });
  });
});
