// Joins the national content with the china geometry: every place gets the point its arcs end at
// (a city: its seat; a province: the label point of its outline) and, for a province, its outline.
// Pure; also run by the build (config/check-content.ts), so a place without geometry fails the build.
import type { NationalContent } from '../content/national/index';
import type { NationalPairing, NationalPlace, TimelineEvent } from '../content/national/schema';
import { CHINA_FILE, indexChina, type ChinaIndex, type ChinaTopology, type ProvinceShape, type SeatFeature } from './china-geometry';
import { inDateOrder } from '../content/national/timeline-order';

export interface NationalPlaceNode extends NationalPlace {
  point: [number, number];
  /** A province's outline (arcs of the topology). */
  outline: ProvinceShape | null;
  seat: SeatFeature | null;
}

export interface NationalPairingNode extends NationalPairing {
  a: NationalPlaceNode;
  b: NationalPlaceNode;
}

export interface NationalModel {
  content: NationalContent;
  geometry: ChinaIndex;
  places: Map<string, NationalPlaceNode>;
  pairings: NationalPairingNode[];
  pairingById: Map<string, NationalPairingNode>;
  timeline: TimelineEvent[];
}

export function buildNationalModel(content: NationalContent, topology: ChinaTopology): NationalModel {
  const geometry = indexChina(topology);
  const places = new Map<string, NationalPlaceNode>();
  for (const p of content.places) {
    const outline = geometry.provinceByCode.get(p.code) ?? null;
    const seat = geometry.seats.get(p.code) ?? null;
    let point: [number, number];
    if (p.level === 'city') {
      if (!seat) throw new Error(`${CHINA_FILE}: no seat point with code ${p.code} (place "${p.id}" in src/content/national/places.ts)`);
      point = seat.geometry.coordinates as [number, number];
    } else {
      if (!outline) throw new Error(`${CHINA_FILE}: no province with code ${p.code} (place "${p.id}" in src/content/national/places.ts)`);
      point = outline.properties.label;
    }
    places.set(p.id, { ...p, point, outline, seat });
  }
  const pairings = [...content.pairings]
    .sort((x, y) => x.order - y.order)
    .map((p) => ({ ...p, a: places.get(p.northeast)!, b: places.get(p.east)! }));
  return { content, geometry, places, pairings, pairingById: new Map(pairings.map((p) => [p.id, p])), timeline: inDateOrder(content.timeline) };
}
