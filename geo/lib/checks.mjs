// Self-checks on the serialised output, decoded the way the site decodes it (topojson-client).
// Each failure names the unit (code and name) and what failed.
import { feature, mesh } from 'topojson-client';
import { geoArea, geoContains } from 'd3-geo';
import kinks from '@turf/kinks';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { AREA_KM2, BOUNDS, EARTH_RADIUS_KM, MAX_AREA_CHANGE, MAX_GZIP_BYTES, MIN_VERTICES } from './config.mjs';
import { CITIES, EXPECTED_COUNT } from './units.mjs';
import { largestPart } from './labels.mjs';
import { mercatorMeasures } from './mercator.mjs';
import { planarRingArea, polygonsOf, vertexCount } from './geojson.mjs';
import { gzipBytes } from './write.mjs';

const PROPERTY_KEYS = ['code', 'city', 'name_zh', 'name_en', 'label', 'mercator_bounds', 'mercator_area'];

/**
 * @param {string} text the serialised topology
 * @param {{units: object[], byCode: Map<string, object>, source?: Map<string, object>}} ctx
 *   source: the cleaned, unsimplified WGS-84 feature per code (for point-count and area checks)
 * @returns {{failures: string[], perUnit: object[], sizes: {raw: number, gzip: number}}}
 */
export function runChecks(text, { units, byCode, source }) {
  const failures = [];
  const fail = (u, what) => failures.push(u ? `${u.code} ${u.name_zh ?? ''}: ${what}` : what);
  const perUnit = [];

  const sizes = { raw: Buffer.byteLength(text, 'utf8'), gzip: gzipBytes(text) };
  if (sizes.gzip > MAX_GZIP_BYTES) fail(null, `gzip size ${sizes.gzip} B exceeds ${MAX_GZIP_BYTES} B`);

  let topo;
  try {
    topo = JSON.parse(text);
  } catch (e) {
    return { failures: [`not valid JSON: ${e.message}`], perUnit, sizes };
  }
  if (topo.type !== 'Topology') fail(null, `type is ${topo.type}, expected Topology`);
  const objectNames = Object.keys(topo.objects ?? {});
  if (objectNames.join() !== CITIES.join()) fail(null, `objects are [${objectNames}], expected [${CITIES}]`);

  const seen = new Map();
  for (const city of CITIES) {
    const obj = topo.objects?.[city];
    if (obj?.type !== 'GeometryCollection') {
      fail(null, `object ${city} is missing or not a GeometryCollection`);
      continue;
    }
    if (obj.geometries.length !== EXPECTED_COUNT[city]) {
      fail(null, `${city} has ${obj.geometries.length} units, expected ${EXPECTED_COUNT[city]}`);
    }
    for (const g of obj.geometries) {
      const id = g.id;
      const u = byCode.get(id) ?? { code: String(id), name_zh: '(not in units.json)' };
      if (typeof id !== 'string' || !byCode.has(id)) fail(u, `id ${JSON.stringify(id)} is not a code of units.json`);
      if (seen.has(id)) fail(u, `appears more than once (in ${seen.get(id)} and ${city})`);
      seen.set(id, city);
      checkProperties(g, u, city, fail);
      const f = feature(topo, g);
      perUnit.push(checkGeometry(f, u, city, source?.get(id), fail));
    }
  }
  // Borders of different units must not cross either (that would be an overlap or a gap).
  for (const city of CITIES) {
    const obj = topo.objects?.[city];
    if (obj?.type !== 'GeometryCollection') continue;
    const lines = mesh(topo, obj).coordinates;
    for (const c of properCrossings(lines, 'MultiLineString')) fail(null, `${city}: borders cross at ${c.map((v) => v.toFixed(6))} (units overlap there)`);
  }
  for (const u of units) if (!seen.has(u.code)) fail(u, 'missing from the output');
  if (seen.size !== units.length) fail(null, `${seen.size} distinct codes, expected ${units.length}`);
  return { failures, perUnit, sizes };
}

function checkProperties(g, u, city, fail) {
  const p = g.properties ?? {};
  const keys = Object.keys(p);
  if (keys.join() !== PROPERTY_KEYS.join()) fail(u, `properties keys are [${keys}], expected [${PROPERTY_KEYS}]`);
  if (p.code !== g.id) fail(u, `properties.code ${p.code} differs from id ${g.id}`);
  if (p.city !== city) fail(u, `properties.city is ${p.city} but the unit is in object ${city}`);
  if (u.city && u.city !== city) fail(u, `is in object ${city}, units.json says ${u.city}`);
  if (u.name_zh && p.name_zh !== u.name_zh) fail(u, `name_zh ${p.name_zh}, expected ${u.name_zh}`);
  if (u.name_en && p.name_en !== u.name_en) fail(u, `name_en ${p.name_en}, expected ${u.name_en}`);
  const l = p.label;
  if (!Array.isArray(l) || l.length !== 2 || !l.every(Number.isFinite)) fail(u, `label ${JSON.stringify(l)} is not [lon, lat]`);
  else if (l.some((v) => Math.round(v * 1e5) / 1e5 !== v)) fail(u, `label ${JSON.stringify(l)} is not rounded to 5 decimals`);
}

