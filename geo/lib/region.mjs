// The region around both cities: land from Natural Earth (world-atlas, WGS-84) and province
// outlines merged from @esmjs/geo's prefectures (GCJ-02 → WGS-84), clipped to REGION_BBOX,
// simplified along shared arcs and quantized into one Topology { land, provinces }.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as esmjs from '@esmjs/geo';
import bboxClip from '@turf/bbox-clip';
import rewind from '@mapbox/geojson-rewind';
import { topology } from 'topojson-server';
import { feature, merge, quantize } from 'topojson-client';
import { filter, filterWeight, planarRingArea, presimplify, quantile, simplify } from 'topojson-simplify';
import { gcj02ToWgs84 } from './datum.mjs';
import { clean } from './clean.mjs';
import { labelPoint } from './labels.mjs';
import { polygonsOf } from './geojson.mjs';
import { PROVINCES, REGION_BBOX, REGION_CAMERA_BOUNDS, REGION_KEEP, REGION_LAND_FILE, REGION_MIN_RING_AREA, REGION_QUANTIZATION } from './region-config.mjs';

const require = createRequire(import.meta.url);

/** Fresh position arrays (gcoord converts in place; the package's objects must stay untouched). */
const copy = (g) =>
  g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map((p) => [p[0], p[1]])) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map((r) => r.map((p) => [p[0], p[1]]))) };

/** Each province as one feature: its prefectures (or districts) merged along their shared borders. */
export function readProvinces() {
  const prefectures = [];
  for (const p of PROVINCES) {
    const fc = esmjs[p.export];
    if (!fc?.features?.length) throw new Error(`@esmjs/geo: export "${p.export}" is missing or empty`);
    for (const f of fc.features) {
      const code = String(f.properties?.acroutes?.[1] ?? '');
      if (code !== p.code) throw new Error(`@esmjs/geo ${p.export}: ${f.properties?.name} belongs to ${code}, expected ${p.code}`);
      prefectures.push({ type: 'Feature', properties: { province: p.code }, geometry: copy(f.geometry) });
    }
  }
  const wgs = clean(gcj02ToWgs84({ type: 'FeatureCollection', features: prefectures })).fc;
  const topo = topology({ p: wgs }, 1e7);
  const features = PROVINCES.map((p) => {
    const parts = topo.objects.p.geometries.filter((g) => g.properties.province === p.code);
    return { type: 'Feature', id: p.code, properties: { code: p.code }, geometry: merge(topo, parts) };
  });
  return { type: 'FeatureCollection', features };
}

export function readLand() {
  const file = require.resolve(`world-atlas/${REGION_LAND_FILE}`);
  const world = JSON.parse(readFileSync(file, 'utf8'));
  const land = feature(world, world.objects.land);
  const features = land.type === 'FeatureCollection' ? land.features : [land];
  return { type: 'FeatureCollection', features: features.map((f) => ({ type: 'Feature', id: 'land', properties: {}, geometry: f.geometry })) };
}

/** Clip every feature to the box; drop rings the clip left empty. */
export function clipToRegion(fc, box = REGION_BBOX) {
  const features = [];
  for (const f of fc.features) {
    const clipped = bboxClip(f, box).geometry;
    const polys = polygonsOf(clipped)
      .map((poly) => poly.filter((ring) => ring.length >= 4 && planarRingArea(ring) !== 0))
      .filter((poly) => poly.length);
    if (!polys.length) continue;
    features.push({ ...f, geometry: polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys } });
  }
  // d3-geo winding (exterior clockwise), as in cities.topo.json; the clip does not keep it.
  return rewind({ type: 'FeatureCollection', features }, true);
}

const round = (v) => Math.round(v * 1e5) / 1e5;

/**
 * Province outlines as lines, without the segments the clip laid along the region box: those
 * are the edge of the map, not borders. (The sources' provinces do not share exact borders, so
 * a topojson mesh of shared arcs would find none; neighbours' lines lie within metres.)
 */
