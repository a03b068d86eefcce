// Every tunable number of the pipeline, in one place.

/** Share of interior arc points kept by the Visvalingam simplification, per city. */
export const KEEP = {
  // echarts data: ~22k vertices on a 1/1024° staircase; most are redundant.
  changchun: 0.2,
  // DataV data is already coarse (和平区 has 13 vertices): keep every point.
  tianjin: 1,
};

/**
 * Rings (islands, exclaves, holes) smaller than this are dropped after simplification, in planar
 * degrees² (5e-5 deg² ≈ 0.45 km² at 39–44°N). Drops three river specks of 榆树市 (0.05–0.15 km²) and
 * any ring the simplification collapsed; keeps 红桥区's 1.3 km² exclave in 北辰区.
 */
export const MIN_RING_AREA = 5e-5;

/** Quantization of the final topology (grid over the bbox of both cities: ≈ 9 m × 8 m). */
export const QUANTIZATION = 1e5;

/** Plausible WGS-84 bounds per city: [west, south, east, north]. */
export const BOUNDS = {
  changchun: [124, 43, 128, 46],
  tianjin: [116.5, 38.5, 118.5, 40.5],
};

/** Budget for the whole file, gzip level 9, in bytes. */
export const MAX_GZIP_BYTES = 25_000;

/** Every unit keeps at least this many vertices (or all of its source vertices if it has fewer). */
export const MIN_VERTICES = 30;

/** Largest allowed change of a unit's area through simplification and quantization. */
export const MAX_AREA_CHANGE = 0.03;

/** Plausible area of one unit, km² (和平区 ≈ 10 km², 农安县 ≈ 5,400 km²). */
export const AREA_KM2 = [5, 10_000];

export const EARTH_RADIUS_KM = 6371.0088;
