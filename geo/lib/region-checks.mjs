// Checks on the serialised region file, decoded the way the site decodes it (topojson-client).
import { feature } from 'topojson-client';
import { geoArea, geoContains } from 'd3-geo';
import { PROVINCES, REGION_BBOX, REGION_MAX_GZIP_BYTES } from './region-config.mjs';
import { polygonsOf } from './geojson.mjs';
import { gzipBytes } from './write.mjs';

/** Where each city's units must fall: the province that contains the city. */
const CITY_PROVINCE = { changchun: '220000', tianjin: '120000' };

/**
 * @param {string} text the serialised region topology
 * @param {string | null} citiesText public/geo/cities.topo.json, to check both files agree
 */
export function checkRegion(text, citiesText) {
  const failures = [];
  const gzip = gzipBytes(text);
  if (gzip > REGION_MAX_GZIP_BYTES) failures.push(`gzip size ${gzip} B exceeds ${REGION_MAX_GZIP_BYTES} B`);
  let topo;
  try {
    topo = JSON.parse(text);
  } catch (e) {
    return { failures: [`not valid JSON: ${e.message}`], summary: 'invalid' };
  }
  if (topo.type !== 'Topology') failures.push(`type is ${topo.type}, expected Topology`);
  const names = Object.keys(topo.objects ?? {});
  if (names.join() !== 'land,provinces,borders') failures.push(`objects are [${names}], expected [land,provinces,borders]`);
  if (failures.length) return { failures, summary: 'invalid' };

  const [w, s, e, n] = REGION_BBOX;
  const cam = topo.camera;
  if (!Array.isArray(cam) || cam.length !== 4 || !(cam[0] > w && cam[1] > s && cam[2] < e && cam[3] < n)) failures.push(`camera bounds ${JSON.stringify(cam)} must lie inside the region box ${JSON.stringify(REGION_BBOX)}`);
  const eps = 1e-3;
  const inBox = (p) => p[0] >= w - eps && p[0] <= e + eps && p[1] >= s - eps && p[1] <= n + eps;
  const checkShape = (what, geometry) => {
    const area = geoArea(geometry);
    if (!(area > 0 && area < 2 * Math.PI)) failures.push(`${what}: d3 geoArea ${area} — inverted winding or empty`);
    let outside = 0;
    for (const poly of polygonsOf(geometry)) for (const ring of poly) for (const p of ring) if (!inBox(p)) outside++;
    if (outside) failures.push(`${what}: ${outside} positions outside the region box ${JSON.stringify(REGION_BBOX)}`);
  };

  const landGeoms = topo.objects.land.geometries;
  if (landGeoms.length !== 1) failures.push(`land has ${landGeoms.length} geometries, expected 1`);
  const land = feature(topo, landGeoms[0]);
  checkShape('land', land.geometry);

  const provinces = new Map();
  const geoms = topo.objects.provinces.geometries;
  if (geoms.map((g) => g.id).join() !== PROVINCES.map((p) => p.code).join()) {
    failures.push(`provinces are [${geoms.map((g) => g.id)}], expected [${PROVINCES.map((p) => p.code)}]`);
  }
  let vertices = 0;
  for (const g of geoms) {
    const p = PROVINCES.find((x) => x.code === g.id);
    const what = `province ${g.id} ${p?.name_zh ?? '(unknown)'}`;
    if (!p) continue;
    const props = g.properties ?? {};
    if (props.code !== p.code || props.name_zh !== p.name_zh || props.name_en !== p.name_en) failures.push(`${what}: properties ${JSON.stringify(props)} do not match the config`);
    const f = feature(topo, g);
    provinces.set(g.id, f);
    checkShape(what, f.geometry);
    for (const poly of polygonsOf(f.geometry)) for (const ring of poly) vertices += ring.length - 1;
    if (!Array.isArray(props.label) || !geoContains(f, props.label)) failures.push(`${what}: label ${JSON.stringify(props.label)} is not inside the province`);
  }

  const borderGeoms = topo.objects.borders.geometries;
  if (borderGeoms.map((g) => g.id).join() !== geoms.map((g) => g.id).join()) failures.push(`borders are [${borderGeoms.map((g) => g.id)}], expected one per province`);
  for (const g of borderGeoms) {
    const lines = feature(topo, g).geometry?.coordinates ?? [];
    if (!lines.length) failures.push(`borders ${g.id}: no lines`);
    for (const line of lines) for (let i = 1; i < line.length; i++) {
      const [a, b] = [line[i - 1], line[i]];
      if ((a[0] === b[0] && (a[0] === w || a[0] === e)) || (a[1] === b[1] && (a[1] === s || a[1] === n))) failures.push(`borders ${g.id}: a segment runs along the region box at ${a}`);
    }
  }

  // Both files are WGS-84: every district's label point must fall in its own province and on land.
  if (citiesText) {
    const cities = JSON.parse(citiesText);
    for (const [city, code] of Object.entries(CITY_PROVINCE)) {
      const province = provinces.get(code);
      for (const g of cities.objects[city]?.geometries ?? []) {
        const label = g.properties.label;
        if (province && !geoContains(province, label)) failures.push(`cities.topo.json ${g.id} ${g.properties.name_zh}: label ${label} is not inside province ${code}`);
        if (!geoContains(land, label)) failures.push(`cities.topo.json ${g.id} ${g.properties.name_zh}: label ${label} is in the sea of region.topo.json`);
      }
    }
  } else failures.push('public/geo/cities.topo.json is missing: build it first (node geo/build.mjs)');

  const summary = `${geoms.length} provinces, ${vertices} province vertices, ${topo.arcs.length} arcs; ${Buffer.byteLength(text)} B raw, ${gzip} B gzip -9 (budget ${REGION_MAX_GZIP_BYTES} B)`;
  return { failures, summary };
}
