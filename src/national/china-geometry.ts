// Decodes public/geo/china.topo.json (built by geo/build-china.mjs): the 34 provincial units,
// the dashed line in the South China Sea and the seats of the paired cities, all WGS-84.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { ArcGeometry } from './projected';

export const CHINA_FILE = 'public/geo/china.topo.json';
export const CHINA_URL = 'geo/china.topo.json';
export const LINE_CODE = '100000_JD';

export interface ProvinceProperties {
  code: string;
  name_zh: string;
  name_en: string;
  /** Pole of inaccessibility of the largest part, where a province's arc ends. */
  label: [number, number];
}
export interface SeatProperties {
  code: string;
  name_zh: string;
  name_en: string;
  /** Where the point comes from (package, export, field, datum step): the seat's citation. */
  source: string;
}
export interface LineProperties {
  code: string;
  name_zh: string;
  name_en: string;
}

export type ProvinceFeature = Feature<Polygon | MultiPolygon, ProvinceProperties>;
export type SeatFeature = Feature<Point, SeatProperties>;
export type LineFeature = Feature<Polygon | MultiPolygon, LineProperties>;
export type ChinaTopology = Topology<{
  provinces: GeometryCollection<ProvinceProperties>;
  line: GeometryCollection<LineProperties>;
  seats: GeometryCollection<SeatProperties>;
}>;

export interface ChinaGeometry {
  provinces: ProvinceFeature[];
  line: LineFeature;
  seats: Map<string, SeatFeature>;
  provinceByCode: Map<string, ProvinceFeature>;
}

/** The whole map as GeoJSON (for the checks and tests): indexChina's shapes, each decoded. */
export function decodeChina(topology: ChinaTopology): ChinaGeometry {
  const index = indexChina(topology);
  const decode = <F>(shape: { geometry: ArcGeometry }) => feature(topology, shape.geometry as never) as unknown as F;
  const provinces = index.provinces.map((p) => decode<ProvinceFeature>(p));
  return {
    provinces,
    line: decode<LineFeature>(index.line),
    seats: index.seats,
    provinceByCode: new Map(provinces.map((p) => [p.properties.code, p])),
  };
}

/** A province as the view reads it: its properties, and its outline as arcs (projected.ts draws them without GeoJSON). */
export interface ProvinceShape {
  properties: ProvinceProperties;
  geometry: ArcGeometry;
}
export interface LineShape {
  properties: LineProperties;
  geometry: ArcGeometry;
}
export interface ChinaIndex {
  topology: ChinaTopology;
  provinces: ProvinceShape[];
  line: LineShape;
  seats: Map<string, SeatFeature>;
  provinceByCode: Map<string, ProvinceShape>;
}

/**
 * What the view needs of the topology without decoding an outline: the provinces' properties and
 * arcs, the dashed line's, and the seats (eight points). decodeChina's GeoJSON is for the checks.
 */
export function indexChina(topology: ChinaTopology): ChinaIndex {
  for (const name of ['provinces', 'line', 'seats'] as const) {
    if (!topology.objects?.[name]) throw new Error(`${CHINA_FILE}: object "${name}" is missing`);
  }
  if (!Array.isArray(topology.arcs)) throw new Error(`${CHINA_FILE}: no arcs`);
  const shape = <P>(g: { type: string | null; properties?: unknown }) => ({ properties: g.properties as P, geometry: g as unknown as ArcGeometry });
  const provinces = topology.objects.provinces.geometries.map((g) => shape<ProvinceProperties>(g));
  const line = topology.objects.line.geometries.map((g) => shape<LineProperties>(g)).find((f) => f.properties?.code === LINE_CODE);
  if (!line) throw new Error(`${CHINA_FILE}: the dashed line ${LINE_CODE} is missing`);
  const seats = (feature(topology, topology.objects.seats) as FeatureCollection).features as SeatFeature[];
  return {
    topology,
    provinces,
    line,
    seats: new Map(seats.map((s) => [s.properties.code, s])),
    provinceByCode: new Map(provinces.map((p) => [p.properties.code, p])),
  };
}
