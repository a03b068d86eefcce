// Small helpers to walk Polygon/MultiPolygon features.

/** The polygons of a geometry, each a list of rings: [[ring, ...holes], ...]. */
export function polygonsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`unexpected geometry type ${geometry.type}`);
}

export function* positions(fc) {
  for (const f of fc.features) for (const poly of polygonsOf(f.geometry)) for (const ring of poly) yield* ring;
}

/** Vertices of a feature, not counting each ring's closing position. */
export function vertexCount(geometry) {
  let n = 0;
  for (const poly of polygonsOf(geometry)) for (const ring of poly) n += ring.length - 1;
  return n;
}

/** Planar (lon/lat) signed area of a ring, shoelace. */
export function planarRingArea(ring) {
  let a = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a / 2;
}
