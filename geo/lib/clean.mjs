// Clean: no consecutive duplicate points, no degenerate rings, d3-geo winding.
import rewind from '@mapbox/geojson-rewind';
import { planarRingArea, polygonsOf } from './geojson.mjs';

/**
 * Returns a new FeatureCollection and counts of what was removed.
 * Winding: d3-geo reads a ring as the area on its right (clockwise exterior in lon/lat), the
 * opposite of RFC 7946; a counter-clockwise exterior would be drawn as the globe minus the unit.
 * So rings are rewound with geojson-rewind's clockwise=true (exterior clockwise, holes counter-clockwise).
 */
export function clean(fc) {
  const stats = { duplicatePoints: 0, degenerateRings: 0, emptyPolygons: 0 };
  const features = fc.features.map((f) => {
    const polys = [];
    for (const poly of polygonsOf(f.geometry)) {
      const [outer, ...holes] = poly.map((ring) => dedupe(ring, stats));
      if (!isRing(outer)) {
        // A degenerate exterior takes its holes with it.
        stats.degenerateRings += poly.length;
        stats.emptyPolygons++;
        continue;
      }
      polys.push([outer, ...holes.filter((h) => isRing(h) || (stats.degenerateRings++, false))]);
    }
    if (!polys.length) throw new Error(`${f.id}: no polygon left after cleaning`);
    const geometry = polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
    return { type: 'Feature', id: f.id, properties: f.properties, geometry };
  });
  return { fc: rewind({ type: 'FeatureCollection', features }, true), stats };
}

const isRing = (r) => r.length >= 4 && planarRingArea(r) !== 0;

function dedupe(ring, stats) {
  const out = [];
  for (const p of ring) {
    const q = out[out.length - 1];
    if (q && q[0] === p[0] && q[1] === p[1]) {
      stats.duplicatePoints++;
      continue;
    }
    out.push([p[0], p[1]]);
  }
  // Close the ring with its own copy of the first position.
  const a = out[0], b = out[out.length - 1];
  if (out.length && (a[0] !== b[0] || a[1] !== b[1])) out.push([a[0], a[1]]);
  return out;
}
