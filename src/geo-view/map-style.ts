// A MapLibre style of our own: land, province borders and both cities' districts (the sea is the
// canvas's CSS background, webgl-view.ts), all
// from the site's own files. No glyphs, sprites or tiles, so no request leaves the origin —
// unless the site owner turns on a basemap (basemaps.ts).
import type { StyleSpecification, FilterSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Model } from '../model/build-model';
import type { Region } from './region';
import { BASEMAPS } from './basemaps';
import { BORDER, DISTRICT_TINTS, LAND } from './colors';
import { geoArcs } from './arcs';
import { ARC_LAYERS, arcFeatures, arcGradient } from './arc-lines';

export interface UnitProps {
  id: string;
  city: 'changchun' | 'tianjin';
  paired: boolean;
  /** 0–3: no two neighbours share one, so districts read apart at every zoom (DISTRICT_TINTS). */
  tint: number;
}

/**
 * A tint for each unit such that neighbours differ: greedy colouring over the units that share a
 * border vertex (the TopoJSON decodes shared borders to identical positions), largest first.
 */
export function unitTints(units: { id: string; geometry: Polygon | MultiPolygon }[]): Map<string, number> {
  const byVertex = new Map<string, Set<string>>();
  for (const u of units) {
    const polys = u.geometry.type === 'Polygon' ? [u.geometry.coordinates] : u.geometry.coordinates;
    for (const poly of polys) for (const ring of poly) for (const [x, y] of ring) {
      const key = `${x},${y}`;
      if (!byVertex.has(key)) byVertex.set(key, new Set());
      byVertex.get(key)!.add(u.id);
    }
  }
  const neighbours = new Map(units.map((u) => [u.id, new Set<string>()]));
  for (const ids of byVertex.values()) if (ids.size > 1) for (const a of ids) for (const b of ids) if (a !== b) neighbours.get(a)!.add(b);
  const tints = new Map<string, number>();
  const order = [...units].sort((a, b) => neighbours.get(b.id)!.size - neighbours.get(a.id)!.size || (a.id < b.id ? -1 : 1));
  for (const u of order) {
    const taken = new Set([...neighbours.get(u.id)!].map((n) => tints.get(n)));
    let t = 0;
    while (taken.has(t)) t++;
    tints.set(u.id, t % DISTRICT_TINTS.changchun.length);
  }
  return tints;
}

/** Worked out once per model: the style and the insets both ask. */
const featuresOf = new WeakMap<Model, FeatureCollection<Polygon | MultiPolygon, UnitProps>>();

/** Each unit's tint, by id (unitTints over the model's units): what the build works out (config/geo-tints.ts). */
export type UnitTints = Readonly<Record<string, number>>;

/** Every unit of the model, with its tint: `unitTints(units)` as an object, for the build. */
export function modelTints(model: Model): UnitTints {
  return Object.fromEntries(unitFeatures(model).features.map((f) => [f.properties.id, f.properties.tint]));
}

/**
 * The units as MapLibre's source and the insets take them. `built`: the tints the build worked out
 * from the same boundaries and units (config/geo-tints.ts, `virtual:geo-tints`), so the page does
 * not walk every vertex of both cities (unitTints, ≈ 35 ms of main thread at 4× CPU as the view is
 * created). Worked out here if it lacks a unit (it never should: the same function made it).
 */
export function unitFeatures(model: Model, built?: UnitTints): FeatureCollection<Polygon | MultiPolygon, UnitProps> {
  const known = featuresOf.get(model);
  if (known) return known;
  const units = [...model.parties.values()].filter((p) => p.feature).map((p) => ({ party: p, id: p.id, geometry: p.feature!.geometry }));
  const complete = built && units.every((u) => Number.isInteger(built[u.id]));
  const tints = complete ? new Map(units.map((u) => [u.id, built[u.id]!])) : unitTints(units);
  const features = units.map(({ party: p, geometry }) => ({ type: 'Feature' as const, properties: { id: p.id, city: p.city, paired: p.pairs.length > 0, tint: tints.get(p.id) ?? 0 }, geometry }));
  const collection: FeatureCollection<Polygon | MultiPolygon, UnitProps> = { type: 'FeatureCollection', features };
  featuresOf.set(model, collection);
  return collection;
}

