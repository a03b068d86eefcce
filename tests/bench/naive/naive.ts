// The benchmark's naive page, what the geographic view must beat: MapLibre + deck.gl + the same
// TopoJSON of both cities + one ArcLayer, nothing else, written the obvious way (load the
// script, then fetch the data, then make the map; the arcs on a MapLibreOverlay). Ready when the
// map is idle with the arcs drawn — the geographic view's own criterion (data-ready).
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { ArcLayer } from '@deck.gl/layers';
import { feature } from 'topojson-client';
import type { FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import type { CitiesTopology } from '../../../src/model/geometry';

maplibregl.setWorkerUrl(workerUrl);
type Units = FeatureCollection<Polygon | MultiPolygon, { label: [number, number] }>;
const topo = (await (await fetch('geo/cities.topo.json')).json()) as CitiesTopology;
const cc = feature(topo, topo.objects.changchun) as unknown as Units;
const tj = feature(topo, topo.objects.tianjin) as unknown as Units;
const map = new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    sources: { units: { type: 'geojson', data: { type: 'FeatureCollection', features: [...cc.features, ...tj.features] } } },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#d3e4ef' } },
      { id: 'units', type: 'fill', source: 'units', paint: { 'fill-color': '#f4f2ec', 'fill-outline-color': '#ffffff' } },
    ],
  },
  bounds: [116.7, 38.5, 127.1, 45.6],
  fitBoundsOptions: { padding: 60 },
  pitch: 40,
});
// As many arcs as the view draws (20), between district label points.
const arcs = Array.from({ length: 20 }, (_, i) => ({ from: cc.features[i % cc.features.length]!.properties.label, to: tj.features[i % tj.features.length]!.properties.label }));
map.addControl(
  new MapLibreOverlay({
    layers: [new ArcLayer<(typeof arcs)[number]>({ id: 'arcs', data: arcs, pickable: true, getSourcePosition: (d) => d.from, getTargetPosition: (d) => d.to, getSourceColor: [42, 111, 176], getTargetColor: [184, 71, 45], getWidth: 3 })],
  }),
);
map.once('load', () => map.once('idle', () => document.getElementById('map')!.setAttribute('data-ready', 'true')));
