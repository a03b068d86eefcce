#!/usr/bin/env node
// Shows that the self-checks catch what they claim to: each case breaks the committed
// public/geo/cities.topo.json in one way and expects runChecks to name the unit and the fault.
//   node geo/selftest.mjs
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadUnits } from './lib/units.mjs';
import { properCrossings, runChecks } from './lib/checks.mjs';

const FILE = fileURLToPath(new URL('../public/geo/cities.topo.json', import.meta.url));
const text = readFileSync(FILE, 'utf8');
const { units, byCode } = loadUnits();

const geometry = (t, code) => [...t.objects.changchun.geometries, ...t.objects.tianjin.geometries].find((g) => g.id === code);
const firstRing = (g) => (g.type === 'Polygon' ? g.arcs[0] : g.arcs[0][0]);

const cases = [
  ['the file as committed passes', null, (t) => t],
  ['a unit missing', /120101 和平区: missing/, (t) => (t.objects.tianjin.geometries = t.objects.tianjin.geometries.filter((g) => g.id !== '120101'), t)],
  ['a code twice', /220102 南关区: appears more than once/, (t) => (t.objects.changchun.geometries.push(structuredClone(geometry(t, '220102'))), t)],
  ['a wrong name', /120116 滨海新区: name_zh 塘沽区/, (t) => ((geometry(t, '120116').properties.name_zh = '塘沽区'), t)],
  ['a unit in the other city', /220184 公主岭市: properties.city is changchun but the unit is in object tianjin/, (t) => {
    const g = geometry(t, '220184');
    t.objects.changchun.geometries = t.objects.changchun.geometries.filter((x) => x !== g);
    t.objects.tianjin.geometries.push(g);
    return t;
  }],
  ['inverted winding', /120104 南开区: d3 geoArea .* inverted winding/, (t) => {
    const ring = firstRing(geometry(t, '120104'));
    ring.reverse();
    for (let i = 0; i < ring.length; i++) ring[i] = ~ring[i];
    return t;
  }],
  ['a label outside its unit', /220106 绿园区: label .* not inside/, (t) => ((geometry(t, '220106').properties.label = [126.5, 44.9]), t)],
  ['a label not rounded', /120119 蓟州区: label .* not rounded/, (t) => ((geometry(t, '120119').properties.label[0] += 1e-7), t)],
  ['a stale Mercator extent', /120101 和平区: properties.mercator_bounds .* differs from the geometry's Mercator extent/, (t) => ((geometry(t, '120101').properties.mercator_bounds[2] += 1e-4), t)],
  ['a Mercator area missing', /220102 南关区: properties.mercator_area undefined differs/, (t) => (delete geometry(t, '220102').properties.mercator_area, t)],
  ['a unit moved out of its city', /120101 和平区: .*outside tianjin bounds/, (t) => {
    // Move every arc of 和平区 (all of them are shared, so neighbours move too).
    t.transform.translate[0] -= 1;
    return t;
  }],
  ['a border pushed across its neighbour', /tianjin: borders cross at/, (t) => {
    // Push two points of one of 和平区's border arcs ~4 km west and east: that border now crosses others.
    const ring = firstRing(geometry(t, '120101'));
    const i = ring.find((a) => t.arcs[a < 0 ? ~a : a].length > 2);
    const arc = t.arcs[i < 0 ? ~i : i];
    arc[1][0] -= 400;
    arc[2][0] += 400;
    return t;
  }],
  ['over the gzip budget', /gzip size .* exceeds/, (t) => ((t.padding = Array.from({ length: 30000 }, (_, i) => (i * 2654435761) % 1e9)), t)],
];

let failed = 0;
for (const [name, expect, mutate] of cases) {
  const t = mutate(JSON.parse(text));
  const { failures } = runChecks(JSON.stringify(t), { units, byCode });
  const ok = expect === null ? failures.length === 0 : failures.some((f) => expect.test(f));
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok && failures.length ? ` → ${failures.find((f) => expect.test(f))}` : ''}`);
  if (!ok) console.log(`     got: ${failures.slice(0, 5).join(' | ') || 'no failures'}`);
}

// properCrossings: a bow-tie crosses itself; two squares touching at a vertex do not.
const bowtie = [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]];
const touching = [[[0, 0], [1, 0], [1, 1], [2, 1], [2, 2], [1, 2], [1, 1], [0, 1], [0, 0]]];
for (const [name, rings, n] of [['bow-tie ring', bowtie, 1], ['ring touching itself at a vertex', touching, 0]]) {
  const got = properCrossings(rings).length;
  const ok = got === n;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${got} proper crossing(s), expected ${n}`);
}

console.log(`${cases.length + 2 - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
