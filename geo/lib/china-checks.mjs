// Self-checks of public/geo/china.topo.json, decoded the way the site decodes it. A map of the
// whole country must be complete: all 34 provincial units (台湾省, 香港, 澳门 included), the South
// China Sea islands and the dashed line. Each failure names the unit and what failed.
import { feature } from 'topojson-client';
import { geoArea, geoContains } from 'd3-geo';
import { polygonsOf, planarRingArea } from './geojson.mjs';
import { gzipBytes } from './write.mjs';
import { properCrossings } from './checks.mjs';

export const CHINA_LIMITS = {
  maxGzipBytes: 60_000,
  /** WGS-84 box of the whole map incl. the South China Sea: [west, south, east, north]. */
  bounds: [73, 3, 136, 54],
  /** The line lies in the South China Sea. */
  lineBounds: [106, 3, 124, 26],
  minLineParts: 10,
  /** Hainan's parts south of 17°N: the 西沙, 中沙 and 南沙 islands. */
  minSouthSeaParts: 40,
  /** Self-crossings of rings the source has and simplification keeps (see README.md). */
  maxRingCrossings: 20,
};

export function runChinaChecks(text, table) {
  const failures = [];
  const warnings = [];
  const fail = (code, what) => failures.push(code ? `${code} ${table.byCode.get(code)?.name_zh ?? ''}: ${what}` : what);
  const sizes = { raw: Buffer.byteLength(text), gzip: gzipBytes(text) };
  if (sizes.gzip > CHINA_LIMITS.maxGzipBytes) fail(null, `gzip size ${sizes.gzip} B exceeds ${CHINA_LIMITS.maxGzipBytes} B`);
  let topo;
  try {
    topo = JSON.parse(text);
  } catch (e) {
    return { failures: [`not valid JSON: ${e.message}`], warnings, sizes, stats: {} };
  }
  const names = Object.keys(topo.objects ?? {}).join();
  if (names !== 'provinces,line,seats') fail(null, `objects are [${names}], expected [provinces,line,seats]`);
  if (!topo.objects?.provinces || !topo.objects?.line || !topo.objects?.seats) return { failures, warnings, sizes, stats: {} };

  const provinces = feature(topo, topo.objects.provinces).features;
  const byCode = new Map();
  let crossings = 0, vertices = 0;
  const [w, s, e, n] = CHINA_LIMITS.bounds;
  for (const f of provinces) {
    const code = f.id;
    if (!table.byCode.has(code)) fail(code, 'is not in china-units.json');
    if (byCode.has(code)) fail(code, 'appears twice');
    byCode.set(code, f);
    const p = f.properties ?? {};
    const ref = table.byCode.get(code) ?? {};
    if (p.name_zh !== ref.name_zh || p.name_en !== ref.name_en) fail(code, `names ${p.name_zh}/${p.name_en} differ from china-units.json`);
    const parts = polygonsOf(f.geometry);
    if (!parts.length) fail(code, 'has no polygon');
    for (const [pi, rings] of parts.entries()) {
      for (const [ri, ring] of rings.entries()) {
        vertices += ring.length - 1;
        const where = `part ${pi} ring ${ri}`;
        if (ring.length < 4) fail(code, `${where} has ${ring.length} positions (collapsed)`);
        if (planarRingArea(ring) === 0) fail(code, `${where} has zero area`);
        const out = ring.find(([x, y]) => !(x >= w && x <= e && y >= s && y <= n));
        if (out) fail(code, `${where} has ${JSON.stringify(out)} outside ${JSON.stringify(CHINA_LIMITS.bounds)}`);
      }
      const c = properCrossings(rings);
      if (c.length) warnings.push(`${code} ${ref.name_zh} part ${pi}: ${c.length} self-crossing(s) near ${c[0].map((v) => v.toFixed(3))}`);
      crossings += c.length;
    }
    const sr = geoArea(f);
    if (!(sr > 0 && sr < 2 * Math.PI)) fail(code, `d3 geoArea ${sr} sr: inverted winding?`);
    const label = p.label;
    if (!Array.isArray(label) || !geoContains(f, label)) fail(code, `label ${JSON.stringify(label)} is not inside the unit`);
  }
  for (const code of table.byCode.keys()) if (!byCode.has(code)) fail(code, 'is missing');
  if (crossings > CHINA_LIMITS.maxRingCrossings) fail(null, `${crossings} ring self-crossings, more than the ${CHINA_LIMITS.maxRingCrossings} known from the source`);

  // The South China Sea: Hainan's islands and the dashed line.
  const hainan = byCode.get('460000');
  const southParts = hainan ? polygonsOf(hainan.geometry).filter((rings) => rings[0].every(([, y]) => y < 17)).length : 0;
  if (southParts < CHINA_LIMITS.minSouthSeaParts) fail('460000', `${southParts} island parts south of 17°N, expected ≥ ${CHINA_LIMITS.minSouthSeaParts}`);
  const lineFs = feature(topo, topo.objects.line).features;
  const line = lineFs.find((f) => f.id === table.line.code);
  if (lineFs.length !== 1 || !line) fail(null, `object line must hold exactly the feature ${table.line.code}`);
  else {
    const parts = polygonsOf(line.geometry);
    if (parts.length < CHINA_LIMITS.minLineParts) fail(null, `the dashed line has ${parts.length} dashes, expected ≥ ${CHINA_LIMITS.minLineParts}`);
    const [lw, ls, le, ln] = CHINA_LIMITS.lineBounds;
    for (const [pi, rings] of parts.entries()) {
      if (rings[0].length < 4 || planarRingArea(rings[0]) === 0) fail(null, `dash ${pi} of the line collapsed`);
      if (rings[0].some(([x, y]) => !(x >= lw && x <= le && y >= ls && y <= ln))) fail(null, `dash ${pi} of the line lies outside the South China Sea box`);
    }
  }

  // Seats: inside their province (a city seat inside its province's outline).
  const seats = feature(topo, topo.objects.seats).features;
  if (seats.length !== table.seats.length) fail(null, `${seats.length} seats, expected ${table.seats.length}`);
  for (const seat of seats) {
    const prov = byCode.get(`${String(seat.id).slice(0, 2)}0000`);
    if (!prov || !geoContains(prov, seat.geometry.coordinates)) fail(null, `seat ${seat.id} ${seat.properties.name_zh} is not inside its province`);
    if (!/^@esmjs\/geo@1\.0\.0 /.test(seat.properties.source ?? '')) fail(null, `seat ${seat.id} does not name its source`);
  }
  return { failures, warnings, sizes, stats: { vertices, crossings, southParts, lineParts: line ? polygonsOf(line.geometry).length : 0 } };
}
