// The geographic view's arcs as MapLibre lines (src/geo-view/arc-lines.ts): flat curves from each
// Changchun party to its Tianjin party, their layers, feature states and colours along each line.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { content } from '../../src/content/index';
import { buildModel } from '../../src/model/build-model';
import type { CitiesTopology } from '../../src/model/geometry';
import type { LonLat } from '../../src/model/types';
import { geoArcs } from '../../src/geo-view/arcs';
import { ARC_LAYERS, ARC_POINTS, BULGE, arcFeatures, arcGradient, arcLine, arcState, restState, restWidth } from '../../src/geo-view/arc-lines';
import { arcLayers } from '../../src/geo-view/map-style';
import { createExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import { ARC_COLORS } from '../../src/geo-view/colors';

const root = resolve(import.meta.dirname, '../..');
const topology = JSON.parse(readFileSync(resolve(root, 'public/geo/cities.topo.json'), 'utf8')) as CitiesTopology;
const model = buildModel(content, topology);

const mercator = ([lon, lat]: LonLat): [number, number] => [lon / 360 + 0.5, 0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI)];
/** Signed distance of p from the line a→b, as a share of |ab|, positive to the north (Mercator). */
function offChord(p: LonLat, a: LonLat, b: LonLat): number {
  const [[ax, ay], [bx, by], [px, py]] = [mercator(a), mercator(b), mercator(p)];
  const len = Math.hypot(bx - ax, by - ay);
  const cross = ((bx - ax) * (py - ay) - (by - ay) * (px - ax)) / (len * len);
  // The normal (−dy, dx) points north when it has a negative y: the sign that makes north positive.
  const north = -(bx - ax) / len < 0 || ((bx - ax) === 0 && (by - ay) / len > 0) ? 1 : -1;
  return cross * -north;
}

describe('arcLine', () => {
  const cc: LonLat = [125.32, 43.88];
  const tj: LonLat = [117.2, 39.13];
  it('runs from one end to the other, ends exact, in the given number of points', () => {
    const line = arcLine(cc, tj, 0.14);
    expect(line).toHaveLength(ARC_POINTS);
    expect(line[0]).toEqual(cc);
    expect(line.at(-1)).toEqual(tj);
    // Each step moves towards Tianjin along the chord (no loops, no hook at either end).
    const along = line.map((p) => {
      const [[ax, ay], [bx, by], [px, py]] = [mercator(cc), mercator(tj), mercator(p)];
      return ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2);
    });
    for (let i = 1; i < along.length; i++) expect(along[i]!).toBeGreaterThan(along[i - 1]!);
  });
  it('bends north by the bulge × the chord at its middle, either way round', () => {
    for (const [a, b] of [[cc, tj], [tj, cc], [[117, 39], [125, 39]], [[125, 39], [117, 39]]] as [LonLat, LonLat][]) {
      const line = arcLine(a, b, 0.2);
      const mid = line[(line.length - 1) / 2]!;
      expect(offChord(mid, a, b)).toBeCloseTo(0.2, 3);
      expect(mid[1]).toBeGreaterThan((a[1] + b[1]) / 2);
      for (const p of line.slice(1, -1)) expect(offChord(p, a, b)).toBeGreaterThan(0);
    }
  });
  it('is a single segment when both ends are one point', () => {
    expect(arcLine(cc, cc, 0.2)).toEqual([cc, cc]);
  });
});

describe('the arcs as MapLibre features and layers', () => {
  const arcs = geoArcs(model);
  const features = arcFeatures(arcs);
  it('one line per arc, its index as its id, Changchun to Tianjin; zone pairings bend further', () => {
    expect(features.features).toHaveLength(arcs.length);
    features.features.forEach((f, i) => {
      expect(f.id).toBe(i);
      expect(f.properties).toEqual({ pair: arcs[i]!.pair, kind: arcs[i]!.kind, w: restWidth(arcs[i]!) });
      expect(f.geometry.coordinates[0]).toEqual(arcs[i]!.from.point);
      expect(f.geometry.coordinates.at(-1)).toEqual(arcs[i]!.to.point);
    });
    expect(BULGE.zone).toBeGreaterThan(BULGE.district);
  });
  it('four layers, the emphasised ones last; every kind in both', () => {
    expect(ARC_LAYERS.map((l) => l.top)).toEqual([false, false, true, true]);
    for (const kind of ['district', 'zone'] as const) expect(ARC_LAYERS.filter((l) => l.kind === kind)).toHaveLength(2);
  });
  it('an arc is drawn in exactly one of its two layers', () => {
    expect(arcState(70, 3, false)).toEqual({ w: 3, a: 70 / 255, tw: 0, ta: 0 });
    expect(arcState(255, 6, true)).toEqual({ w: 0, a: 0, tw: 6, ta: 1 });
  });
  it('an arc without a feature state is drawn as with its rest state (no state is set for it at start)', () => {
    type Paint = Record<string, unknown>;
    const spec = latest as unknown as { paint_line: Record<string, object> };
    const evaluate = (paint: Paint, name: string, properties: object, state: object | null) => {
      const parsed = createExpression(paint[name], spec.paint_line[name] as never);
      if (parsed.result !== 'success') throw new Error(`${name}: ${JSON.stringify(parsed.value)}`);
      return parsed.value.evaluate({ zoom: 6 }, { type: 2, properties } as never, (state ?? {}) as never);
    };
    features.features.forEach((f, i) => {
      const rest = restState(arcs[i]!);
      expect(rest).toEqual({ w: restWidth(arcs[i]!), a: 1, tw: 0, ta: 0 });
      for (const layer of arcLayers().filter((l) => ((l as { filter?: unknown[] }).filter ?? [])[2] === arcs[i]!.kind)) {
        const paint = (layer as { paint: Paint }).paint;
        for (const name of ['line-width', 'line-opacity']) expect(evaluate(paint, name, f.properties, null)).toBe(evaluate(paint, name, f.properties, rest));
      }
    });
  });
});

describe('arcGradient', () => {
  const colors = (g: unknown[]) => g.slice(3).filter((_, i) => i % 2 === 1) as string[];
  it('runs from the Changchun colour to the Tianjin colour, opaque without the flow', () => {
    for (const kind of ['district', 'zone'] as const) {
      const g = arcGradient(kind);
      expect(g.slice(0, 3)).toEqual(['interpolate', ['linear'], ['line-progress']]);
      const c = colors(g);
      expect(c[0]).toBe(`rgba(${ARC_COLORS[kind][0].join(',')},1)`);
      expect(c.at(-1)).toBe(`rgba(${ARC_COLORS[kind][1].join(',')},1)`);
      expect(c.every((s) => s.endsWith(',1)'))).toBe(true);
    }
  });
  it('with the flow, pulses of light that move towards Tianjin as time goes on', () => {
    const alphas = (t: number) => colors(arcGradient('district', t, 1)).map((s) => Number(s.slice(s.lastIndexOf(',') + 1, -1)));
    const a0 = alphas(0);
    expect(Math.min(...a0)).toBeLessThan(0.5);
    expect(Math.max(...a0)).toBe(1);
    // The first pulse's brightest stop (in the arc's first third) lies further along later on.
    const peak = (t: number) => {
      const a = alphas(t).slice(0, 21);
      return a.indexOf(Math.max(...a));
    };
    expect(peak(0.1)).toBeLessThan(peak(0.3));
    expect(peak(0.3)).toBeLessThan(peak(0.6));
  });
});
