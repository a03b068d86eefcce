// The paired view's own Mercator and path writer (src/views/city-mercator.ts) put every point where
// d3 does: its projection where geoProjection(geoMercatorRaw) without clipping or resampling does,
// and every district's path where d3's geoPath with that projection does, to a thousandth of a
// pixel, at the sizes a phone, a desktop and a projector fit the cities to.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoMercatorRaw, geoPath, geoProjection } from 'd3-geo';
import { decodeCities, type CitiesTopology } from '../../src/model/geometry';
import { cityMercator, unitPath } from '../../src/views/city-mercator';

/** What the view drew with before: d3's Mercator without its world clip and resampling. */
const d3Mercator = () => geoProjection(geoMercatorRaw).precision(0).preclip((stream) => stream);

const topology = JSON.parse(readFileSync(new URL('../../public/geo/cities.topo.json', import.meta.url), 'utf8')) as CitiesTopology;
const cities = decodeCities(topology);

/** The absolute points of a path (M/L/l/z, as both writers use), each ring closed by z. */
function points(d: string, unit: number): [number, number][][] {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MLlZz])([^MLlZz]*)/g)) {
    if (cmd === 'Z' || cmd === 'z') {
      rings.push(ring);
      ring = [];
      continue;
    }
    const [a, b] = args!.split(',').map(Number) as [number, number];
    if (cmd === 'l') [x, y] = [x + a, y + b];
    else [x, y] = [a, b];
    ring.push([x * unit, y * unit]);
  }
  expect(ring, 'every ring is closed').toHaveLength(0);
  return rings;
}

describe('cityMercator and unitPath', () => {
  // The fits of a 390 px phone, a 1280 px desktop and a 3840 px projector (scale, translate).
  const fits: [number, [number, number]][] = [[9_000, [-17_500, 8_200]], [31_000, [-61_000, 28_600]], [95_000, [-187_000, 87_400]]];
  it('projects every vertex and label point as d3 does, with d3’s defaults and chained setters', () => {
    expect(cityMercator().scale()).toBe(d3Mercator().scale());
    expect(cityMercator().translate()).toEqual(d3Mercator().translate());
    for (const [scale, translate] of [[1, [0, 0]], ...fits] as [number, [number, number]][]) {
      const ours = cityMercator().scale(scale).translate(translate);
      const theirs = d3Mercator().scale(scale).translate(translate);
      expect(ours.scale()).toBe(scale);
      expect(ours.translate()).toEqual(translate);
      for (const f of [...cities.changchun, ...cities.tianjin]) {
        const g = f.geometry;
        const rings = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat();
        for (const p of [f.properties.label, ...rings.flat()] as [number, number][]) {
          const [x, y] = ours(p);
          const [tx, ty] = theirs(p)!;
          expect(Math.abs(x - tx), `${f.properties.code} ${p} x`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(tx)));
          expect(Math.abs(y - ty), `${f.properties.code} ${p} y`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(ty)));
        }
      }
    }
  });

  for (const [scale, translate] of fits) {
    it(`puts every district's points where d3's geoPath does (scale ${scale})`, () => {
      const projection = cityMercator().scale(scale).translate(translate);
      const d3 = geoPath(d3Mercator().scale(scale).translate(translate));
      let compared = 0;
      for (const f of [...cities.changchun, ...cities.tianjin]) {
        const ours = points(unitPath(f, projection), 1);
        const theirs = points(d3(f)!, 1);
        expect(ours.map((r) => r.length), f.properties.code).toEqual(theirs.map((r) => r.length));
        ours.forEach((r, i) =>
          r.forEach(([x, y], j) => {
            const [tx, ty] = theirs[i]![j]!;
            expect(Math.abs(x - tx), `${f.properties.code} ring ${i} point ${j} x`).toBeLessThan(0.0015);
            expect(Math.abs(y - ty), `${f.properties.code} ring ${i} point ${j} y`).toBeLessThan(0.0015);
            compared++;
          }),
        );
      }
      expect(compared).toBeGreaterThan(5_000);
    });
  }
});
