// Imports point down the layers only: content & i18n → model & ui → state → shared UI (views/,
// app-context) → one folder per view or feature → app. The layers are LAYERS in
// config/import-graph.mjs. A feature reached from below would make every lower layer depend on it.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript (run by node too), without a declaration file
import { backImports, cycles, importGraph, LAYERS, unitOf } from '../../config/import-graph.mjs';

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

  it('sees the imports it checks (the graph is not empty)', () => {
    expect(edges.length).toBeGreaterThan(300);
    expect(edges.some((e) => e.from === 'main.ts' && e.to === 'app.ts')).toBe(true);
  });
});