/** The fill of a unit: its city's hue (grey if unpaired) in the unit's tint. */
function tintedFill(): unknown {
  const pick = (colors: readonly string[]) => ['match', ['get', 'tint'], 0, colors[0], 1, colors[1], 2, colors[2], colors[3]];
  return ['case', ['!', ['get', 'paired']], pick(DISTRICT_TINTS.unpaired), ['==', ['get', 'city'], 'changchun'], pick(DISTRICT_TINTS.changchun), pick(DISTRICT_TINTS.tianjin)];
}

/** Only the units in `ids`: the selection outline and the hover fill. */
export function unitFilter(ids: Iterable<string>): FilterSpecification {
  return ['in', ['get', 'id'], ['literal', [...ids]]];
}

/**
 * `selected`: the units the selection outlines as the map starts (webgl-view.ts sets the same filter
 * at load; given here, MapLibre finds it unchanged then, and does not cut the districts' tiles again
 * before the map is idle).
 */
export function buildStyle(model: Model, region: Region, basemap: string, tints?: UnitTints, selected: Iterable<string> = []): StyleSpecification {
  const tiles = BASEMAPS[basemap];
  const style: StyleSpecification = {
    version: 8,
    sources: {
      land: { type: 'geojson', data: region.land },
      // Read when the source is added (with the province borders' layer at ready, splitLater): the
      // region decodes the borders only then (region.ts).
      borders: {
        type: 'geojson',
        get data() {
          return { type: 'Feature' as const, properties: {}, geometry: region.borders };
        },
      },
      units: { type: 'geojson', data: unitFeatures(model, tints) },
      // The arcs (arc-lines.ts): `lineMetrics` for their gradient along each line.
      arcs: { type: 'geojson', data: arcFeatures(geoArcs(model)), lineMetrics: true },
      ...(tiles ? { basemap: { type: 'raster', tiles: tiles.tiles, tileSize: 256, maxzoom: tiles.maxzoom, attribution: tiles.attribution } } : {}),
    },
    layers: [
      ...(tiles
        ? [{ id: 'basemap', type: 'raster' as const, source: 'basemap' }]
        : [
            {
              id: 'land',
              type: 'fill' as const,
              source: 'land',
              // One fill program for the land and the districts: MapLibre compiles a shader program
              // per combination of constant and data-driven properties, and the districts' colour is
              // data-driven. So is the land's here, though it is one colour (no land feature has
              // `fill`); and no antialiased outline (another program): the coast is a line, below.
              paint: { 'fill-color': ['to-color', ['coalesce', ['get', 'fill'], LAND]] as never, 'fill-antialias': false },
            },
            // The coast, drawn by the program of the districts' white lines.
            { id: 'coast', type: 'line' as const, source: 'land', paint: { 'line-color': '#9fb3c2', 'line-width': 0.8 } },
          ]),
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
          'fill-color': tintedFill() as never,
          'fill-opacity': tiles ? 0.6 : 0.95,
          // The white lines of units-line lie on every edge; antialiasing them here too would cost
          // a shader program of its own (SwiftShader compiles each one in the GPU process at start).
          'fill-antialias': false,
        },
      },
      {
        id: 'units-hover',
        type: 'fill',
        source: 'units',
        filter: unitFilter([]),
        paint: { 'fill-color': ['match', ['get', 'city'], 'changchun', '#9fc2e6', '#eeb4a4'], 'fill-opacity': 0.95, 'fill-antialias': false },
      },
      // White borders, wider as the districts grow on screen, so neighbours part at every zoom.
      { id: 'units-line', type: 'line', source: 'units', paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.6, 8, 1.2, 11, 2] } },
      { id: 'units-selected', type: 'line', source: 'units', filter: unitFilter(selected), paint: { 'line-color': '#1d232b', 'line-width': 2 } },
      ...arcLayers(),
    ],
  };
  return style;
}

/**
 * The arcs' four layers (arc-lines.ts, ARC_LAYERS): a kind's colours along each line, and each arc's
 * width and opacity from its feature state (webgl-view.ts sets them: a selection, a hover or the
 * key-task filter changes no layer and sends nothing to the worker). Until a state is set, an arc
 * is drawn at rest (restState).
 */
