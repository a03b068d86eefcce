// What both geographic renderers (WebGL and SVG) draw: one arc from each Changchun party to
// each Tianjin party of every pairing, told apart by kind. Pure: no DOM, no WebGL.
import type { Model } from '../model/build-model';
import type { LonLat, PairNode, Party } from '../model/types';

/** `district`: both ends administrative units; `zone`: at least one end a functional zone. */
export type ArcKind = 'district' | 'zone';

export interface GeoArc {
  pair: string;
  from: Party;
  to: Party;
  kind: ArcKind;
  /** A bracketed sub-pairing inside a pairing (plan2018 §三(四)15 item 2). */
  sub: boolean;
}

export function arcKind(from: Party, to: Party): ArcKind {
  return from.kind === 'zone' || to.kind === 'zone' ? 'zone' : 'district';
}

export function geoArcs(model: Model): GeoArc[] {
  return model.pairs.flatMap((pair) =>
    pair.links.map(({ from, to }) => ({ pair: pair.id, from, to, kind: arcKind(from, to), sub: pair.parent !== null })),
  );
}

/** The pairings a selected pair stands for: itself and its sub-pairings. */
/** Worked out once for every view in src/model/selection.ts. */
export { selectedPairs } from '../model/selection';

export type Bounds = [west: number, south: number, east: number, north: number];

/** A box's centre, [longitude, latitude]. */
export const boundsCenter = (b: Bounds): [number, number] => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];

function extend(b: Bounds, [lon, lat]: LonLat): Bounds {
  return [Math.min(b[0], lon), Math.min(b[1], lat), Math.max(b[2], lon), Math.max(b[3], lat)];
}

const EMPTY: Bounds = [Infinity, Infinity, -Infinity, -Infinity];

/** Everything a party covers: its polygon, or its point for a zone. */
export function partyBounds(party: Party, b: Bounds = EMPTY): Bounds {
  const g = party.feature?.geometry;
  if (!g) return extend(b, party.point);
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const poly of polys) for (const p of poly[0]!) b = extend(b, p as LonLat);
  return b;
}

/** What the camera fits when a pair is selected: both ends, all their parties. */
export function pairBounds(pair: PairNode): Bounds {
  return [...pair.changchun, ...pair.tianjin].reduce<Bounds>((b, p) => partyBounds(p, b), EMPTY);
}

const boundsOf = new WeakMap<Model, Bounds>();

/**
 * Both cities: the overview. Worked out once per model (every vertex of both cities, a new array
 * each: ≈ 10 ms of main thread at 4× CPU each time, and the WebGL view asks as the map is created
 * and at each fit); a copy each time, so no caller can change another's.
 */
export function modelBounds(model: Model): Bounds {
  let b = boundsOf.get(model);
  if (!b) boundsOf.set(model, (b = [...model.parties.values()].reduce<Bounds>((acc, p) => partyBounds(p, acc), EMPTY)));
  return [b[0], b[1], b[2], b[3]];
}
