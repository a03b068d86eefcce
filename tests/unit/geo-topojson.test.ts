// Invariants of the committed boundary file public/geo/cities.topo.json (built by geo/build.mjs),
// read the way the site reads it: topojson-client to decode, d3-geo for spherical geometry.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { feature, neighbors } from 'topojson-client';
import { geoArea, geoBounds, geoContains, geoMercatorRaw, geoPath, geoProjection } from 'd3-geo';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

type City = 'changchun' | 'tianjin';
interface UnitProps {
  code: string;
  city: City;
  name_zh: string;
  name_en: string;
  label: [number, number];
  mercator_bounds: [number, number, number, number];
  mercator_area: number;
}

const FILE = new URL('../../public/geo/cities.topo.json', import.meta.url);
const text = readFileSync(FILE, 'utf8');
const topo = JSON.parse(text) as Topology<Record<City, GeometryCollection<UnitProps>>>;

// GB/T 2260 codes and Chinese names, written out here independently of the pipeline's table.
const EXPECTED: Record<City, Record<string, string>> = {
  changchun: {
    '220102': '南关区', '220103': '宽城区', '220104': '朝阳区', '220105': '二道区', '220106': '绿园区',
    '220112': '双阳区', '220113': '九台区', '220122': '农安县', '220182': '榆树市', '220183': '德惠市',
    '220184': '公主岭市',
  },
  tianjin: {
    '120101': '和平区', '120102': '河东区', '120103': '河西区', '120104': '南开区', '120105': '河北区',
    '120106': '红桥区', '120110': '东丽区', '120111': '西青区', '120112': '津南区', '120113': '北辰区',
    '120114': '武清区', '120115': '宝坻区', '120116': '滨海新区', '120117': '宁河区', '120118': '静海区',
    '120119': '蓟州区',
  },
};
// [west, south, east, north], WGS-84.
const BOUNDS: Record<City, [number, number, number, number]> = {
  changchun: [124, 43, 128, 46],
  tianjin: [116.5, 38.5, 118.5, 40.5],
};
// Official land areas, km²: Changchun incl. 公主岭市 ≈ 24,744; Tianjin ≈ 11,966.
const CITY_AREA_KM2: Record<City, number> = { changchun: 24_744, tianjin: 11_966 };
const EARTH_RADIUS_KM = 6371.0088;
const CITIES: City[] = ['changchun', 'tianjin'];

function unitsOf(city: City): Feature<Polygon | MultiPolygon, UnitProps>[] {
  const fc = feature(topo, topo.objects[city]);
  return fc.features as Feature<Polygon | MultiPolygon, UnitProps>[];
}

function positionsOf(g: Polygon | MultiPolygon): Position[] {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.flat(2);
}

describe('public/geo/cities.topo.json', () => {
  it('is a Topology with exactly the objects changchun and tianjin', () => {
    expect(topo.type).toBe('Topology');
    expect(Object.keys(topo.objects)).toEqual(CITIES);
    for (const city of CITIES) expect(topo.objects[city].type).toBe('GeometryCollection');
  });

  it('has 27 units, each code exactly once, with the right city and names', () => {
    const all: string[] = [];
    for (const city of CITIES) {
      const geoms = topo.objects[city].geometries;
      expect(geoms.length, city).toBe(Object.keys(EXPECTED[city]).length);
      for (const g of geoms) {
        const p = g.properties as UnitProps;
        expect(g.id, `${city} ${p.name_zh}`).toBe(p.code);
        expect(p.city, p.code).toBe(city);
        expect(p.name_zh, p.code).toBe(EXPECTED[city][p.code]);
        expect(p.name_en, p.code).toMatch(/\S/);
        expect(Object.keys(p), p.code).toEqual(['code', 'city', 'name_zh', 'name_en', 'label', 'mercator_bounds', 'mercator_area']);
        all.push(p.code);
      }
      expect(geoms.map((g) => g.id).sort()).toEqual(Object.keys(EXPECTED[city]).sort());
    }
    expect(all.length).toBe(27);
    expect(new Set(all).size).toBe(27);
  });

  for (const city of CITIES) {
    describe(city, () => {
      const units = unitsOf(city);

      it.each(units.map((f) => [`${f.properties.code} ${f.properties.name_zh}`, f] as const))(
        '%s: polygon with sensible area (winding d3-geo reads as the unit, not the globe minus it)',
        (_name, f) => {
          expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
          const km2 = geoArea(f) * EARTH_RADIUS_KM ** 2;
          expect(geoArea(f)).toBeLessThan(0.01); // ≪ 2π sr
          expect(km2).toBeGreaterThan(5); // 和平区, the smallest, is ≈ 10 km²
          expect(km2).toBeLessThan(10_000);
        },
      );

      it.each(units.map((f) => [`${f.properties.code} ${f.properties.name_zh}`, f] as const))(
        '%s: label point lies inside the unit',
        (_name, f) => {
          const label = f.properties.label;
          expect(label).toHaveLength(2);
          expect(label.map((v) => Math.round(v * 1e5) / 1e5)).toEqual(label);
          expect(geoContains(f, label)).toBe(true);
        },
      );

      it.each(units.map((f) => [`${f.properties.code} ${f.properties.name_zh}`, f] as const))(
        '%s: its Mercator extent and area are those the paired view would measure',
        (_name, f) => {
          // The paired view fits, zooms and ranks names with these (src/views/paired-layout.ts `raw`).
          // d3's Mercator without clipping or resampling: the view's own (city-mercator.test.ts).
          const path = geoPath(geoProjection(geoMercatorRaw).precision(0).preclip((stream) => stream).scale(1).translate([0, 0]));
          const [[x0, y0], [x1, y1]] = path.bounds(f);
          const [bx0, by0, bx1, by1] = f.properties.mercator_bounds;
          for (const [got, want] of [[bx0, x0], [by0, y0], [bx1, x1], [by1, y1]] as const) expect(Math.abs(got - want)).toBeLessThan(1e-8);
          expect(Math.abs(f.properties.mercator_area / path.area(f) - 1)).toBeLessThan(1e-5);
        },
      );

      it('lies within the city bounds', () => {
        const [w, s, e, n] = BOUNDS[city];
        for (const f of units) {
          const [[x0, y0], [x1, y1]] = geoBounds(f);
          expect([x0, y0, x1, y1].every(Number.isFinite), f.properties.code).toBe(true);
          const outside = positionsOf(f.geometry).filter(([x = NaN, y = NaN]) => !(x >= w && x <= e && y >= s && y <= n));
          expect(outside, f.properties.code).toEqual([]);
        }
      });

      it('adds up to about the official city area and every unit shares a border within the city', () => {
        const km2 = units.reduce((a, f) => a + geoArea(f), 0) * EARTH_RADIUS_KM ** 2;
        expect(Math.abs(km2 / CITY_AREA_KM2[city] - 1)).toBeLessThan(0.05);
        const nb = neighbors(topo.objects[city].geometries);
        nb.forEach((list, i) => expect(list.length, units[i]?.properties.code).toBeGreaterThan(0));
      });
    });
  }

  it('is at most 25 KB gzip (level 9)', () => {
    const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;
    expect(gz).toBeLessThanOrEqual(25_000);
  });
});
