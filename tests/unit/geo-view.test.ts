import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { content } from '../../src/content/index';
import { buildModel } from '../../src/model/build-model';
import type { CitiesTopology } from '../../src/model/geometry';
import { geoArcs, modelBounds, pairBounds } from '../../src/geo-view/arcs';
import { decodeRegion, type RegionTopology } from '../../src/geo-view/region';
import { parseHash, serializeHash } from '../../src/url-fields';
import type { KnownIds } from '../../src/state/url-field';
import { DEFAULT_STATE } from '../../src/url-fields';
import { offeredBasemaps } from '../../src/geo-view/basemaps';
import { buildStyle, modelTints, splitLater, unitFeatures, unitTints } from '../../src/geo-view/map-style';
// MapLibre's own style spec (maplibre-gl's dependency): the view turns MapLibre's validation off (webgl-view.ts).
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildTints } from '../../config/unit-tints';
import { basemapOrigins, cspDirectives } from '../../config/csp';

const root = resolve(import.meta.dirname, '../..');
const topology = JSON.parse(readFileSync(resolve(root, 'public/geo/cities.topo.json'), 'utf8')) as CitiesTopology;
const model = buildModel(content, topology);

describe('geographic arcs', () => {
  const arcs = geoArcs(model);
  it('draws one arc from each Changchun party to each Tianjin party of every pairing', () => {
    expect(arcs).toHaveLength(model.pairs.reduce((n, p) => n + p.changchun.length * p.tianjin.length, 0));
    expect(new Set(arcs.map((a) => a.pair))).toEqual(new Set(model.pairs.map((p) => p.id)));
    for (const a of arcs) {
      expect(a.from.city).toBe('changchun');
      expect(a.to.city).toBe('tianjin');
    }
  });
  it('tells district pairs from functional-zone pairs', () => {
    const chaoyang = arcs.find((a) => a.pair === 'chaoyang-heping')!;
    expect(chaoyang.kind).toBe('district');
    const zones = arcs.filter((a) => a.kind === 'zone');
    expect(zones.length).toBeGreaterThan(0);
    for (const a of zones) expect(a.from.kind === 'zone' || a.to.kind === 'zone').toBe(true);
    expect(arcs.filter((a) => a.sub).length).toBe(2);
  });
  it('fits a selected pair across both cities, ≈ 840 km apart', () => {
    const [w, s, e, n] = pairBounds(model.pairById.get('chaoyang-heping')!);
    expect(w).toBeLessThan(118);
    expect(e).toBeGreaterThan(125);
    expect(s).toBeLessThan(39.5);
    expect(n).toBeGreaterThan(43.5);
    const all = modelBounds(model);
    expect(all[0]).toBeLessThanOrEqual(w);
    expect(all[3]).toBeGreaterThanOrEqual(n);
  });
});

describe('region.topo.json', () => {
  const region = decodeRegion(JSON.parse(readFileSync(resolve(root, 'public/geo/region.topo.json'), 'utf8')) as RegionTopology);
  it('has land, every province in its box and their borders, and a camera box well inside it', () => {
    const names = region.provinces.features.map((f) => f.properties.name_zh);
    for (const name of ['北京市', '天津市', '河北省', '内蒙古自治区', '辽宁省', '吉林省', '黑龙江省', '山东省']) expect(names).toContain(name);
    // The camera (maxBounds) stays inside the land's clip box, far inside at the north (a pitched
    // camera looks north, past the top of its bounds), and the land
    // reaches north of Heilongjiang (before: it stopped at 50°N, a band of sea above a pitched view).
    const [w, s, e, n] = region.bbox;
    const [cw, cs, ce, cn] = region.camera;
    expect(Math.min(cw - w, cs - s, e - ce)).toBeGreaterThanOrEqual(2);
    expect(n - cn).toBeGreaterThanOrEqual(10);
    expect(n).toBeGreaterThanOrEqual(60);
    expect(region.land.geometry.type).toMatch(/Polygon/);
    expect(region.borders.coordinates.flat().length).toBeGreaterThan(300);
  });
});

