// The arcs as MapLibre draws them: flat curves on the map (GeoJSON LineStrings), not deck.gl's 3D
// arcs. A MapLibre `line` layer needs no second library before the view is ready (deck.gl's chunk,
// luma.gl's device and the arc program's pipelines, ≈ 1.3 s of SwiftShader, left the path to
// ready: docs/performance.md), and a curve on the ground does not hook at its Changchun end under
// the pitched camera as the 3D arc did. Pure: no DOM, no WebGL.
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { LonLat } from '../model/types';
import type { ArcKind, GeoArc } from './arcs';
import { ARC_COLORS } from './colors';

/**
 * How far each kind of arc bends off its chord, as a share of the chord (at its middle): zone
 * pairings bend further, so the two kinds part where their ends are close (deck.gl's zone arcs
 * flew higher for the same reason).
 */
export const BULGE: Record<ArcKind, number> = { district: 0.14, zone: 0.24 };

/** Points per arc, ends included: smooth at every zoom the camera allows over 840 km. */
export const ARC_POINTS = 49;

const mercator = ([lon, lat]: LonLat): [number, number] => [lon / 360 + 0.5, 0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI)];
const lonLat = ([x, y]: [number, number]): LonLat => [(x - 0.5) * 360, (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90];

/**
 * A quadratic curve from `from` to `to` in Web Mercator (the map's plane, so it is drawn as a clean
 * bow at any camera), bending northwards (up the map, as a raised arc reads under the pitched camera)
 * by `bulge` × the chord at its middle; `points` positions, ends exact.
 */
export function arcLine(from: LonLat, to: LonLat, bulge: number, points = ARC_POINTS): LonLat[] {
  const [a, b] = [mercator(from), mercator(to)];
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const chord = Math.hypot(dx, dy);
  if (chord === 0 || points < 3) return [from, to];
  // The unit normal to the chord that points north (Mercator y grows southwards).
  let [nx, ny] = [-dy / chord, dx / chord];
  if (ny > 0 || (ny === 0 && nx < 0)) [nx, ny] = [-nx, -ny];
  // The control point lies twice as far off as the curve's middle.
  const c = [(a[0] + b[0]) / 2 + nx * 2 * bulge * chord, (a[1] + b[1]) / 2 + ny * 2 * bulge * chord];
  const line: LonLat[] = [from];
  for (let i = 1; i < points - 1; i++) {
    const t = i / (points - 1);
    const [u, v, w] = [(1 - t) * (1 - t), 2 * t * (1 - t), t * t];
    line.push(lonLat([u * a[0] + v * c[0]! + w * b[0], u * a[1] + v * c[1]! + w * b[1]]));
  }
  line.push(to);
  return line;
}

export interface ArcProps {
  pair: string;
  kind: ArcKind;
  /** Its width at rest (px, at the desk's label size): what the rest layers draw while it has no feature state. */
  w: number;
}

/** An arc's width at rest, at the desk's label size (px): district pairs 3, zone pairs 2.4, sub-pairings 1.6. */
export const restWidth = (arc: Pick<GeoArc, 'kind' | 'sub'>): number => (arc.sub ? 1.6 : arc.kind === 'zone' ? 2.4 : 3);

/**
 * The state an arc is drawn with while it has none of its own (the paint's defaults, map-style.ts):
 * at rest, opaque, at its rest width, not emphasised. Until the reader's state asks for another,
 * no feature state is set: MapLibre re-reads a tile's data and re-evaluates its paint as each
 * tile arrives if its source has any feature state (≈ 50 ms of main thread at 4× CPU before ready).
 */
export const restState = (arc: Pick<GeoArc, 'kind' | 'sub'>): ArcState => arcState(255, restWidth(arc), false);

/** An arc's feature properties: what the source carries and what the layers' paint is evaluated over (webgl-view.ts reads it back so). */
export const arcProperties = (arc: Pick<GeoArc, 'pair' | 'kind' | 'sub'>): ArcProps => ({ pair: arc.pair, kind: arc.kind, w: restWidth(arc) });

/** One LineString per arc, Changchun → Tianjin, with the arc's index as its feature id (for feature state). */
export function arcFeatures(arcs: GeoArc[]): FeatureCollection<LineString, ArcProps> {
  const features = arcs.map(
    (arc, i): Feature<LineString, ArcProps> => ({
      type: 'Feature',
      id: i,
      properties: arcProperties(arc),
      geometry: { type: 'LineString', coordinates: arcLine(arc.from.point, arc.to.point, BULGE[arc.kind]) },
    }),
  );
  return { type: 'FeatureCollection', features };
}

/**
 * The arcs' layers, in drawing order: each kind at rest, then each kind emphasised (selected,
 * hovered, or stated by the key-task filter), so an emphasised arc is drawn over every other. Every
 * arc is in its kind's two layers; its feature state gives it a width (and opacity) in one of them
 * and 0 in the other. All four have the same paint properties, constant or not alike, so MapLibre
 * compiles one line program for them (a program per combination of data-driven properties).
 */
export const ARC_LAYERS = [
  { id: 'arcs-district', kind: 'district', top: false },
  { id: 'arcs-zone', kind: 'zone', top: false },
  { id: 'arcs-district-top', kind: 'district', top: true },
  { id: 'arcs-zone-top', kind: 'zone', top: true },
] as const satisfies readonly { id: string; kind: ArcKind; top: boolean }[];

/** Feature state of an arc: width (px) and opacity (0–1) at rest (`w`, `a`) and emphasised (`tw`, `ta`). */
export interface ArcState {
  w: number;
  a: number;
  tw: number;
  ta: number;
  [key: string]: number;
}

/** An arc's state from its style: drawn in the top layers when emphasised, in the rest layers otherwise. */
export function arcState(alpha: number, width: number, emphasised: boolean): ArcState {
  return emphasised ? { w: 0, a: 0, tw: width, ta: alpha / 255 } : { w: width, a: alpha / 255, tw: 0, ta: 0 };
}

const STOPS = 64;

/**
 * The arc's colours along it (MapLibre's `line-gradient`, over `line-progress`): Changchun's end
 * to Tianjin's, and, with `strength` > 0, light flowing towards Tianjin (three pulses along each
 * arc, moving with `time` in [0, 1): the same curve deck.gl's flow shader drew).
 */
export function arcGradient(kind: ArcKind, time = 0, strength = 0): unknown[] {
  const [c0, c1] = ARC_COLORS[kind];
  const stops: (number | string)[] = [];
  for (let i = 0; i <= STOPS; i++) {
    const p = i / STOPS;
    const x = p * 3 - time;
    const pulse = Math.pow(x - Math.floor(x), 6);
    const alpha = Math.min(1, 1 + (0.45 + 0.8 * pulse - 1) * strength);
    const [r, g, b] = [0, 1, 2].map((k) => Math.round(c0[k]! + (c1[k]! - c0[k]!) * p));
    stops.push(p, `rgba(${r},${g},${b},${+alpha.toFixed(3)})`);
  }
  return ['interpolate', ['linear'], ['line-progress'], ...stops];
}
