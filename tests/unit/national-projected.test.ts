// The national map's outlines projected once (src/national/projected.ts): the same numbers as
// d3's conic projection, fitted as d3's fitExtent fits, at any size.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { geoConicEqualArea, geoPath } from 'd3-geo';
import { CENTRAL_MERIDIAN, PARALLELS, fit, insideShape, pathOf, project, projectArcs, shapeOf, unitXY } from '../../src/national/projected';
import { geoContains } from 'd3-geo';
import { decodeChina, type ChinaTopology } from '../../src/national/china-geometry';

const d3conic = () => geoConicEqualArea().rotate([-CENTRAL_MERIDIAN, 0]).parallels(PARALLELS).precision(0).preclip((s) => s);
const topology = JSON.parse(readFileSync('public/geo/china.topo.json', 'utf8')) as ChinaTopology;
const china = decodeChina(topology);

describe('projected outlines', () => {
  it('project each point as d3 does (scale 1, no shift)', () => {
    const unit = d3conic().scale(1).translate([0, 0]);
    for (const lon of [73.5, 90, 105, 117.2, 125.3, 135]) {
      for (const lat of [3.4, 18, 30, 43.9, 53.5]) {
        const [x, y] = unitXY(lon, lat);
        const [ex, ey] = unit([lon, lat])!;
        expect(x).toBeCloseTo(ex, 12);
        expect(y).toBeCloseTo(ey, 12);
      }
    }
  });

  it('fit a map into a box as d3.fitExtent does, and draw the same outline (to 0.1 px)', () => {
    const features = china.provinces;
    const shapes = features.map((f) => project(f));
    const box = shapes.map((s) => s.box).reduce((a, b) => ({ minX: Math.min(a.minX, b.minX), minY: Math.min(a.minY, b.minY), maxX: Math.max(a.maxX, b.maxX), maxY: Math.max(a.maxY, b.maxY) }));
    for (const [w, h] of [[390, 468], [1280, 800], [3840, 2000]] as const) {
      const extent: [[number, number], [number, number]] = [[10, 12], [w - 10, h - 30]];
      const at = fit(box, extent);
      const d3fitted = d3conic().fitExtent(extent, { type: 'FeatureCollection', features });
      expect(at.k).toBeCloseTo(d3fitted.scale(), 6);
      expect(at.tx).toBeCloseTo(d3fitted.translate()[0], 6);
      expect(at.ty).toBeCloseTo(d3fitted.translate()[1], 6);
      // Beijing's outline: every vertex where d3 puts it.
      const i = features.findIndex((f) => f.properties.code === '110000');
      const ours = pathOf(shapes[i]!, at).match(/-?[\d.]+/g)!.map(Number);
      const theirs = (geoPath(d3fitted)(features[i]!) ?? '').match(/-?[\d.]+/g)!.map(Number);
      // d3 repeats each ring's first point before closing it; ours closes with Z.
      expect(ours.length).toBeGreaterThan(20);
      const firstRing = ours.length;
      for (let j = 0; j < firstRing; j++) expect(Math.abs(ours[j]! - theirs[j]!)).toBeLessThanOrEqual(0.051);
    }
  });

  it('leave out the polygons wholly outside a window', () => {
    const hainan = project(china.provinceByCode.get('460000')!);
    const at = { k: 1000, tx: 0, ty: 0 };
    const all = pathOf(hainan, at).split('M').length - 1;
    const [x, y] = unitXY(110, 19.2);
    const some = pathOf(hainan, at, { minX: 1000 * x - 80, minY: 1000 * y - 80, maxX: 1000 * x + 80, maxY: 1000 * y + 80 }).split('M').length - 1;
    expect(all).toBeGreaterThan(40);
    expect(some).toBeGreaterThanOrEqual(1);
    expect(some).toBeLessThan(all);
  });

  it('draw the same outlines from the topology\'s arcs as from its GeoJSON (every province, the dashed line, Hainan without its islands)', () => {
    const arcs = projectArcs(topology);
    const at = { k: 1000, tx: 500, ty: 400 };
    const geometries = [...topology.objects.provinces.geometries, ...topology.objects.line.geometries];
    const features = [...china.provinces, china.line];
    expect(geometries.map((g) => (g.properties as { code: string }).code)).toEqual(features.map((f) => f.properties.code));
    geometries.forEach((g, i) => expect(pathOf(shapeOf(g as never, arcs), at)).toBe(pathOf(project(features[i]!), at)));
    // The main map's Hainan: only the polygons whose outer ring reaches north of 17°N.
    const hainan = china.provinceByCode.get('460000')!;
    const north = { ...hainan, geometry: { type: 'MultiPolygon' as const, coordinates: (hainan.geometry.coordinates as number[][][][]).filter((p) => p[0]!.some(([, lat]) => lat! > 17)) } };
    const g = topology.objects.provinces.geometries.find((x) => (x.properties as { code: string }).code === '460000')!;
    const ours = pathOf(shapeOf(g as never, arcs, (lat) => lat > 17), at);
    expect(ours).toBe(pathOf(project(north), at));
    expect(ours.split('M').length).toBeLessThan(pathOf(project(hainan), at).split('M').length);
  });

  it('tell whether a point of the drawing is inside a province as d3 geoContains does (holes included: Beijing is not in Hebei)', () => {
    const at = { k: 900, tx: 450, ty: 330 };
    const proj = d3conic().scale(at.k).translate([at.tx, at.ty]);
    const shapes = new Map(china.provinces.map((f) => [f.properties.code, project(f)]));
    let inside = 0, checked = 0;
    // A grid over the east of the country, against every province whose box holds the point.
    for (let lon = 110; lon <= 125; lon += 0.37)
      for (let lat = 22; lat <= 45; lat += 0.41) {
        const [x, y] = proj([lon, lat])!;
        for (const f of china.provinces) {
          const ours = insideShape(shapes.get(f.properties.code)!, at, x, y);
          // Points on an edge may go either way; the grid's steps keep clear of them but for a few.
          if (ours !== geoContains(f, [lon, lat])) continue;
          checked++;
          if (ours) inside++;
        }
      }
    expect(checked).toBeGreaterThan(0.995 * 41 * 57 * china.provinces.length);
    expect(inside).toBeGreaterThan(500);
    const beijing = china.provinceByCode.get('110000')!.properties.label;
    const [bx, by] = proj(beijing)!;
    expect(insideShape(shapes.get('110000')!, at, bx, by)).toBe(true);
    expect(insideShape(shapes.get('130000')!, at, bx, by)).toBe(false);
  });
});
