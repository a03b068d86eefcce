// Topology, simplification and quantization (topojson-server, topojson-simplify, topojson-client).
import { topology } from 'topojson-server';
import { filter, filterWeight, planarRingArea, presimplify, quantile, simplify } from 'topojson-simplify';
import { feature, quantize } from 'topojson-client';
import { polygonsOf } from './geojson.mjs';

/**
 * Simplify one city's units along shared arcs (Visvalingam, planar triangle area in degrees²),
 * keeping the share `keep` of the interior arc points with the largest weights; arc endpoints
 * (where three units meet) are always kept. Then drop rings smaller than `minRingArea` (degrees²,
 * planar): specks and rings that simplification collapsed. Returns GeoJSON whose shared borders
 * still agree exactly, and what was dropped.
 */
export function simplifyCity(fc, keep, minRingArea) {
  const topo = presimplify(topology({ units: fc }));
  const minWeight = keep >= 1 ? 0 : quantile(topo, keep);
  const simplified = simplify(topo, minWeight);
  const filtered = filter(simplified, filterWeight(simplified, minRingArea, planarRingArea));
  const out = feature(filtered, filtered.objects.units);
  const rings = (c) => new Map(c.features.map((f) => [f.id, polygonsOf(f.geometry).flat().length]));
  const before = rings(fc), after = rings(out);
  const droppedRings = [...before].filter(([id, n]) => after.get(id) !== n).map(([id, n]) => ({ id, dropped: n - (after.get(id) ?? 0) }));
  return { fc: out, minWeight, droppedRings };
}

/**
 * One topology with an object per city, then quantized to a `quantization`×`quantization` grid over
 * the bounding box of both cities (delta-encoded integer arcs). Quantizing after simplifying is
 * what makes the simplified file small.
 */
export function buildTopology(fcByCity, quantization) {
  return quantize(topology(fcByCity), quantization);
}
