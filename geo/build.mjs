#!/usr/bin/env node
// Builds public/geo/cities.topo.json: the 11 Changchun and 16 Tianjin county-level units as one
// TopoJSON Topology in WGS-84, then checks it. See geo/README.md.
//
//   node geo/build.mjs           build, check, write (reports whether the file changed)
//   node geo/build.mjs --check   build in memory and check; fail if the committed file differs
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadUnits } from './lib/units.mjs';
import { readChangchun, readTianjin } from './lib/sources.mjs';
import { gcj02ToWgs84, removeEchartsRoundingBias } from './lib/datum.mjs';
import { clean } from './lib/clean.mjs';
import { buildTopology, simplifyCity } from './lib/topology.mjs';
import { labelPoint } from './lib/labels.mjs';
import { mercatorMeasures } from './lib/mercator.mjs';
import { assemble, readIfExists, serialise, writeText } from './lib/write.mjs';
import { runChecks } from './lib/checks.mjs';
import { KEEP, MIN_RING_AREA, QUANTIZATION } from './lib/config.mjs';
import { feature } from 'topojson-client';
import { vertexCount } from './lib/geojson.mjs';

const OUT = fileURLToPath(new URL('../public/geo/cities.topo.json', import.meta.url));
const OUT_REL = 'public/geo/cities.topo.json';

/** The whole pipeline, sources to bytes. Pure: every call reads the sources afresh. */
function build(units, byCode) {
  // 1. Read and match to codes.  2. Datum.  3. Clean + winding.
  const tianjinRaw = gcj02ToWgs84(readTianjin(units));
  const changchunRaw = gcj02ToWgs84(removeEchartsRoundingBias(readChangchun(units)));
  const cleaned = { changchun: clean(changchunRaw), tianjin: clean(tianjinRaw) };

  // 4. Simplify each city on its own topology, then one quantized topology for both.
  const simplified = {};
  const simplifyStats = {};
  for (const city of ['changchun', 'tianjin']) {
    const r = simplifyCity(cleaned[city].fc, KEEP[city], MIN_RING_AREA);
    // Dropping points can expose new A→B→A spikes where the source border loops over itself;
    // both units along a shared arc lose the same spike, so borders still agree.
    const again = clean(r.fc);
    simplified[city] = again.fc;
    simplifyStats[city] = { minWeight: r.minWeight, droppedRings: r.droppedRings, spikesAfterSimplify: again.stats.spikes };
  }
  const topo = buildTopology(simplified, QUANTIZATION);

  // 5. Label points, Mercator extents and areas, on the decoded, quantized output (what the site draws).
  const labels = new Map();
  const measures = new Map();
  for (const city of ['changchun', 'tianjin']) {
    for (const f of feature(topo, topo.objects[city]).features) {
      labels.set(f.id, labelPoint(f.geometry));
      measures.set(f.id, mercatorMeasures(f));
    }
  }
  const text = serialise(assemble(topo, byCode, labels, measures));

  const source = new Map();
  for (const city of ['changchun', 'tianjin']) for (const f of cleaned[city].fc.features) source.set(f.id, f);
  const stats = {
    changchun: { ...cleaned.changchun.stats, ...simplifyStats.changchun },
    tianjin: { ...cleaned.tianjin.stats, ...simplifyStats.tianjin },
  };
  return { text, source, stats };
}

function main() {
  const check = process.argv.includes('--check');
  const t0 = Date.now();
  const { units, byCode, sharedStatus } = loadUnits();
  console.log(`geo: ${sharedStatus}`);

  const first = build(units, byCode);
  const second = build(units, byCode);
  const failures = [];
  if (first.text !== second.text) failures.push('determinism: two builds in one process gave different bytes');

  const result = runChecks(first.text, { units, byCode, source: first.source });
  failures.push(...result.failures);
  printReport(first, result);

  const committed = readIfExists(OUT);
  if (check) {
    if (committed === null) failures.push(`${OUT_REL} does not exist (run npm run geo)`);
    else {
      if (committed !== first.text) failures.push(`${OUT_REL} differs from what the pipeline builds (run npm run geo and commit)`);
      const again = runChecks(committed, { units, byCode });
      failures.push(...again.failures.map((f) => `${OUT_REL}: ${f}`));
    }
  }

  if (failures.length) {
    let kept = '';
    if (!check) {
      const rejected = join(tmpdir(), 'cities.rejected.topo.json');
      writeText(rejected, first.text);
      kept = `\n(${OUT_REL} left as it was; the rejected output is in ${rejected})`;
    }
    console.error(`\ngeo: ${failures.length} check(s) FAILED:\n  - ${failures.join('\n  - ')}${kept}`);
    process.exit(1);
  }

  if (check) {
    console.log(`geo: ${OUT_REL} is up to date and passes all checks (${Date.now() - t0} ms)`);
    return;
  }
  if (committed === first.text) console.log(`geo: ${OUT_REL} unchanged (byte-identical) — all checks passed (${Date.now() - t0} ms)`);
  else {
    writeText(OUT, first.text);
    console.log(`geo: ${OUT_REL} ${committed === null ? 'created' : 'CHANGED'} — all checks passed (${Date.now() - t0} ms)`);
  }
}

function printReport({ stats }, { perUnit, sizes }) {
  for (const city of ['changchun', 'tianjin']) {
    const s = stats[city];
    const rows = perUnit.filter((r) => r.city === city);
    const v = rows.reduce((a, r) => a + r.vertices, 0);
    const sv = rows.reduce((a, r) => a + (r.sourceVertices ?? 0), 0);
    console.log(
      `geo: ${city}: ${rows.length} units, ${v} vertices kept of ${sv} after cleaning (keep ${KEEP[city]}, minWeight ${s.minWeight.toExponential(3)}); ` +
        `removed ${s.duplicatePoints} duplicate points, ${s.spikes} spikes (+${s.spikesAfterSimplify} after simplifying), ${s.degenerateRings} degenerate rings` +
        (s.droppedRings.length ? `; dropped small rings: ${s.droppedRings.map((d) => `${d.id} ×${d.dropped}`).join(', ')}` : ''),
    );
    for (const r of rows) {
      const ch = r.areaChange === undefined ? '' : ` Δarea ${(r.areaChange * 100).toFixed(2)} %`;
      console.log(`       ${r.code} ${r.name_zh.padEnd(5, '　')} ${String(r.vertices).padStart(5)} / ${String(r.sourceVertices).padStart(5)} vertices, ${r.parts} part(s), ${r.areaKm2} km²${ch}`);
    }
  }
  console.log(`geo: size ${sizes.raw} B raw, ${sizes.gzip} B gzip -9`);
}

main();
