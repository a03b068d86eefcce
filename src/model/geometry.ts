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

/** Throws naming the file, city, unit and field when a unit's properties cannot fit and zoom the paired view's maps. */
function checkProperties(city: City, p: UnitProperties | undefined): UnitProperties {
  // The paired view fits and zooms its maps with these: a file without them cannot be drawn right.
  if (!Array.isArray(p?.mercator_bounds) || p.mercator_bounds.length !== 4 || !p.mercator_bounds.every(Number.isFinite) || p.mercator_bounds[0] >= p.mercator_bounds[2] || p.mercator_bounds[1] >= p.mercator_bounds[3]) {
    throw new Error(`${GEO_FILE}: ${city} feature ${p?.code}: properties.mercator_bounds is ${JSON.stringify(p?.mercator_bounds)}, not [x0, y0, x1, y1] (run npm run geo)`);
  }
  if (!(Number.isFinite(p.mercator_area) && p.mercator_area > 0)) throw new Error(`${GEO_FILE}: ${city} feature ${p.code}: properties.mercator_area is ${JSON.stringify(p.mercator_area)}, not a positive area (run npm run geo)`);
  if (!Array.isArray(p.label) || p.label.length !== 2 || !p.label.every(Number.isFinite)) throw new Error(`${GEO_FILE}: ${city} feature ${p.code}: properties.label is ${JSON.stringify(p.label)}, not [lon, lat] (run npm run geo)`);
  return p;
}

/** A unit as the model holds it: its properties at once, its shape decoded when a view first draws it. */
export interface UnitGeometry {
  properties: UnitProperties;
  feature: () => UnitFeature;
}

/**
 * Each city's units by code, read from the geometries' properties without decoding an arc. The
 * shapes (topojson's `feature`, ≈ 45 ms for both cities on a phone) are decoded for a whole city
 * the first time any of its units is asked for its feature: a view that never draws the city
 * maps (the national view) never pays for them.
 */
export function indexCities(topology: CitiesTopology): Record<City, Map<string, UnitGeometry>> {
  const out = {} as Record<City, Map<string, UnitGeometry>>;
  for (const city of ['changchun', 'tianjin'] as const) {
    const object = topology.objects?.[city];
    if (!object || !Array.isArray(object.geometries)) throw new Error(`${GEO_FILE}: object "${city}" is missing`);
    let decoded: Map<string, UnitFeature> | null = null;
    const decode = (): Map<string, UnitFeature> => (decoded ??= new Map((feature(topology, object).features as UnitFeature[]).map((f) => [f.properties.code, f])));
    const units = new Map<string, UnitGeometry>();
    for (const geometry of object.geometries) {
      const properties = checkProperties(city, geometry.properties as UnitProperties | undefined);
      units.set(properties.code, { properties, feature: () => decode().get(properties.code)! });
    }
    out[city] = units;
  }
  return out;
}

/** Every unit's feature, decoded now (the build's check and the tests). */
export function decodeCities(topology: CitiesTopology): Record<City, UnitFeature[]> {
  const index = indexCities(topology);
  return { changchun: [...index.changchun.values()].map((u) => u.feature()), tianjin: [...index.tianjin.values()].map((u) => u.feature()) };
}
