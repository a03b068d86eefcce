#!/usr/bin/env node
// Builds public/geo/region.topo.json: the background of the geographic view — land (sea is
// what is left) and the outlines of the provinces between Jilin and the Bohai rim, in WGS-84,
// clipped to the region's box. See geo/README.md ("Region").
//
//   node geo/build-region.mjs           build, check, write (reports whether the file changed)
//   node geo/build-region.mjs --check   build in memory and check; fail if the committed file differs
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readIfExists, serialise, writeText } from './lib/write.mjs';
import { buildRegion } from './lib/region.mjs';
import { checkRegion } from './lib/region-checks.mjs';

const OUT = fileURLToPath(new URL('../public/geo/region.topo.json', import.meta.url));
const OUT_REL = 'public/geo/region.topo.json';
const CITIES = fileURLToPath(new URL('../public/geo/cities.topo.json', import.meta.url));

function main() {
  const check = process.argv.includes('--check');
  const t0 = Date.now();
  const first = serialise(buildRegion());
  const second = serialise(buildRegion());
  const failures = [];
  if (first !== second) failures.push('determinism: two builds in one process gave different bytes');
  const result = checkRegion(first, readIfExists(CITIES));
  failures.push(...result.failures);
  console.log(`geo-region: ${result.summary}`);

  const committed = readIfExists(OUT);
  if (check) {
    if (committed === null) failures.push(`${OUT_REL} does not exist (run npm run geo)`);
    else if (committed !== first) failures.push(`${OUT_REL} differs from what the pipeline builds (run npm run geo and commit)`);
  }
  if (failures.length) {
    let kept = '';
    if (!check) {
      const rejected = join(tmpdir(), 'region.rejected.topo.json');
      writeText(rejected, first);
      kept = `\n(${OUT_REL} left as it was; the rejected output is in ${rejected})`;
    }
    console.error(`\ngeo-region: ${failures.length} check(s) FAILED:\n  - ${failures.join('\n  - ')}${kept}`);
    process.exit(1);
  }
  if (check) console.log(`geo-region: ${OUT_REL} is up to date and passes all checks (${Date.now() - t0} ms)`);
  else if (committed === first) console.log(`geo-region: ${OUT_REL} unchanged (byte-identical) — all checks passed (${Date.now() - t0} ms)`);
  else {
    writeText(OUT, first);
    console.log(`geo-region: ${OUT_REL} ${committed === null ? 'created' : 'CHANGED'} — all checks passed (${Date.now() - t0} ms)`);
  }
}

main();
