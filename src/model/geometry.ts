// Decodes the committed TopoJSON (built by geo/) into GeoJSON features per city.
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { City } from './city';

export const GEO_FILE = 'public/geo/cities.topo.json';

export interface UnitProperties {
  code: string;
  city: City;
  name_zh: string;
  name_en: string;
  /** Pole of inaccessibility, WGS-84: where leader lines and links attach. */
  label: [number, number];
}

export type UnitFeature = Feature<Polygon | MultiPolygon, UnitProperties>;
export type CitiesTopology = Topology<{ changchun: GeometryCollection<UnitProperties>; tianjin: GeometryCollection<UnitProperties> }>;

export function decodeCities(topology: CitiesTopology): Record<City, UnitFeature[]> {
  const out = {} as Record<City, UnitFeature[]>;
  for (const city of ['changchun', 'tianjin'] as const) {
    const object = topology.objects?.[city];
    if (!object) throw new Error(`${GEO_FILE}: object "${city}" is missing`);
    out[city] = feature(topology, object).features as UnitFeature[];
  }
  return out;
}