describe('the map style before and after ready', () => {
  const region = decodeRegion(JSON.parse(readFileSync(resolve(root, 'public/geo/region.topo.json'), 'utf8')) as RegionTopology);
  const arcIds = ['arcs-district', 'arcs-zone', 'arcs-district-top', 'arcs-zone-top'];
  for (const basemap of ['none', 'osm'])
    for (const emphasised of [true, false]) {
      it(`draws no line but the arcs before ready, and the lines added in order give the whole style back (basemap ${basemap}, ${emphasised ? 'a pair selected' : 'no arc emphasised'})`, () => {
        const whole = buildStyle(model, region, basemap);
        // MapLibre does not validate it as it loads (validateStyle: false): it must be valid.
        expect(validateStyleMin(whole)).toEqual([]);
        const { style, later, laterSources, laterArcs } = splitLater(whole, { emphasised });
        expect(validateStyleMin(style)).toEqual([]);
        // Before ready: fills and the arcs only (the selection outline has an empty filter until a pair
        // is chosen); the arcs' top layers only if an arc is emphasised from the start.
        const early = emphasised ? arcIds : arcIds.slice(0, 2);
        expect(style.layers.filter((l) => l.type === 'line').map((l) => l.id)).toEqual(['units-selected', ...early]);
        expect(laterArcs.map((l) => l.id)).toEqual(emphasised ? [] : arcIds.slice(2));
        // The arcs are drawn last, over everything of the map, with one line program: the same paint
        // properties, data-driven alike, in all four layers.
        expect(whole.layers.slice(-4).map((l) => l.id)).toEqual(arcIds);
        expect(style.layers.slice(-early.length).map((l) => l.id)).toEqual(early);
        const shapes = whole.layers.slice(-4).map((l) => JSON.stringify(Object.keys((l as { paint: object }).paint).sort()));
        expect(new Set(shapes).size).toBe(1);
        // The sources: before ready, those its layers draw; at ready, those only the lines draw (the
        // province borders); none that no layer draws.
        const drawn = (layers: typeof whole.layers) => new Set(layers.flatMap((l) => ('source' in l && typeof l.source === 'string' ? [l.source] : [])));
        expect(Object.keys(style.sources).sort()).toEqual([...drawn(style.layers)].sort());
        expect(Object.keys(laterSources).sort()).toEqual([...drawn(later.map((l) => l.layer))].filter((id) => !drawn(style.layers).has(id)).sort());
        expect(Object.keys(laterSources)).toEqual(['borders']);
        expect({ ...style.sources, ...laterSources }).toEqual(Object.fromEntries(Object.entries(whole.sources).filter(([id]) => drawn(whole.layers).has(id))));
        // What webgl-view.ts does at ready: each later layer under the `before` layer the map has then,
        // then the arcs' top layers appended.
        const ids = style.layers.map((l) => l.id);
        for (const { layer, before } of later) {
          if (before) expect(ids).toContain(before);
          ids.splice(before ? ids.indexOf(before) : ids.length, 0, layer.id);
        }
        ids.push(...laterArcs.map((l) => l.id));
        expect(ids).toEqual(whole.layers.map((l) => l.id));
      });
    }
});

describe("the districts' tints", () => {
  it('are worked out by the build as the page did: no two neighbours alike', () => {
    const built = buildTints(root);
    // A fresh model, as the page has: the page's own colouring (unitTints) gives the same tints.
    const fresh = buildModel(content, JSON.parse(readFileSync(resolve(root, 'public/geo/cities.topo.json'), 'utf8')) as CitiesTopology);
    const units = [...fresh.parties.values()].filter((p) => p.feature).map((p) => ({ id: p.id, geometry: p.feature!.geometry }));
    expect(built).toEqual(Object.fromEntries(unitTints(units)));
    expect(modelTints(fresh)).toEqual(built);
    expect(Object.keys(built)).toHaveLength(units.length);
    // Given to the style, the build's tints are the ones drawn.
    const other = buildModel(content, JSON.parse(readFileSync(resolve(root, 'public/geo/cities.topo.json'), 'utf8')) as CitiesTopology);
    expect(Object.fromEntries(unitFeatures(other, built).features.map((f) => [f.properties.id, f.properties.tint]))).toEqual(built);
  });
  it('are worked out in the page when the build has none for a unit', () => {
    const other = buildModel(content, JSON.parse(readFileSync(resolve(root, 'public/geo/cities.topo.json'), 'utf8')) as CitiesTopology);
    const wrong = { nanguan: 3 };
    expect(Object.fromEntries(unitFeatures(other, wrong).features.map((f) => [f.properties.id, f.properties.tint]))).toEqual(buildTints(root));
  });
});

describe('the basemaps a build offers, and its CSP', () => {
  it('offers OpenStreetMap by default, what VITE_BASEMAPS lists, and nothing in the single file', () => {
    expect(offeredBasemaps(undefined, 'production', false)).toEqual(['osm']);
    expect(offeredBasemaps('', 'production', false)).toEqual([]);
    expect(offeredBasemaps('osm,tianditu', 'production', false)).toEqual(['osm']);
    expect(offeredBasemaps('osm,tianditu', 'production', true)).toEqual(['osm', 'tianditu']);
    expect(offeredBasemaps('osm', 'single', true)).toEqual([]);
  });
  it('allows the tile hosts of exactly those basemaps', () => {
    expect(basemapOrigins('production', {})).toEqual(['https://tile.openstreetmap.org']);
    expect(basemapOrigins('production', { VITE_BASEMAPS: '' })).toEqual([]);
    expect(cspDirectives('single')['connect-src']).toEqual(["'self'"]);
  });
});

describe('basemap in the URL', () => {
  const known: KnownIds = { pairs: new Set(['chaoyang-heping']), places: new Set(), views: new Set(['paired', 'geo']) };
  it('is off by default and left out of the URL', () => {
    expect(DEFAULT_STATE.basemap).toBe('none');
    expect(serializeHash(DEFAULT_STATE)).not.toContain('basemap');
  });
  it('never turns tiles on from a link (only the reader does, in the page); anything else is a notice', () => {
    expect(parseHash('#basemap=osm', known)).toEqual({ state: {}, notices: [{ kind: 'basemap-by-link', value: 'osm' }] });
    expect(serializeHash({ ...DEFAULT_STATE, basemap: 'osm' })).not.toContain('basemap');
    expect(parseHash('#basemap=https%3A%2F%2Fevil.example%2F%7Bz%7D', known)).toEqual({
      state: {},
      notices: [{ kind: 'unknown-basemap', value: 'https://evil.example/{z}' }],
    });
  });
});
