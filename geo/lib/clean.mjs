// Clean: no consecutive duplicate points, no zero-width spikes, no degenerate rings, d3-geo winding.
import rewind from '@mapbox/geojson-rewind';
import { planarRingArea, polygonsOf } from './geojson.mjs';

/**
 * Returns a new FeatureCollection and counts of what was removed.
 *
 * Duplicates and spikes: the echarts data, snapped to a 1/1024° grid, repeats points and goes
 * out and back along the same segment (A→B→A). topojson-server would cut needless arcs at every
 * such point. Only exact repeats are removed: collinear points stay, since a neighbour may have
 * a junction there and shared borders must keep identical vertices (so no @turf/clean-coords).
 *
 * Winding: d3-geo reads a ring as the area on its right (clockwise exterior in lon/lat), the
 * opposite of RFC 7946; a counter-clockwise exterior would be drawn as the globe minus the unit.
 * So rings are rewound with geojson-rewind's clockwise=true (exterior clockwise, holes counter-clockwise).
 */
export function clean(fc) {
  const stats = { duplicatePoints: 0, spikes: 0, degenerateRings: 0, emptyPolygons: 0 };
  const features = fc.features.map((f) => {
    const polys = [];
    for (const poly of polygonsOf(f.geometry)) {
      const [outer, ...holes] = poly.map((ring) => cleanRing(ring, stats));
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
const same = (a, b) => a[0] === b[0] && a[1] === b[1];

/** A closed ring without consecutive repeats and without A→B→A spikes (also across the closing point). */
function cleanRing(ring, stats) {
  const open = ring.length > 1 && same(ring[0], ring[ring.length - 1]) ? ring.slice(0, -1) : ring;
  const out = [];
  for (const p of open) {
    if (out.length && same(out[out.length - 1], p)) stats.duplicatePoints++;
    else if (out.length >= 2 && same(out[out.length - 2], p)) out.pop(), stats.spikes++;
    else out.push([p[0], p[1]]);
  }
  // The same, where the ring wraps around.
  for (;;) {
    const n = out.length;
    if (n >= 2 && same(out[0], out[n - 1])) out.pop(), stats.duplicatePoints++;
    else if (n >= 3 && same(out[n - 2], out[0])) out.pop(), stats.spikes++;
    else if (n >= 3 && same(out[n - 1], out[1])) out.shift(), stats.spikes++;
    else break;
  }
  // Close the ring with its own copy of the first position.
  if (out.length) out.push([out[0][0], out[0][1]]);
  return out;
}