function checkGeometry(f, u, city, src, fail) {
  const g = f.geometry;
  const info = { code: u.code, name_zh: u.name_zh, city, vertices: 0, parts: 0, areaKm2: 0 };
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
    fail(u, `geometry is ${g?.type ?? 'null'}, expected Polygon or MultiPolygon`);
    return info;
  }
  const parts = polygonsOf(g);
  info.parts = parts.length;
  info.vertices = vertexCount(g);
  if (!parts.length) fail(u, 'has no polygon');

  // Rings: closed, ≥ 4 positions, non-zero area, within the city's bounds, no proper self-crossing.
  const [w, s, e, n] = BOUNDS[city];
  parts.forEach((rings, pi) => {
    rings.forEach((ring, ri) => {
      const where = `part ${pi} ring ${ri}`;
      const a = ring[0], b = ring[ring.length - 1];
      if (ring.length < 4) fail(u, `${where} has ${ring.length} positions (collapsed)`);
      else if (a[0] !== b[0] || a[1] !== b[1]) fail(u, `${where} is not closed`);
      if (planarRingArea(ring) === 0) fail(u, `${where} has zero area`);
      for (let i = 1, m = ring.length - 1; i <= m; i++) {
        const p0 = ring[i - 1], p2 = ring[i === m ? 1 : i + 1];
        if (p0[0] === p2[0] && p0[1] === p2[1]) fail(u, `${where} has a zero-width spike at ${ring[i]} (goes there and straight back)`);
        if (ring[i][0] === p0[0] && ring[i][1] === p0[1]) fail(u, `${where} repeats the point ${p0}`);
      }
      const out = ring.find(([x, y]) => !(x >= w && x <= e && y >= s && y <= n));
      if (out) fail(u, `${where} has a position ${JSON.stringify(out)} outside ${city} bounds ${JSON.stringify(BOUNDS[city])}`);
    });
    for (const c of properCrossings(rings)) fail(u, `part ${pi}: rings cross themselves or each other at ${c.map((v) => v.toFixed(6))}`);
  });

  // Winding: d3-geo takes the area right of each ring; an inverted unit would cover most of the globe.
  const sr = geoArea(f);
  info.areaKm2 = Math.round(sr * EARTH_RADIUS_KM ** 2);
  if (!(sr > 0 && sr < 2 * Math.PI)) fail(u, `d3 geoArea ${sr} sr is not in (0, 2π): inverted winding?`);
  else if (info.areaKm2 < AREA_KM2[0] || info.areaKm2 > AREA_KM2[1]) fail(u, `area ${info.areaKm2} km² outside plausible ${AREA_KM2.join('–')} km²`);
  parts.forEach((rings, pi) => {
    const a = geoArea({ type: 'Polygon', coordinates: [rings[0]] });
    if (!(a > 0 && a < 0.01)) fail(u, `part ${pi}: exterior ring has d3 geoArea ${a} sr (expected small and positive: clockwise)`);
  });

  // Label: inside the (largest part of the) decoded polygon, for d3-geo (spherical) and turf (planar).
  const label = f.properties?.label;
  if (Array.isArray(label) && parts.length) {
    const main = { type: 'Polygon', coordinates: largestPart(g) };
    if (!geoContains(f, label)) fail(u, `label ${JSON.stringify(label)} is not inside the unit (d3 geoContains)`);
    if (!geoContains(main, label)) fail(u, `label ${JSON.stringify(label)} is not inside the unit's largest part (d3 geoContains)`);
    if (!booleanPointInPolygon(label, main, { ignoreBoundary: true })) fail(u, `label ${JSON.stringify(label)} is not inside the largest part (turf)`);
  }

  // The Mercator extent and area the paired view fits and ranks with: those of this very geometry.
  const m = mercatorMeasures(f);
  const mb = f.properties?.mercator_bounds;
  if (!Array.isArray(mb) || mb.length !== 4 || !mb.every(Number.isFinite)) fail(u, `properties.mercator_bounds ${JSON.stringify(mb)} is not [x0, y0, x1, y1]`);
  else if (mb.some((v, i) => v !== m.mercator_bounds[i])) fail(u, `properties.mercator_bounds ${JSON.stringify(mb)} differs from the geometry's Mercator extent ${JSON.stringify(m.mercator_bounds)}`);
  const ma = f.properties?.mercator_area;
  if (ma !== m.mercator_area) fail(u, `properties.mercator_area ${JSON.stringify(ma)} differs from the geometry's Mercator area ${m.mercator_area}`);

  // Against the unsimplified source: enough vertices left, area kept.
  if (src) {
    const srcVertices = vertexCount(src.geometry);
    info.sourceVertices = srcVertices;
    const need = Math.min(MIN_VERTICES, srcVertices);
    if (info.vertices < need) fail(u, `${info.vertices} vertices left, need at least ${need} (source has ${srcVertices})`);
    const srcSr = geoArea(src);
    info.areaChange = sr / srcSr - 1;
    if (Math.abs(info.areaChange) > MAX_AREA_CHANGE) {
      fail(u, `area changed by ${(info.areaChange * 100).toFixed(1)} % through simplification (limit ${MAX_AREA_CHANGE * 100} %)`);
    }
  }
  return info;
}

/**
 * Crossings of segments in their interiors (found with @turf/kinks), leaving out the points where
 * lines merely touch at a shared vertex, which turf also reports.
 * @param {number[][][]} lines rings of a polygon, or lines of a MultiLineString
 */
export function properCrossings(lines, type = 'Polygon') {
  const found = kinks({ type, coordinates: lines }).features.map((k) => k.geometry.coordinates);
  if (!found.length) return [];
  const vertices = lines.flat();
  const near = (p, q) => Math.abs(q[0] - p[0]) < 1e-9 && Math.abs(q[1] - p[1]) < 1e-9;
  const out = [];
  for (const p of found) if (!vertices.some((v) => near(v, p)) && !out.some((q) => near(q, p))) out.push(p);
  return out;
}
