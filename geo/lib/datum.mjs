// Datum: every source is in GCJ-02; the map is drawn in WGS-84.
import gcoord from 'gcoord';
import { positions } from './geojson.mjs';

/** echarts map data stores every vertex as a multiple of 1/1024°, rounded up. */
export const ECHARTS_GRID = 1 / 1024;

/**
 * Undo the echarts rounding bias: vertices were rounded UP to the 1/1024° grid, which moves them
 * +0.00049° on average in both lon and lat; shift them back by half a step (1/2048°).
 * Fails if any vertex is off the grid (then the data is not what this correction assumes).
 */
export function removeEchartsRoundingBias(fc) {
  let offGrid = 0;
  for (const p of positions(fc)) {
    for (const v of [p[0], p[1]]) if (Math.abs(v / ECHARTS_GRID - Math.round(v / ECHARTS_GRID)) > 1e-6) offGrid++;
    p[0] -= ECHARTS_GRID / 2;
    p[1] -= ECHARTS_GRID / 2;
  }
  if (offGrid) throw new Error(`echarts data: ${offGrid} coordinates are not multiples of 1/1024°; the half-step correction does not apply`);
  return fc;
}

/** GCJ-02 → WGS-84 with gcoord (converts the GeoJSON in place), then round to 1e-6° (≈ 0.1 m). */
export function gcj02ToWgs84(fc) {
  gcoord.transform(fc, gcoord.GCJ02, gcoord.WGS84);
  for (const p of positions(fc)) {
    p[0] = round(p[0], 6);
    p[1] = round(p[1], 6);
  }
  return fc;
}

export function round(v, decimals) {
  const k = 10 ** decimals;
  const r = Math.round(v * k) / k;
  return Object.is(r, -0) ? 0 : r;
}
