// The timeline strip's chunks, which the first paint waits for, are named in the built index.html
// as <link rel="modulepreload"> (config/first-paint-preload.ts), so they load with the entry instead
// of being linked at run time by Vite's preload helper while the entry is evaluated.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutputBundle } from 'rolldown';
import { firstPaintPreloadFiles, withFirstPaintPreload } from '../../config/first-paint-preload';

const chunk = (fileName: string, imports: string[], extra: Record<string, unknown> = {}) => ({ type: 'chunk', fileName, imports, isEntry: false, facadeModuleId: null, ...extra });

describe('first-paint preload links', () => {
  const bundle = Object.fromEntries(
    [
      chunk('assets/index-A.js', ['assets/runtime-R.js'], { isEntry: true, facadeModuleId: '/x/src/main.ts' }),
      chunk('assets/runtime-R.js', []),
      chunk('assets/timeline-strip-S.js', ['assets/cite-C.js', 'assets/runtime-R.js'], { facadeModuleId: '/x/src/timeline/timeline-strip.ts' }),
      chunk('assets/cite-C.js', ['assets/timeline-T.js']),
      chunk('assets/timeline-T.js', []),
      chunk('assets/tour-U.js', []),
    ].map((c) => [c.fileName, c]),
  ) as unknown as OutputBundle;

  it("lists the strip's chunk and what it imports, not what the entry already loads", () => {
    expect(firstPaintPreloadFiles(bundle)).toEqual(['assets/timeline-strip-S.js', 'assets/cite-C.js', 'assets/timeline-T.js']);
  });

  it('fails the build when the strip has no chunk of its own', () => {
    const without = { ...bundle };
    delete without['assets/timeline-strip-S.js'];
    expect(() => firstPaintPreloadFiles(without)).toThrow(/timeline-strip/);
  });

  it("puts the links right after the entry's script, with the base", () => {
    const html = '<head>\n    <script type="module" crossorigin src="./assets/index-A.js"></script>\n    <link rel="stylesheet" href="./assets/index.css">\n</head>';
    const out = withFirstPaintPreload(html, ['assets/timeline-strip-S.js', 'assets/cite-C.js'], './');
    expect(out).toBe(
      '<head>\n    <script type="module" crossorigin src="./assets/index-A.js"></script>\n    <link rel="modulepreload" crossorigin href="./assets/timeline-strip-S.js">\n    <link rel="modulepreload" crossorigin href="./assets/cite-C.js">\n    <link rel="stylesheet" href="./assets/index.css">\n</head>',
    );
  });

  // The build itself (npm test builds first): every chunk the strip needs is linked, and only those.
  const DIST = resolve(import.meta.dirname, '../../dist');
  it.skipIf(!existsSync(resolve(DIST, '.vite/manifest.json')))('the built page links the strip and its imports', () => {
    const manifest = JSON.parse(readFileSync(resolve(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;
    const closure = (key: string, into = new Set<string>()): Set<string> => {
      if (into.has(manifest[key]!.file)) return into;
      into.add(manifest[key]!.file);
      for (const k of manifest[key]!.imports ?? []) closure(k, into);
      return into;
    };
    const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
    const entryFiles = closure(entry);
    const want = [...closure('src/timeline/timeline-strip.ts')].filter((f) => !entryFiles.has(f));
    const html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
    const linked = [...html.matchAll(/<link rel="modulepreload" crossorigin href="\.\/([^"]+)">/g)].map((m) => m[1]);
    expect(want.length).toBeGreaterThan(0);
    expect(linked.sort()).toEqual(want.sort());
  });
});
