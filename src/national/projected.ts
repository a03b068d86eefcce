// The national map's outlines, projected once and drawn at any size by a scale and a shift.
// A conic projection fitted to a box is the same projection at scale 1 times k, plus t (d3's
// fitExtent only sets those two), so every vertex is projected once, when the map is created,
// and each drawing (the first, a new width, the inset's window) writes its paths from these
// numbers. Through d3's geoPath each drawing projected every vertex again in a chain of streams
// (and fitting the map was a third pass): most of the view's first task on a throttled phone.
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** One polygon: its rings as x, y pairs at scale 1 (y down, as drawn), and its box. */
interface ProjectedPolygon {
  rings: Float64Array[];
  box: Box;
}

export interface Projected {
  polygons: ProjectedPolygon[];
  box: Box;
}

const empty = (): Box => ({ minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity });
function grow(box: Box, x: number, y: number): void {
  if (x < box.minX) box.minX = x;
  if (x > box.maxX) box.maxX = x;
  if (y < box.minY) box.minY = y;
  if (y > box.maxY) box.maxY = y;
}
export function union(boxes: Box[]): Box {
  const out = empty();
  for (const b of boxes) {
    grow(out, b.minX, b.minY);
    grow(out, b.maxX, b.maxY);
  }
  return out;
}

/** The map's projection: equal-area conic, standard parallels 25°N and 47°N, central meridian 105°E. */
export const CENTRAL_MERIDIAN = 105;
export const PARALLELS: [number, number] = [25, 47];

const RAD = Math.PI / 180;
const SIN0 = Math.sin(PARALLELS[0] * RAD);
const N = (SIN0 + Math.sin(PARALLELS[1] * RAD)) / 2;
const C = 1 + SIN0 * (2 * N - SIN0);
/** d3's geoConicEqualArea is centred on 33.6442°N: the origin of its translate. */
const RC = Math.sqrt(C - 2 * N * Math.sin(33.6442 * RAD)) / N;

/**
 * A point at scale 1 and translate [0, 0], as `geoConicEqualArea().rotate([-105, 0]).parallels([25, 47])`
 * projects it (d3's conicEqualAreaRaw; the unit tests compare the two): the same numbers
 * without d3's chain of stream functions per point, which was most of the cost here.
 */
export function unitXY(lon: number, lat: number): [number, number] {
  const x = (lon - CENTRAL_MERIDIAN) * RAD * N;
  const r = Math.sqrt(C - 2 * N * Math.sin(lat * RAD)) / N;
  return [r * Math.sin(x), r * Math.cos(x) - RC];
}

/** Projects every vertex at scale 1 (unitXY: a path is straight between vertices, as d3 draws it at precision 0). */
export function project(feature: Feature<Polygon | MultiPolygon>): Projected {
  const g = feature.geometry;
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((rings) => {
    const box = empty();
    const projected = rings.map((ring) => {
      // A GeoJSON ring repeats its first point at the end: the path's Z closes it instead.
      const n = ring.length > 1 ? ring.length - 1 : ring.length;
      const xy = new Float64Array(n * 2);
      for (let i = 0; i < n; i++) {
        const [x, y] = unitXY(ring[i]![0]!, ring[i]![1]!);
        xy[2 * i] = x;
        xy[2 * i + 1] = y;
        grow(box, x, y);
      }
      return xy;
    });
    return { rings: projected, box };
  });
  return { polygons, box: union(polygons.map((p) => p.box)) };
}

/** The scale and shift that fit `box` (at scale 1) into `extent`, centred: d3's fitExtent. */
export function fit(box: Box, [[x0, y0], [x1, y1]]: [[number, number], [number, number]]): { k: number; tx: number; ty: number } {
  const w = x1 - x0, h = y1 - y0;
  const k = Math.min(w / (box.maxX - box.minX), h / (box.maxY - box.minY));
  return { k, tx: x0 + (w - k * (box.maxX + box.minX)) / 2, ty: y0 + (h - k * (box.maxY + box.minY)) / 2 };
}

/**
 * The SVG path of a projected shape at k·xy + t, to 0.1 px. `clip`: polygons wholly outside
 * it are left out (those across its edge are drawn whole; the drawing clips them).
 */
export function pathOf(shape: Projected, { k, tx, ty }: { k: number; tx: number; ty: number }, clip?: Box): string {
  let d = '';
  for (const { rings, box } of shape.polygons) {
    if (clip && (k * box.maxX + tx < clip.minX || k * box.minX + tx > clip.maxX || k * box.maxY + ty < clip.minY || k * box.minY + ty > clip.maxY)) continue;
    for (const xy of rings) {
      if (!xy.length) continue;
      d += 'M';
      for (let i = 0; i < xy.length; i += 2) d += (i ? 'L' : '') + Math.round((k * xy[i]! + tx) * 10) / 10 + ',' + Math.round((k * xy[i + 1]! + ty) * 10) / 10;
      d += 'Z';
    }
  }
  return d;
}
