// Where the national map's mainland and 南海诸岛 inset go (src/national/map-layout.ts), over the
// real outlines: at a desk's size the inset sits in the lower right corner with no land or dash
// under it, never narrower than its caption needs, from a column's width (520 px) up.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { indexChina, type ChinaTopology } from '../../src/national/china-geometry';
import { fit, projectArcs, shapeOf, union, type Projected } from '../../src/national/projected';
import { INSET_ASPECT, MIN_INSET, NARROW_BELOW, cornerRoom, deskInset, deskLayout } from '../../src/national/map-layout';

const topology = JSON.parse(readFileSync('public/geo/china.topo.json', 'utf8')) as ChinaTopology;
const china = indexChina(topology);
const arcs = projectArcs(topology);
const hainan = china.provinceByCode.get('460000');
// As national-map.ts draws the mainland: Hainan without the islands south of 17°N, and the dashes north of it.
const north = (maxLat: number) => maxLat > 17;
const mainland: Projected[] = [...china.provinces.map((f) => shapeOf(f.geometry, arcs, f === hainan ? north : undefined)), shapeOf(china.line.geometry, arcs, north)];
const box = union(mainland.map((s) => s.box));

/** Every vertex of the mainland as drawn at `at`. */
function* points(at: { k: number; tx: number; ty: number }): Generator<[number, number]> {
  for (const s of mainland) for (const p of s.polygons) for (const xy of p.rings) for (let i = 0; i < xy.length; i += 2) yield [at.k * xy[i]! + at.tx, at.k * xy[i + 1]! + at.ty];
}

describe('the national map layout', () => {
  it('the corner\'s room skips whole polygons and finds the same as every vertex', () => {
    const at = fit(box, [[11, 11], [541, 426]]);
    let brute = Infinity;
    for (const [x, y] of points(at)) brute = Math.min(brute, Math.max(546 - x - 4, (447 - y - 4) / INSET_ASPECT));
    expect(cornerRoom(mainland, at, 546, 447)).toBeCloseTo(brute, 9);
  });

  const sizes: [number, number][] = [];
  for (const w of [NARROW_BELOW, 552, 600, 768, 900, 1152, 1400, 2000, 2560]) sizes.push([w, Math.round(w * 0.82)]);
  sizes.push([900, 660], [1400, 700], [600, 900], [2560, 1100]);
  it.each(sizes)('at %i×%i: the inset in the corner, at least MIN_INSET wide, with no land or dash under it', (w, h) => {
    const pad = Math.max(8, w * 0.02);
    const { at, inset } = deskLayout(box, mainland, w, h, [[pad, pad], [w - pad, h - pad - 16]], deskInset(w));
    expect(inset.w).toBeGreaterThanOrEqual(MIN_INSET);
    expect(inset.x + inset.w).toBeLessThanOrEqual(w - 6);
    expect(inset.y + inset.h).toBeLessThanOrEqual(h - 6);
    for (const [x, y] of points(at)) expect(x < inset.x || y < inset.y, `a point at ${x.toFixed(1)},${y.toFixed(1)} under the inset`).toBe(true);
    // The mainland stays inside the drawing.
    expect(at.k * box.minX + at.tx).toBeGreaterThanOrEqual(pad - 1e-6);
    expect(at.k * box.maxX + at.tx).toBeLessThanOrEqual(w - pad + 1e-6);
  });

  it('a column (aspect 0.82) keeps the whole mainland from 552 px (the figure), and 97 % of it from NARROW_BELOW: the inset comes from moving it', () => {
    for (const [w, share] of [[NARROW_BELOW, 0.97], [540, 0.97], [552, 1], [600, 1]] as const) {
      const h = Math.round(w * 0.82), pad = Math.max(8, w * 0.02);
      const extent: [[number, number], [number, number]] = [[pad, pad], [w - pad, h - pad - 16]];
      expect(deskLayout(box, mainland, w, h, extent, deskInset(w)).at.k / fit(box, extent).k, `${w} px`).toBeGreaterThanOrEqual(share - 1e-9);
    }
  });
});
