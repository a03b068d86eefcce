// A MapLibre style of our own: sea, land, province borders and both cities' districts, all
// from the site's own files. No glyphs, sprites or tiles, so no request leaves the origin —
// unless the site owner turns on a basemap (basemaps.ts).
import type { StyleSpecification, FilterSpecification } from 'maplibre-gl';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Model } from '../model/build-model';
import type { Region } from './region';
import { BASEMAPS } from './basemaps';
import { BORDER, CITY_FILL, LAND, SEA } from './colors';

export interface UnitProps {
  id: string;
  city: 'changchun' | 'tianjin';
  paired: boolean;
}

export function unitFeatures(model: Model): FeatureCollection<Polygon | MultiPolygon, UnitProps> {
  const features = [...model.parties.values()]
    .filter((p) => p.feature)
    .map((p) => ({ type: 'Feature' as const, properties: { id: p.id, city: p.city, paired: p.pairs.length > 0 }, geometry: p.feature!.geometry }));
  return { type: 'FeatureCollection', features };
}

/** Only the units in `ids`: the selection outline and the hover fill. */
export function unitFilter(ids: Iterable<string>): FilterSpecification {
  return ['in', ['get', 'id'], ['literal', [...ids]]];
}

export function buildStyle(model: Model, region: Region, basemap: string): StyleSpecification {
  const tiles = BASEMAPS[basemap];
  const style: StyleSpecification = {
    version: 8,
    sources: {
      land: { type: 'geojson', data: region.land },
      borders: { type: 'geojson', data: { type: 'Feature', properties: {}, geometry: region.borders } },
      units: { type: 'geojson', data: unitFeatures(model) },
      ...(tiles ? { basemap: { type: 'raster', tiles: tiles.tiles, tileSize: 256, maxzoom: tiles.maxzoom, attribution: tiles.attribution } } : {}),
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
      ...(tiles
        ? [{ id: 'basemap', type: 'raster' as const, source: 'basemap' }]
        : [{ id: 'land', type: 'fill' as const, source: 'land', paint: { 'fill-color': LAND, 'fill-outline-color': '#9fb3c2' } }]),
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        paint: { 'line-color': BORDER, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 9, 1.4], 'line-dasharray': [3, 2] },
      },
      {
        id: 'units-fill',
        type: 'fill',
        source: 'units',
        paint: {
          'fill-color': ['case', ['!', ['get', 'paired']], '#e6e8ea', ['==', ['get', 'city'], 'changchun'], CITY_FILL.changchun, CITY_FILL.tianjin],
          'fill-opacity': tiles ? 0.6 : 0.95,
        },
      },
      {
        id: 'units-hover',
        type: 'fill',
        source: 'units',
        filter: unitFilter([]),
        paint: { 'fill-color': ['match', ['get', 'city'], 'changchun', '#9fc2e6', '#eeb4a4'], 'fill-opacity': 0.95 },
      },
      { id: 'units-line', type: 'line', source: 'units', paint: { 'line-color': '#ffffff', 'line-width': 0.8 } },
      { id: 'units-selected', type: 'line', source: 'units', filter: unitFilter([]), paint: { 'line-color': '#1d232b', 'line-width': 2 } },
    ],
  };
  return style;
}
