#!/usr/bin/env node
// Builds public/geo/china.topo.json: the 34 provincial-level units of China, the dashed line in the
// South China Sea (100000_JD) and the seats of the paired cities, in WGS-84, for the national view.
// See geo/README.md (“The national map”).
//
//   node geo/build-china.mjs           build, check, write
//   node geo/build-china.mjs --check   build in memory and check; fail if the committed file differs
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { loadChinaTable, readChina, readSeats } from './lib/china-sources.mjs';
import { simplifyChina, quantizeTopology } from './lib/china-simplify.mjs';
import { runChinaChecks } from './lib/china-checks.mjs';
import gcoord from 'gcoord';
import { gcj02ToWgs84, round } from './lib/datum.mjs';
import { clean } from './lib/clean.mjs';
import { labelPoint } from './lib/labels.mjs';
import { readIfExists, serialise, writeText } from './lib/write.mjs';

const OUT = fileURLToPath(new URL('../public/geo/china.topo.json', import.meta.url));
const OUT_REL = 'public/geo/china.topo.json';
/** Share of interior arc points kept: the national map is drawn ~600–1200 px wide. */
export const CHINA_KEEP = 0.3;
export const CHINA_QUANTIZATION = 1e5;

function build(table) {
  const src = readChina(table);
  const provinces = clean(gcj02ToWgs84(src.provinces)).fc;
  const line = clean(gcj02ToWgs84(src.line)).fc;
  const seats = readSeats(table);
  for (const f of seats.features) {
    const [lon, lat] = gcoord.transform(f.geometry.coordinates, gcoord.GCJ02, gcoord.WGS84);
    f.geometry.coordinates = [round(lon, 6), round(lat, 6)];
  }
  const { fcs } = simplifyChina({ provinces, line }, CHINA_KEEP);
  const again = { provinces: clean(fcs.provinces).fc, line: clean(fcs.line).fc };
  const topo = quantizeTopology({ ...again, seats }, CHINA_QUANTIZATION);
  const decoded = feature(topo, topo.objects.provinces).features;
  const labels = new Map(decoded.map((f) => [f.id, labelPoint(f.geometry)]));
  const sortById = (gs) => [...gs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out = {
    type: 'Topology',
    bbox: topo.bbox.map((v) => round(v, 6)),
    transform: topo.transform,
    objects: {
      provinces: {
        type: 'GeometryCollection',
        geometries: sortById(topo.objects.provinces.geometries).map((g) => {
          const p = table.byCode.get(g.id);
          return { type: g.type, id: g.id, properties: { code: g.id, name_zh: p.name_zh, name_en: p.name_en, label: labels.get(g.id) }, arcs: g.arcs };
        }),
      },
      line: {
        type: 'GeometryCollection',
        geometries: topo.objects.line.geometries.map((g) => ({ type: g.type, id: g.id, properties: { code: g.id, name_zh: table.line.name_zh, name_en: table.line.name_en }, arcs: g.arcs })),
      },
      seats: {
        type: 'GeometryCollection',
        geometries: sortById(topo.objects.seats.geometries).map((g) => ({ type: g.type, id: g.id, properties: g.properties, coordinates: g.coordinates })),
      },
    },
    arcs: topo.arcs,
  };
  return serialise(out);
}

function main() {
  const check = process.argv.includes('--check');
  const t0 = Date.now();
  const table = loadChinaTable();
  const first = build(table);
  const failures = [];
  if (build(table) !== first) failures.push('determinism: two builds gave different bytes');
  const r = runChinaChecks(first, table);
  failures.push(...r.failures);
  console.log(`geo/china: 34 units, ${r.stats.vertices} vertices, ${r.stats.southParts} island parts south of 17°N, ${r.stats.lineParts} dashes; ${r.sizes.raw} B raw, ${r.sizes.gzip} B gzip -9`);
  if (r.warnings.length) console.log(`geo/china: ${r.stats.crossings} known ring self-crossings kept from the source:\n  ${r.warnings.join('\n  ')}`);
  const committed = readIfExists(OUT);
  if (check) {
    if (committed === null) failures.push(`${OUT_REL} does not exist (run npm run geo)`);
    else if (committed !== first) failures.push(`${OUT_REL} differs from what the pipeline builds (run npm run geo and commit)`);
  }
  if (failures.length) {
    console.error(`\ngeo/china: ${failures.length} check(s) FAILED:\n  - ${failures.join('\n  - ')}`);
    process.exit(1);
  }
  if (check) return console.log(`geo/china: ${OUT_REL} is up to date and passes all checks (${Date.now() - t0} ms)`);
  if (committed === first) console.log(`geo/china: ${OUT_REL} unchanged (${Date.now() - t0} ms)`);
  else {
    writeText(OUT, first);
    console.log(`geo/china: ${OUT_REL} ${committed === null ? 'created' : 'CHANGED'} (${Date.now() - t0} ms)`);
  }
}

main();
