import type { Pairing, Project, Source, Text, Unit, Zone, FocusLink, FocusArea } from '../content/schema';
import type { UnitFeature, UnitProperties } from './geometry';

import type { City } from './city';

export { CITIES, type City } from './city';
export type LonLat = [number, number];

/** Anything a pairing can name: an administrative unit or a functional zone. */
export interface Party {
  id: string;
  kind: 'unit' | 'zone';
  city: City;
  name: Text;
  short: Text;
  /** Where links attach: the unit's label point or the zone's location. */
  point: LonLat;
  approximate: boolean;
  /** 'district' | 'county' | 'county-level city' | 'zone' */
  kindLabel: Unit['kind'] | 'zone';
  /** Pairings that name this party (top-level and sub-pairings). */
  pairs: string[];
  unit?: Unit;
  zone?: Zone;
  /** A unit's boundary properties (label point, Mercator extent and area), there without decoding its shape. */
  properties?: UnitProperties;
  /** A unit's shape, decoded for its whole city on first use (src/model/geometry.ts indexCities). */
  readonly feature?: UnitFeature;
}

export interface ProjectLink {
  project: Project;
  basis: 'stated' | 'related';
  note: Text;
  sources: Source[];
}

export interface FocusItem extends FocusLink {
  area: FocusArea;
}

export interface PairNode {
  id: string;
  pairing: Pairing;
  changchun: Party[];
  tianjin: Party[];
  /** One link from each Changchun party to each Tianjin party. */
  links: { from: Party; to: Party }[];
  parent: string | null;
  children: string[];
  focus: FocusItem[];
  projects: ProjectLink[];
}