export function bordersOf(provinces, box = REGION_BBOX) {
  const [w, s, e, n] = box;
  const onEdge = (a, b) => (a[0] === b[0] && (a[0] === w || a[0] === e)) || (a[1] === b[1] && (a[1] === s || a[1] === n));
  const features = provinces.features.map((f) => {
    const lines = [];
    for (const poly of polygonsOf(f.geometry)) {
      for (const ring of poly) {
        let line = [];
        for (let i = 0; i < ring.length; i++) {
          if (i > 0 && onEdge(ring[i - 1], ring[i])) {
            if (line.length > 1) lines.push(line);
            line = [];
          }
          line.push(ring[i]);
        }
        if (line.length > 1) lines.push(line);
      }
    }
    return { type: 'Feature', id: f.id, properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } };
  });
  return { type: 'FeatureCollection', features };
}

export function buildRegion() {
  const land = clean(clipToRegion(readLand())).fc;
  const read = readProvinces();
  const provinces = clean(clipToRegion(read)).fc;
  // The lines are cut from a box a little larger than the land's: where a border wiggles across the
  // edge, simplification can join two of its crossing points into a segment along the cut. Along
  // the larger box such a segment lies outside the land and outside anything the camera shows.
  const lineBox = [REGION_BBOX[0] - 0.5, REGION_BBOX[1] - 0.5, REGION_BBOX[2] + 0.5, REGION_BBOX[3] + 0.5];
  const borders = bordersOf(clean(clipToRegion(read, lineBox)).fc, lineBox);
  let topo = presimplify(topology({ land, provinces, borders }));
  topo = simplify(topo, quantile(topo, REGION_KEEP));
  topo = filter(topo, filterWeight(topo, REGION_MIN_RING_AREA, planarRingArea));
  topo = quantize(topo, REGION_QUANTIZATION);

  const byCode = new Map(PROVINCES.map((p) => [p.code, p]));
  const provinceGeometries = [...topo.objects.provinces.geometries]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((g) => {
      const p = byCode.get(g.id);
      const label = labelPoint(feature(topo, g).geometry);
      return { type: g.type, id: p.code, properties: { code: p.code, name_zh: p.name_zh, name_en: p.name_en, label }, arcs: g.arcs };
    });
  const landGeometries = topo.objects.land.geometries.map((g) => ({ type: g.type, id: 'land', arcs: g.arcs }));
  // One land geometry: the clip may leave several features (continent, islands); merge them.
  const landTopo = { ...topo, objects: { land: { type: 'GeometryCollection', geometries: landGeometries } } };
  const mergedLand = landGeometries.length > 1 ? mergeArcsOf(landTopo, landGeometries) : landGeometries;
  return {
    type: 'Topology',
    bbox: REGION_BBOX.map(round),
    // Not TopoJSON: where src/geo-view keeps the camera (maxBounds), decided here with the clip box.
    camera: REGION_CAMERA_BOUNDS,
    transform: { scale: topo.transform.scale, translate: topo.transform.translate },
    objects: {
      land: { type: 'GeometryCollection', geometries: mergedLand },
      provinces: { type: 'GeometryCollection', geometries: provinceGeometries },
      borders: { type: 'GeometryCollection', geometries: [...topo.objects.borders.geometries].sort((a, b) => (a.id < b.id ? -1 : 1)).map((g) => ({ type: g.type, id: g.id, arcs: g.arcs })) },
    },
    arcs: topo.arcs,
  };
}

/** Several land geometries as one MultiPolygon (arcs concatenated, not dissolved: they do not touch). */
function mergeArcsOf(_topo, geometries) {
  const arcs = geometries.flatMap((g) => (g.type === 'Polygon' ? [g.arcs] : g.arcs));
  return [{ type: 'MultiPolygon', id: 'land', arcs }];
}
