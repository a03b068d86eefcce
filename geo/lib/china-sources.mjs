// Read the national map's sources from @esmjs/geo 1.0.0: `china` (34 provincial units and the
// dashed line 100000_JD) and the seat points (`center`) of the paired cities from the province
// exports. Everything is GCJ-02 here; build-china.mjs converts it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esmjs from '@esmjs/geo';

const TABLE = fileURLToPath(new URL('../china-units.json', import.meta.url));
export const CHINA_SOURCE = { package: '@esmjs/geo', version: '1.0.0', export: 'china' };

export function loadChinaTable() {
  const t = JSON.parse(readFileSync(TABLE, 'utf8'));
  const byCode = new Map(t.provinces.map((p) => [p.code, p]));
  if (byCode.size !== 34) throw new Error(`china-units.json: ${byCode.size} provinces, expected 34`);
  return { ...t, byCode };
}

function copyGeometry(g) {
  const ring = (r) => r.map((p) => [p[0], p[1]]);
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(ring) };
  if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) };
  throw new Error(`unexpected geometry type ${g.type}`);
}

/** Provinces and the line as two FeatureCollections, ids = codes, fresh coordinate arrays. */
export function readChina(table) {
  const provinces = new Map();
  let line = null;
  for (const f of esmjs.china.features) {
    const code = String(f.properties.adcode);
    if (code === table.line.code) {
      line = { type: 'Feature', id: code, properties: { code }, geometry: copyGeometry(f.geometry) };
      continue;
    }
    const p = table.byCode.get(code);
    if (!p) throw new Error(`@esmjs/geo china: feature ${code} ${f.properties.name} is not in china-units.json`);
    if (f.properties.name !== p.name_zh) throw new Error(`@esmjs/geo china: ${code} is named ${f.properties.name}, china-units.json says ${p.name_zh}`);
    if (provinces.has(code)) throw new Error(`@esmjs/geo china: ${code} appears twice`);
    provinces.set(code, { type: 'Feature', id: code, properties: { code }, geometry: copyGeometry(f.geometry) });
  }
  const missing = [...table.byCode.keys()].filter((c) => !provinces.has(c));
  if (missing.length) throw new Error(`@esmjs/geo china: no feature for ${missing.join(', ')}`);
  if (!line) throw new Error(`@esmjs/geo china: no feature ${table.line.code} (the dashed line)`);
  const codes = [...provinces.keys()].sort();
  return {
    provinces: { type: 'FeatureCollection', features: codes.map((c) => provinces.get(c)) },
    line: { type: 'FeatureCollection', features: [line] },
  };
}

/** Seat points: the `center` of the unit's feature in the named export (DataV: the seat of government). */
export function readSeats(table) {
  return {
    type: 'FeatureCollection',
    features: table.seats.map((s) => {
      const f = esmjs[s.export]?.features.find((x) => String(x.properties.adcode) === s.code);
      if (!f) throw new Error(`@esmjs/geo ${s.export}: no feature ${s.code} for the seat of ${s.name_zh}`);
      if (f.properties.name !== s.name_zh) throw new Error(`@esmjs/geo ${s.export}: ${s.code} is named ${f.properties.name}, china-units.json says ${s.name_zh}`);
      const [lon, lat] = f.properties.center;
      return {
        type: 'Feature',
        id: s.code,
        properties: { code: s.code, name_zh: s.name_zh, name_en: s.name_en, source: `@esmjs/geo@1.0.0 ${s.export} ${s.code} center, GCJ-02→WGS-84` },
        geometry: { type: 'Point', coordinates: [lon, lat] },
      };
    }),
  };
}
