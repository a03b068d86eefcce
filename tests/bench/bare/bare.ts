// The benchmark's baseline: the same TopoJSON of both cities drawn with d3-geo and nothing else.
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { CitiesTopology } from '../../../src/model/geometry';

const svg = document.getElementById('map')!;
const topo = (await (await fetch('geo/cities.topo.json')).json()) as CitiesTopology;
(['changchun', 'tianjin'] as const).forEach((city, i) => {
  const fc = feature(topo, topo.objects[city]);
  const path = geoPath(geoMercator().fitExtent([[i * 640 + 20, 20], [i * 640 + 620, 780]], fc));
  for (const f of fc.features) {
    const p = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    p.setAttribute('d', path(f) ?? '');
    p.setAttribute('fill', i ? '#f6e0d9' : '#dbe8f5');
    p.setAttribute('stroke', '#fff');
    svg.append(p);
  }
});
svg.setAttribute('data-ready', 'true');
