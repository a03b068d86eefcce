// Simplify the national topology without losing small rings: the islands of the South China Sea
// and the dashes of the line are a few hundred metres across, so plain Visvalingam with a global
// threshold would collapse them to nothing. Every closed arc keeps its three heaviest interior
// points (with its fixed endpoint, a quadrilateral), the rest is thinned as usual.
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { feature, quantize } from 'topojson-client';

export const RING_MIN_POINTS = 3;

export function simplifyChina(collections, keep) {
  const topo = presimplify(topology(collections));
  for (const arc of topo.arcs) {
    const a = arc[0], b = arc[arc.length - 1];
    if (a[0] !== b[0] || a[1] !== b[1]) continue;
    const interior = arc.slice(1, -1).sort((p, q) => q[2] - p[2]);
    for (const p of interior.slice(0, RING_MIN_POINTS)) p[2] = Infinity;
  }
  const minWeight = quantile(topo, keep);
  const simplified = simplify(topo, minWeight);
  const out = {};
  for (const name of Object.keys(collections)) out[name] = feature(simplified, simplified.objects[name]);
  return { fcs: out, minWeight };
}

export function quantizeTopology(collections, quantization) {
  return quantize(topology(collections), quantization);
}
