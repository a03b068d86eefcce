// The background of the geographic view: land, provinces and their shared borders, from
// public/geo/region.topo.json (built by geo/build-region.mjs, WGS-84 like the districts).
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { topologyLoader } from '../ui/topology';

export const REGION_FILE = 'geo/region.topo.json';

export interface ProvinceProperties {
  code: string;
  name_zh: string;
  name_en: string;
  /** Pole of inaccessibility of the province's largest part inside the region box. */
  label: [number, number];
}

export type RegionTopology = Topology<{ land: GeometryCollection; provinces: GeometryCollection<ProvinceProperties>; borders: GeometryCollection }> & {
  /** Where the camera may go, decided with the clip box in geo/lib/region-config.mjs. */
  camera: [number, number, number, number];
};

export interface Region {
  bbox: [number, number, number, number];
  /** The camera's maxBounds: well inside bbox, so a pitched view never sees where the land was cut. */
  camera: [number, number, number, number];
  land: Feature<Polygon | MultiPolygon>;
  provinces: FeatureCollection<Polygon | MultiPolygon, ProvinceProperties>;
  /** Province outlines without the region box's clip edges (those are the map's edge, not borders). */
  borders: MultiLineString;
}

/**
 * The land at once; the provinces and their borders the first time they are asked for. The WebGL
 * map draws only the land before it is ready (the borders come with the lines at ready, the
 * provinces' names with the labels after it), and decoding all three was on the path to its
 * creation: ≈ 50 ms of main thread at 4× CPU, two thirds of it the provinces and the borders' mesh.
 */
export function decodeRegion(topo: RegionTopology): Region {
  const land = feature(topo, topo.objects.land) as FeatureCollection<Polygon | MultiPolygon>;
  let provinces: Region['provinces'] | undefined;
  let borders: Region['borders'] | undefined;
  return {
    bbox: topo.bbox as Region['bbox'],
    camera: topo.camera,
    land: land.features[0]!,
    get provinces() {
      return (provinces ??= feature(topo, topo.objects.provinces) as Region['provinces']);
    },
    get borders() {
      return (borders ??= mesh(topo, topo.objects.borders));
    },
  };
}

let loading: Promise<Region> | null = null;

const loadRegionTopology = topologyLoader<RegionTopology>(REGION_FILE, import.meta.env.MODE === 'single' ? () => import('../../public/geo/region.topo.json') : null);

/** Fetched and decoded once per page, whichever renderer asks first. */
export function loadRegion(): Promise<Region> {
  loading ??= loadRegionTopology()
    .then(decodeRegion)
    .catch((e: unknown) => {
      // A file that fetched but does not decode is fetched again next time too.
      loadRegionTopology.forget();
      loading = null;
      throw e;
    });
  return loading;
}
