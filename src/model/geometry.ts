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
  /** Extent [x0, y0, x1, y1] and area in plain Mercator (scale 1; src/views/paired-layout.ts `cityMercator`), measured by geo/lib/mercator.mjs. */
  mercator_bounds: [number, number, number, number];
  mercator_area: number;
}

export type UnitFeature = Feature<Polygon | MultiPolygon, UnitProperties>;
export type CitiesTopology = Topology<{ changchun: GeometryCollection<UnitProperties>; tianjin: GeometryCollection<UnitProperties> }>;

export function decodeCities(topology: CitiesTopology): Record<City, UnitFeature[]> {
  const out = {} as Record<City, UnitFeature[]>;
  for (const city of ['changchun', 'tianjin'] as const) {
    const object = topology.objects?.[city];
    if (!object) throw new Error(`${GEO_FILE}: object "${city}" is missing`);
    out[city] = feature(topology, object).features as UnitFeature[];
    // The paired view fits and zooms its maps with these: a file without them cannot be drawn right.
    for (const f of out[city]) {
      const p = f.properties;
      if (!Array.isArray(p?.mercator_bounds) || p.mercator_bounds.length !== 4 || !p.mercator_bounds.every(Number.isFinite) || p.mercator_bounds[0] >= p.mercator_bounds[2] || p.mercator_bounds[1] >= p.mercator_bounds[3]) {
        throw new Error(`${GEO_FILE}: ${city} feature ${p?.code}: properties.mercator_bounds is ${JSON.stringify(p?.mercator_bounds)}, not [x0, y0, x1, y1] (run npm run geo)`);
      }
      if (!(Number.isFinite(p.mercator_area) && p.mercator_area > 0)) throw new Error(`${GEO_FILE}: ${city} feature ${p.code}: properties.mercator_area is ${JSON.stringify(p.mercator_area)}, not a positive area (run npm run geo)`);
    }
  }
  return out;
}
