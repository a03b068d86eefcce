// Label points: the pole of inaccessibility (polylabel) of each unit's largest part.
import polylabel from 'polylabel';
import { geoArea } from 'd3-geo';
import { polygonsOf } from './geojson.mjs';
import { round } from './datum.mjs';

/** Precision of the polylabel search, in degrees (≈ 10 m). */
export const LABEL_PRECISION = 1e-4;

export function largestPart(geometry) {
  let best = null, bestArea = -1;
  for (const rings of polygonsOf(geometry)) {
    const a = geoArea({ type: 'Polygon', coordinates: rings });
    if (a > bestArea) (best = rings), (bestArea = a);
  }
  return best;
}

/** [lon, lat] rounded to 5 decimals (≈ 1 m). */
export function labelPoint(geometry) {
  const p = polylabel(largestPart(geometry), LABEL_PRECISION);
  return [round(p[0], 5), round(p[1], 5)];
}
