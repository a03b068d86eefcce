// The benchmark's naive page, what the geographic view must beat: MapLibre + deck.gl + the same
// TopoJSON of both cities + one ArcLayer, nothing else, written the obvious way (load the
// script, then fetch the data, then make the map; the arcs on a MapLibreOverlay). Ready by the
// geographic view's own criterion (its data-ready, src/geo-view/webgl-view.ts): MapLibre idle after
// its load with the arcs drawn and pickable; the arcs here are deck.gl's, so that is also deck.gl's
// first frame with every layer loaded.
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
const layers = [new ArcLayer<(typeof arcs)[number]>({ id: 'arcs', data: arcs, pickable: true, getSourcePosition: (d) => d.from, getTargetPosition: (d) => d.to, getSourceColor: [42, 111, 176], getTargetColor: [184, 71, 45], getWidth: 3 })];
let [idle, drawn] = [false, false];
const ready = () => idle && drawn && document.getElementById('map')!.setAttribute('data-ready', 'true');
map.addControl(
  new MapLibreOverlay({
    layers,
    onAfterRender: () => {
      if (drawn || !layers.every((l) => l.isLoaded)) return;
      drawn = true;
      ready();
    },
  }),
);
map.once('load', () => {
  map.once('idle', () => {
    idle = true;
    ready();
  });
});
