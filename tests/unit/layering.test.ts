// Imports point down the layers only: content & i18n → model & ui → state → shared UI (views/,
// app-context) → one folder per view or feature → app. The layers are LAYERS in
// config/import-graph.mjs. A feature reached from below would make every lower layer depend on it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript (run by node too), without a declaration file
import { backImports, cycles, importGraph, LAYERS, layerOf, unitOf } from '../../config/import-graph.mjs';

type Edge = { from: string; to: string; typeOnly: boolean };
const SRC = resolve(import.meta.dirname, '../../src');
const { files, edges } = importGraph(SRC) as { files: string[]; edges: Edge[] };

describe('layering of src/', () => {
  it('puts every top-level folder and root file of src/ in a layer', () => {
    const units = [...new Set(files.map((f) => unitOf(f)))];
    expect(units.filter((u) => !(u in LAYERS))).toEqual([]);
  });

  it('has no import from a lower layer to a higher one (content, model, state and the shared UI never import a feature)', () => {
    const back = (backImports(edges) as Edge[]).map((e) => `${e.from} → ${e.to}`);
    expect(back).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles(edges)).toEqual([]);
  });

  // A feature asks the view's definition (src/views/view-registry.ts: showsPairings, picture() …)
  // what it needs: `state.view === 'geo'` in export/ or embed/ would need an edit there for a fourth
  // view. The view ids are read from the definitions, so a new view is checked too.
  it("has no comparison of the view with a view id outside the view's own definition (shared UI, views, features, app)", () => {
    const ids = files.flatMap((f) => [...readFileSync(resolve(SRC, f), 'utf8').matchAll(/ViewDefinition = \{\s*id: (?:'([\w-]+)'|([A-Z_]+))/g)].map((m) => m[1] ?? m[2]!));
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const id = `(?:${ids.map((i) => (/^[A-Z_]+$/.test(i) ? i : `'${i}'|"${i}"`)).join('|')})`;
    const view = String.raw`\bview\b`;
    const compare = new RegExp(String.raw`${view}\s*[!=]==?\s*${id}|${id}\s*[!=]==?\s*[\w.]*${view}|case\s+${id}\s*:|\[data-view=['"]?${id.replace(/'/g, '')}`);
    // The timeline's "show on the map" opens the national view by name and is not offered there:
    // a link to one view, not a choice among them.
    const links = new Set(['timeline/timeline-strip.ts']);
    const offenders = files
      .filter((f) => layerOf(f) >= 3 && !links.has(f))
      .flatMap((f) => readFileSync(resolve(SRC, f), 'utf8').split('\n').flatMap((line, i) => (compare.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])));
    expect(offenders).toEqual([]);
  });

  it('sees the imports it checks (the graph is not empty)', () => {
    expect(edges.length).toBeGreaterThan(300);
    expect(edges.some((e) => e.from === 'main.ts' && e.to === 'app.ts')).toBe(true);
  });
});
