// Each unit's extent and area in plain Mercator (scale 1, no translation, no clipping or
// resampling: the projection of src/views/paired-layout.ts `cityMercator`), measured once here on
// the decoded, quantized output instead of by every page at start: the paired view fits its city
// maps and zooms to a selection from them, and ranks the map's names by area. The view used to
// run two d3-geo passes over every district for them before it could draw (Lighthouse's Total
// Blocking Time on a phone).
import { geoMercatorRaw, geoPath, geoProjection } from 'd3-geo';

/** Decimals of the bounds, in radians of Mercator: 1e-8 is ≈ 0.01 px at the largest map and zoom the site draws. */
export const BOUNDS_DECIMALS = 8;
/** Significant digits of the area (radians², scale 1): it only orders names by size. */
export const AREA_DIGITS = 6;

const path = geoPath(geoProjection(geoMercatorRaw).scale(1).translate([0, 0]).precision(0).preclip((stream) => stream));

const round = (v, decimals) => {
  const k = 10 ** decimals;
  return Math.round(v * k) / k;
};

/** { mercator_bounds: [x0, y0, x1, y1], mercator_area } of a decoded unit feature. */
export function mercatorMeasures(feature) {
  const [[x0, y0], [x1, y1]] = path.bounds(feature);
  return {
    mercator_bounds: [x0, y0, x1, y1].map((v) => round(v, BOUNDS_DECIMALS)),
    mercator_area: Number(path.area(feature).toPrecision(AREA_DIGITS)),
  };
}