export function arcLayers(): LayerSpecification[] {
  return ARC_LAYERS.map(({ id, kind, top }) => ({
    id,
    type: 'line' as const,
    source: 'arcs',
    filter: ['==', ['get', 'kind'], kind] as FilterSpecification,
    layout: { 'line-cap': 'round' as const, 'line-join': 'round' as const },
    paint: {
      'line-gradient': arcGradient(kind) as never,
      // Without a feature state of its own, an arc is at rest (arc-lines.ts, restState): drawn by the
      // rest layer at its rest width, opaque, and by the top layer not at all.
      'line-width': ['number', ['feature-state', top ? 'tw' : 'w'], top ? 0 : ['get', 'w']] as never,
      'line-opacity': ['number', ['feature-state', top ? 'ta' : 'a'], top ? 0 : 1] as never,
    },
  }));
}

/**
 * The lines wait until the view is ready (webgl-view.ts adds them then): the province borders, the
 * coast and the districts' white borders. Under SwiftShader (no GPU) every shader program is a
 * compile in the GPU process that the first frame waits for, and the dashed borders need a program
 * of their own; every line layer also costs the worker a second set of buffers for its source
 * (MapLibre's line buckets are the heaviest it cuts). Before ready the map draws the sea, the land
 * and the districts' fills, whose four tints already part neighbours (unitTints): a program fewer
 * than the naive page's (its fills have an outline program), and the lines come in the frame after.
 */
export const LATER_LAYERS = ['coast', 'borders', 'units-line'];

/**
 * `style` without the LATER_LAYERS, and those layers, in the style's order, each with the first
 * layer after it that the map already has (the lines are added in this order, so each goes where it
 * was in the whole style). The sources only those layers draw (the province borders) come with
 * them: MapLibre sends every source of a style to its worker as the style loads (the borders are
 * ≈ 250 KB of GeoJSON to serialize on the main thread, then to cut in the worker, whose single
 * thread on a 2-core machine also cuts the tiles the map waits for). A source no layer draws (the
 * land under a basemap) is left out.
 *
 * `emphasised: false` (no arc is emphasised as the map starts: the link selects no pair) also holds
 * back the arcs' top layers (`laterArcs`, in order; webgl-view.ts appends them at ready, or as soon
 * as an arc is emphasised). Until then they would draw nothing (every arc's width there is 0), yet
 * MapLibre would cut their buckets and, in the first frame with tiles, render a colour ramp of
 * 256 evaluations of the gradient for every arc of every tile in each of them: ≈ half of the ramps'
 * ≈ 110 ms of main thread at 4× CPU before ready.
 */
export function splitLater(
  style: StyleSpecification,
  { emphasised }: { emphasised: boolean } = { emphasised: true },
): {
  style: StyleSpecification;
  later: { layer: LayerSpecification; before?: string }[];
  laterSources: Record<string, SourceSpecification>;
  laterArcs: LayerSpecification[];
} {
  const tops: string[] = emphasised ? [] : ARC_LAYERS.filter((l) => l.top).map((l) => l.id);
  const early = (l: LayerSpecification) => !LATER_LAYERS.includes(l.id) && !tops.includes(l.id);
  const later = style.layers.flatMap((layer, i) => (early(layer) || tops.includes(layer.id) ? [] : [{ layer, before: style.layers.slice(i + 1).find(early)?.id }]));
  const sourceOf = (l: LayerSpecification) => ('source' in l && typeof l.source === 'string' ? l.source : null);
  const drawnEarly = new Set(style.layers.filter(early).map(sourceOf));
  const drawnLater = new Set(later.map(({ layer }) => sourceOf(layer)));
  const sources = Object.entries(style.sources);
  return {
    style: { ...style, sources: Object.fromEntries(sources.filter(([id]) => drawnEarly.has(id))), layers: style.layers.filter(early) },
    later,
    laterSources: Object.fromEntries(sources.filter(([id]) => !drawnEarly.has(id) && drawnLater.has(id))),
    laterArcs: style.layers.filter((l) => tops.includes(l.id)),
  };
}
