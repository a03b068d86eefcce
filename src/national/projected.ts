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

/** A TopoJSON topology as the national map reads it: arcs (quantized when `transform` is set). */
export interface ArcTopology {
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: number[][][];
}
/** A polygon or multipolygon of the topology, by arc indices (a negative index is the arc reversed, ~i). */
export interface ArcGeometry {
  type: string;
  arcs?: number[][] | number[][][];
}

/** Every arc projected at scale 1, once, and its highest latitude. */
export interface ProjectedArcs {
  xy: Float64Array[];
  maxLat: Float64Array;
}

/**
 * Projects the topology's arcs straight from its integers: a border two provinces share is
 * projected once, and no GeoJSON is built (topojson's feature() made an array per point of every
 * ring, and each shared border twice: most of the view's first task after its code arrived).
 */
export function projectArcs(topology: ArcTopology): ProjectedArcs {
  const [sx, sy] = topology.transform?.scale ?? [1, 1];
  const [tx, ty] = topology.transform?.translate ?? [0, 0];
  const quantized = !!topology.transform;
  const maxLat = new Float64Array(topology.arcs.length);
  const xy = topology.arcs.map((arc, a) => {
    const out = new Float64Array(arc.length * 2);
    let x = 0, y = 0, top = -Infinity;
    for (let i = 0; i < arc.length; i++) {
      const p = arc[i]!;
      // Quantized arcs are delta-encoded (TopoJSON spec, "Quantized positions").
      if (quantized) (x += p[0]!), (y += p[1]!);
      else (x = p[0]!), (y = p[1]!);
      const lon = x * sx + tx, lat = y * sy + ty;
      const [ux, uy] = unitXY(lon, lat);
      out[2 * i] = ux;
      out[2 * i + 1] = uy;
      if (lat > top) top = lat;
    }
    maxLat[a] = top;
    return out;
  });
  return { xy, maxLat };
}

/**
 * A geometry's outline at scale 1, its rings joined from the projected arcs (as topojson joins
 * them: each arc after the first drops its first point, the previous one's last). `keep`: which
 * polygons to draw, by the highest latitude of their outer ring.
 */
export function shapeOf(geometry: ArcGeometry, arcs: ProjectedArcs, keep: (maxLat: number) => boolean = () => true): Projected {
  const polys = (geometry.type === 'Polygon' ? [geometry.arcs as number[][]] : geometry.type === 'MultiPolygon' ? (geometry.arcs as number[][][]) : []) ?? [];
  const polygons: ProjectedPolygon[] = [];
  for (const rings of polys) {
    if (!keep(Math.max(...rings[0]!.map((i) => arcs.maxLat[i < 0 ? ~i : i]!)))) continue;
    const box = empty();
    const projected = rings.map((ring) => {
      let n = 0;
      for (const i of ring) n += arcs.xy[i < 0 ? ~i : i]!.length / 2 - 1;
      // n points: every arc's but its last (the next arc's first; the ring's last is its first, closed by Z).
      const out = new Float64Array(Math.max(n, 1) * 2);
      let o = 0;
      for (const i of ring) {
        const a = arcs.xy[i < 0 ? ~i : i]!;
        const m = a.length / 2;
        for (let j = 0; j < m - 1; j++) {
          const k = i < 0 ? m - 1 - j : j;
          const x = a[2 * k]!, y = a[2 * k + 1]!;
          out[o++] = x;
          out[o++] = y;
          grow(box, x, y);
        }
      }
      return o === out.length ? out : out.subarray(0, o);
    });
    polygons.push({ rings: projected, box });
  }
  return { polygons, box: union(polygons.map((p) => p.box)) };
}

/**
 * Whether the point (x, y) of a drawing at k·xy + t is inside the shape (even-odd over its rings:
 * a hole, such as Beijing's in Hebei, is outside). The outlines are the ones drawn, so this is
 * what the browser's isPointInFill answered, without asking it (which laid the page out first).
 */
export function insideShape(shape: Projected, { k, tx, ty }: { k: number; tx: number; ty: number }, x: number, y: number): boolean {
  const px = (x - tx) / k, py = (y - ty) / k;
  for (const { rings, box } of shape.polygons) {
    if (px < box.minX || px > box.maxX || py < box.minY || py > box.maxY) continue;
    let inside = false;
    for (const xy of rings) {
      const n = xy.length;
      for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
        const yi = xy[i + 1]!, yj = xy[j + 1]!;
        if (yi > py !== yj > py && px < ((xy[j]! - xy[i]!) * (py - yi)) / (yj - yi) + xy[i]!) inside = !inside;
      }
    }
    if (inside) return true;
  }
  return false;
}
