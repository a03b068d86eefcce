// The geographic view in WebGL: a MapLibre map of our own style with the arcs as MapLibre lines
// (arc-lines.ts); once the view is ready, deck.gl's zone dots and labels on top (deck-layers.ts,
// imported then; MapLibreOverlay, interleaved: deck.gl draws into MapLibre's own WebGL context, so
// the page makes one context, not two). Loaded by dynamic import only when the view is opened.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// MapLibre 6 starts its worker from this URL; Vite copies the file into the build, same origin.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { Model } from '../model/build-model';
import type { Party } from '../model/types';
import type { ViewEvents } from '../views/view-registry';
import { STRINGS } from '../i18n/strings';
import { GEO_STRINGS } from './strings';
import { filterMatches, type FilterMatch } from '../model/filter';
import { boundsCenter, geoArcs, modelBounds, pairBounds, partyBounds, selectedPairs, type Bounds, type GeoArc } from './arcs';
import { hoverParties as partiesHovered, selectedParties as partiesSelected } from '../model/selection';
import { CITY_COLOR, INK, SEA } from './colors';
import { buildStyle, splitLater, unitFeatures, unitFilter } from './map-style';
// Each district's tint, worked out by the build from the same boundaries (config/geo-tints.ts).
import builtTints from 'virtual:geo-tints';
import { ARC_LAYERS, arcGradient, arcProperties, arcState, restState, restWidth, type ArcState } from './arc-lines';
import type { Region } from './region';
import { useFastRamp } from './color-ramp';
import { buildLabels, FONT, labelPadding, labelScale, labelsUnder, zonesAtRightEdge, ZONE_GAP, type GeoLabel, type ScreenRect } from './labels';
import { createInsets } from './insets';
import { activateParty, prefersReducedMotion, type GeoRenderer, type GeoState } from './renderer';
import { loadOnce, reason } from '../load/bounded';

/** deck.gl's layers (the labels, the zone dots), imported once the map is ready. */
const deckLayersCode = loadOnce(() => import('./deck-layers'), 'deck-layers.js');

maplibregl.setWorkerUrl(workerUrl);

/**
 * User Timing marks of the view's start-up phases: tests/bench/profile.mjs lists them beside the
 * trace. Only the last open's are kept (the browser keeps every mark until it is cleared).
 */
const mark = (phase: string) => {
  performance.clearMarks(`geo:${phase}`);
  performance.mark(`geo:${phase}`);
};
mark('module');

/**
 * MapLibre's workers start as this module loads and stay for the life of the page (prewarm): a
 * deep link starts them while the app boots, and every later open of the view reuses them. Before,
 * closing the view terminated them, each open started and loaded new ones, and MapLibre's shared
 * dispatcher kept the last closed map (canvas, context, layers) alive through its abort error.
 * A worker file that fails to load is reported to that dispatcher, maybe before any map exists,
 * so the failure is remembered here; the next open tries new workers.
 */
let workersFailed = false;
const workerFailureListeners = new Set<() => void>();
maplibregl.getGlobalDispatcher().on('error', (e) => {
  if (!/worker/i.test(e.error?.message ?? '')) return;
  workersFailed = true;
  for (const listener of workerFailureListeners) listener();
});
maplibregl.prewarm();

/** New workers if the last ones failed to load (a file the network lost once may come now). */
function retryFailedWorkers(): void {
  if (!workersFailed) return;
  workersFailed = false;
  maplibregl.clearPrewarmedResources();
  maplibregl.prewarm();
}

const PITCH = 40;

/** What a test (or a curious reader in the console) can ask of the live map. */
export interface GeoDebug {
  pick(x: number, y: number): string | null;
  project(lonLat: [number, number]): [number, number];
  arcs(): { pair: string; from: [number, number]; to: [number, number] }[];
  /** Pairs with an arc drawn somewhere on the canvas (MapLibre's rendered features of the arcs' layers, over the whole map). */
  visiblePairs(): string[];
  /** True while the camera is still flying. */
  moving(): boolean;
  /** Each arc's opacity (0–255) and width (px), as drawn now. */
  arcStyles(): { pair: string; alpha: number; width: number }[];
  /**
   * The arcs as MapLibre draws them now, read from its live layers (their paint evaluated over each
   * arc's feature state, not from our state): in the order they are drawn, each with its opacity
   * (0–255) and width (px), and whether the layers test or write depth (if they did, arcs drawn
   * earlier could hide a later, emphasised one).
   */
  drawnArcs(): { arcs: { pair: string; alpha: number; width: number }[]; depthTest: boolean } | null;
  /** Loses the WebGL context of the map's canvas, or of deck.gl's (the same canvas: interleaved). */
  loseContext(which: 'map' | 'deck'): boolean;
  /** The padding the camera fits into now (px): the base, the legend's and insets' room, the host's CSS. */
  fitPadding(): { top: number; right: number; bottom: number; left: number };
  /**
   * The labels as deck.gl's collision filter laid them out: each label's box on screen (px, as
   * drawn: text, padding, offset) and whether the filter shows it, read back from the collision
   * map the GPU drew (the same test its shader makes at the label's anchor).
   */
  labelLayout(): LabelBox[];
  /** Moves the camera at once (tests: a zoom level over a place). */
  jumpTo(center: [number, number], zoom: number): void;
  /** Both cities' extent, [west, south, east, north] (tests: is either city cut off?). */
  cityBounds(): Bounds;
}

export interface LabelBox {
  id: string;
  kind: GeoLabel['kind'];
  text: string;
  shown: boolean;
  box: [x: number, y: number, width: number, height: number];
  /** The text's height on the screen (px): deck.gl's laid-out line box, at the label's size. */
  size: number;
}

/** Why the WebGL view gave up, with what failed (the notice names it). */
/** The worker file failed, the map did not load in time, or a chunk of code (deck.gl's layers) did not arrive. */
export type GeoFailure = { kind: 'worker' | 'timeout' | 'code'; what: string };

/**
 * How long the map may take to load before the view falls back to the SVG map. Generous: a cold
 * start on a slow phone is ~10 s; a worker that never comes (a file the host lost) should not
 * leave the reader in front of "Loading…" for ever.
 */
export const LOAD_TIMEOUT_MS = 45_000;

type Picked = { kind: 'arc'; arc: GeoArc } | { kind: 'party'; party: Party } | null;

/**
 * MapLibre draws its sky first in every frame, whether or not the sky can be seen: a quad over the
 * whole canvas whose fragment shader works out the horizon per pixel (acos, asin, sqrt). Our camera
 * never pitches past 50°, so the horizon never comes into view and the sea (the background layer)
 * covers every pixel the sky drew; under SwiftShader (no GPU) that quad cost ≈ 50 ms of the GPU
 * process a frame, ten frames before the view is ready (docs/performance.md). The style has no
 * switch for it (MapLibre makes a sky for every style), so this painter's sky draw does nothing.
 * Private MapLibre state: if it changes, the sky is drawn again as before (a cost, not a fault).
 */
function skipSky(map: maplibregl.Map): void {
  const painter = (map as unknown as { painter?: { drawFunctions?: Record<string, unknown> } }).painter;
  if (painter && typeof painter.drawFunctions?.sky === 'function') painter.drawFunctions = { ...painter.drawFunctions, sky: () => {} };
}

/**
 * MapLibre places symbols (labels, icons of symbol layers) in every frame until the map has first
 * gone idle (its fade duration is 0 until then, which forces a full placement each frame): a new
 * Placement with a copy of the camera and a collision grid over the whole canvas (two grids of
 * 25-px cells, ≈ 10 000 arrays at 1280×800), then committed, even for a style with no symbol
 * layer. Ours has none (names and zone dots are deck.gl's), so after the first placement (the
 * map's render reads it) none is made while the style has no symbol layer: ≈ 60 ms of main thread
 * at 4× CPU before ready (docs/performance.md, item 16). With no symbol, a placement changes
 * nothing and reports nothing to redraw, which is what this answers. Private MapLibre state: if it
 * changes, placement runs as before (a cost, not a fault).
 */
function skipPlacement(map: maplibregl.Map): void {
  type Style = { placement?: unknown; _order?: string[]; _layers?: Record<string, { type?: string }>; _updatePlacement?: (...args: unknown[]) => boolean };
  const style = (map as unknown as { style?: Style }).style;
  const update = style?._updatePlacement;
  if (!style || typeof update !== 'function' || !Array.isArray(style._order) || !style._layers) return;
  style._updatePlacement = function (this: Style, ...args: unknown[]) {
    const symbols = this._order?.some((id) => this._layers?.[id]?.type === 'symbol') ?? true;
    return this.placement && !symbols ? false : update.apply(this, args);
  };
}

export function createWebglView(
  container: HTMLElement,
  model: Model,
  region: Region,
  initial: GeoState,
  events: ViewEvents,
  hooks: { onReady(): void; onLost(): void; onFailed(failure: GeoFailure): void; /** Labels and zone dots drawn too. */ onComplete?(): void },
): GeoRenderer & { debug: GeoDebug } {
  mark('create');
  let state = initial;
  let hoverIds: string[] = [];
  let zoom = 0;
  let time = 0;
  let frame = 0;
  let destroyed = false;
  /** Every label the state asks for, and those of them given to deck.gl (none under an inset). */
  let built: GeoLabel[] = [];
  let labels: GeoLabel[] = [];
  let labelsFor = '';
  /**
   * The labels' type scale: 1 at the desk; presenting sets `--map-label-size` (a registered
   * <length>, so it reads in px) to 1/45 of the screen's height, and the labels grow to it as the
   * paired and national views' do. Read when the stage changes size or the state changes (entering
   * or leaving the tour does both), not every frame: the flow redraws the layers each frame.
   */
  let scale = 1;
  const readScale = () => {
    const root = container.closest<HTMLElement>('.geo-view') ?? container;
    scale = labelScale(parseFloat(getComputedStyle(root).getPropertyValue('--map-label-size')));
  };
  readScale();
  const arcs = geoArcs(model);
  const zones = [...model.parties.values()].filter((p) => p.kind === 'zone');
  const reduced = prefersReducedMotion();
  retryFailedWorkers();

  const embedded = events.env().embedded;
  // On a touch screen one finger scrolls the page and two fingers move the map (MapLibre shows the
  // hint); a phone's map fills most of the screen, so otherwise the page could not be scrolled past it.
  const touch = matchMedia('(pointer: coarse)').matches || navigator.maxTouchPoints > 0;
  // The arcs' top layers only once an arc is emphasised, or at ready (map-style.ts, splitLater).
  // The selection's outline in the first style: set at load (paintSelection), a new filter made
  // MapLibre cut the districts' tiles again before the map could go idle.
  const firstStyle = buildStyle(model, region, state.basemap, builtTints, partiesSelected(model, state));
  const { style, later, laterSources, laterArcs } = splitLater(firstStyle, { emphasised: selectedPairs(model, state.pair).size > 0 });
  let topArcs = laterArcs;
  /** Appends the arcs' top layers if the map does not have them yet (they are the style's last). */
  const addTopArcs = () => {
    const add = topArcs;
    topArcs = [];
    for (const layer of add) map.addLayer(layer);
    fastRamps();
  };
  /** The arcs' colour ramps through color-ramp.ts (the same texels, a fraction of the main thread's time). */
  const fastRamps = () => {
    for (const { id } of ARC_LAYERS) useFastRamp(map.getLayer(id));
  };
  const map = new maplibregl.Map({
    container,
    style,
    // Any camera near the region: the view fits its own before the first tile is asked for
    // (fitBeforeTiles). With `bounds`, the constructor resized the map once more and fitted them
    // (≈ 45 ms of main thread at 4× CPU in the creation task) for a camera no tile was drawn at.
    center: boundsCenter(modelBounds(model)),
    zoom: 5,
    pitch: PITCH,
    // Steeper views would see past the region's land to the horizon.
    maxPitch: 50,
    maxBounds: [
      [region.camera[0], region.camera[1]],
      [region.camera[2], region.camera[3]],
    ],
    minZoom: 3.5,
    maxZoom: 12,
    attributionControl: { compact: true },
    // In an article, a scroll wheel must scroll the article, not zoom the map.
    cooperativeGestures: embedded || touch,
    locale: GEO_STRINGS[state.lang].mapUi,
    canvasContextAttributes: { preserveDrawingBuffer: false },
    // The style is ours and fixed: tests/unit/geo-view.test.ts validates it against MapLibre's style
    // spec. Validated again here, as the style loads, it cost ≈ 45 ms of main thread at 4× CPU on
    // the path to ready (its expressions are parsed again when the layers are made).
    validateStyle: false,
  });
  skipSky(map);
  skipPlacement(map);
  // The sea: the canvas's own background, under its transparent pixels, not a background layer.
  // MapLibre draws a background layer tile by tile in every frame (≈ 25 ms of SwiftShader a frame
  // at 1280×800, and a program of its own); the browser composites a CSS colour for nothing. The
  // canvas is premultiplied: a fill or an arc of opacity a over this colour composites to what the
  // same blend over a sea drawn in WebGL gives (docs/performance.md).
  map.getCanvas().style.backgroundColor = SEA;
  // Bottom right: the top right holds the insets of a selected pair.
  map.addControl(new maplibregl.NavigationControl({ visualizePitch: true }), 'bottom-right');
  const insets = createInsets(model, new Map(unitFeatures(model, builtTints).features.map((f) => [f.properties.id, f.properties.tint])));
  container.append(insets.element);
  map.getCanvas().setAttribute('aria-label', STRINGS[state.lang].mapLabel);

  // A worker file that fails (404 after a deploy, a host that blocks .mjs) never lets the map load:
  // MapLibre reports it as an error event; anything else that stalls the load ends at the timeout.
  const workerFile = new URL(workerUrl, location.href).pathname.split('/').pop() ?? 'maplibre-gl-worker.mjs';
  let failed = false;
  const fail = (failure: GeoFailure) => {
    if (failed || destroyed) return;
    failed = true;
    hooks.onFailed(failure);
  };
  const workerFailed = () => fail({ kind: 'worker', what: workerFile });
  workerFailureListeners.add(workerFailed);
  map.on('error', (e) => {
    if (/worker/i.test(e.error?.message ?? '')) workerFailed();
    else console.warn('geographic view:', e.error);
  });
  const loadTimer = setTimeout(() => fail({ kind: 'timeout', what: workerFile }), LOAD_TIMEOUT_MS);

  /**
   * Ready (the view's data-ready, and the bench's criterion): MapLibre idle after its load. The
   * arcs are MapLibre layers of the style (arc-lines.ts), their widths set as the style loads, so
   * idle means the arcs are drawn, and they are picked from MapLibre's own features
   * (queryRenderedFeatures). deck.gl is not on this path at all (tests/bench/naive waits for its
   * ArcLayer's first frame as well: the naive page draws its arcs with deck.gl).
   */
  let announced = false;
  /**
   * The zone dots and the labels come after the view is ready, drawn by deck.gl, whose code is
   * imported then (deck-layers.ts). Under SwiftShader (no GPU) every shader program costs a
   * synchronous compile in the GPU process, and a context's device set-up a round trip: the
   * profile of a cold `#view=geo` had deck.gl's arcs program alone at ≈ 1.3 s of the path to
   * ready (docs/performance.md). The map's lines (map-style.ts, LATER_LAYERS: coast, province and
   * district borders) are added at ready too.
   */
  let complete = false;
  let finished = false;
  /** deck.gl, once the view is ready and its chunk has arrived. */
  let overlay: MapLibreOverlay | null = null;
  let deckModule: typeof import('./deck-layers') | null = null;
  let given: Layer[] = [];
  const announce = () => {
    if (announced || destroyed) return;
    announced = true;
    mark('ready');
    hooks.onReady();
    complete = true;
    for (const [id, source] of Object.entries(laterSources)) map.addSource(id, source);
    for (const { layer, before } of later) map.addLayer(layer, before);
    addTopArcs();
    deckLayersCode
      .get()
      .then((mod) => {
        if (destroyed) return;
        mark('deck-module');
        deckModule = mod;
        /**
         * Interleaved: deck.gl draws its layers as MapLibre custom layers, in MapLibre's context.
         * Overlaid, deck made a second canvas and context of its own; under SwiftShader each context
         * is a synchronous round trip to the GPU process, and two canvases are composited every frame.
         * (Its layers draw with `depthCompare: 'always'`, so MapLibre's depth buffer clips none.)
         */
        overlay = new mod.MapLibreOverlay({
          interleaved: true,
          layers: [],
          // The browser reports a lost context a task after losing it; a frame drawn between
          // (the flow's animation) finds deck.gl making a layer's program, whose reflection calls
          // then return nothing and it reports an error. The view is about to fall back to the SVG
          // map (`lost` below): that is not an error of the page. Any other error is, as deck.gl's own.
          onError: (error: Error) => {
            if (map.getCanvas().getContext('webgl2')?.isContextLost()) return;
            console.error('deck:', error);
          },
          onAfterRender: () => {
            if (finished || !given.length || !given.every((l) => l.isLoaded)) return;
            finished = true;
            mark('complete');
            hooks.onComplete?.();
          },
        });
        map.addControl(overlay);
        redraw();
        placeLabels();
      })
      .catch((e: unknown) => {
        // Without them the map has no names and no zone dots: the SVG map has both, and says which file
        // failed. Opened again, the view asks for it again (loadOnce).
        console.warn('geographic view: the labels did not load', e);
        fail({ kind: 'code', what: reason(e) });
      });
    // The flow along the arcs starts now, not at the map's load: each of its frames makes MapLibre
    // draw a frame, and until ready every frame the GPU process presents (a read-back of the whole
    // canvas under SwiftShader) delays the frame that makes the map idle.
    if (!reduced) {
      const tick = (t: number) => {
        if (destroyed) return;
        time = (t / 2400) % 1;
        flowArcs();
        frame = requestAnimationFrame(tick);
      };
      frame = requestAnimationFrame(tick);
    }
  };

  // The map's canvas may lose its context (mobile browsers do this); the event does not bubble,
  // so listen in the capture phase on the container.
  const lost = () => {
    if (!destroyed) hooks.onLost();
  };
  container.addEventListener('webglcontextlost', lost, true);

  // What a selection and a hover light up, as in every view (src/model/selection.ts).
  const selectedParties = () => partiesSelected(model, state);
  const hoverParties = () => partiesHovered(model, hoverIds);

  // The key-task filter's matches, worked out when the filter changes: arcStyle runs every
  // animation frame (the flow along the arcs redraws the layers).
  let filterFor = '';
  let filter: FilterMatch['pairs'] | undefined;
  function filterPairs(): FilterMatch['pairs'] | undefined {
    const key = `${state.task}|${state.group}`;
    if (key !== filterFor) {
      filterFor = key;
      filter = filterMatches(model.content, state)?.pairs;
    }
    return filter;
  }

  /** Opacity (0–255) and width (px) of each arc, from the selection, the hover and the key-task filter. */
  function arcStyle() {
    const selected = selectedPairs(model, state.pair);
    const hovered = new Set(hoverIds);
    const anySelected = selected.size > 0 || state.place !== null;
    const emphasis = (a: GeoArc) => (selected.has(a.pair) ? 2 : hovered.has(a.pair) ? 1 : 0);
    // The key-task filter (src/find): matched arcs stay, stated ones wider and opaque, related ones
    // lighter; the others fade. A selected or hovered arc always reads as such.
    const filter = filterPairs();
    const basis = (a: GeoArc) => filter?.get(a.pair);
    const alpha = (a: GeoArc) => (emphasis(a) ? 255 : filter ? (basis(a) === 'stated' ? 255 : basis(a) ? 150 : 35) : anySelected ? 70 : 255);
    // Presenting, as wide for the room as the labels are large (`scale`: the step's 6 px arc was a
    // hairline on a 3840×2160 screen).
    const width = (a: GeoArc) => scale * (emphasis(a) ? [0, 5, 6][emphasis(a)]! : basis(a) === 'stated' ? 5 : restWidth(a));
    return { alpha, width, emphasis };
  }

  /**
   * The arcs' widths and opacities, as the feature state of each arc in MapLibre's `arcs` source:
   * an emphasised (selected or hovered) arc is drawn by its kind's top layer, over every other arc,
   * the rest by the kind's rest layer (arc-lines.ts, ARC_LAYERS). A state change reaches the GPU
   * as new paint values for the arcs' vertices; no layer changes, nothing goes to the worker.
   */
  const arcStates: (ArcState | undefined)[] = [];
  function styleArcs(): void {
    if (!map.getSource('arcs')) return;
    const { alpha, width, emphasis } = arcStyle();
    // An arc emphasised before ready (a pair chosen while the map loads) is drawn by a top layer.
    if (topArcs.length && arcs.some((a) => emphasis(a) > 0)) addTopArcs();
    arcs.forEach((a, i) => {
      const next = arcState(alpha(a), width(a), emphasis(a) > 0);
      // No state yet: the arc is drawn at rest (the paint's defaults), which may be what it needs.
      const was = arcStates[i] ?? restState(a);
      if (Object.keys(next).every((k) => was[k] === next[k])) return;
      arcStates[i] = next;
      map.setFeatureState({ source: 'arcs', id: i }, next);
    });
  }

  /** The flow along the arcs, towards Tianjin: their colours along each line, moved with `time`. */
  function flowArcs(): void {
    if (!map.getSource('arcs')) return;
    for (const { id, kind } of ARC_LAYERS) if (map.getLayer(id)) map.setPaintProperty(id, 'line-gradient', arcGradient(kind, time, 1) as never, { validate: false });
  }

  /** deck.gl's layers (the zone dots and the labels), once its module has come. */
  function layers(): Layer[] {
    if (!deckModule) return [];
    const chosenParties = selectedParties();
    const hoveredParties = hoverParties();
    const key = `${state.pair}|${state.place}|${hoverIds.join()}|${state.task}|${state.group}`;
    const lang = state.lang;
    // The same array while nothing it depends on changes: a new data array would make deck.gl
    // rebuild the text layer's attributes (and its collision map).
    const labelsKey = `${key}|${lang}|${zoom}|${scale}|${[...leftOfDot].join()}|${[...leftOut].join()}`;
    if (labelsKey !== labelsFor) built = buildLabels({
      lang,
      zoom,
      parties: [...model.parties.values()],
      chosen: chosenParties,
      hovered: hoveredParties,
      cities: [
        { id: 'changchun', text: STRINGS[lang].changchun, position: model.parties.get('nanguan')?.point ?? [125.35, 43.85], color: CITY_COLOR.changchun },
        { id: 'tianjin', text: STRINGS[lang].tianjin, position: model.parties.get('heping')?.point ?? [117.2, 39.1], color: CITY_COLOR.tianjin },
      ],
      provinces: region.provinces.features.map((f) => f.properties),
      cityColor: CITY_COLOR,
      ink: INK,
      scale,
      leftOfDot,
    });
    if (labelsKey !== labelsFor) labels = built.filter((l) => !leftOut.has(l.id));
    labelsFor = labelsKey;
    return deckModule.deckLayers({ zones, labels, chosen: chosenParties, hovered: hoveredParties, scale, lang, key, labelsKey });
  }

  /**
   * Zone names near the map's right edge go left of their dots (labels.ts, zonesAtRightEdge), and
   * no label is drawn where an inset lies over the map (labels.ts, labelsUnder; the collision
   * filter knows only labels, and 黑龙江 went half under the Changchun inset presenting at
   * 1024×768), nor a province's name the map's edge would cut (Inner Mongolia half above the top
   * edge, under the legend's row, at 1280×800): worked out when the camera comes to rest or the insets change, from the text's
   * width as the browser measures it in the labels' font (deck.gl lays out its glyphs from the same font).
   */
  let leftOfDot = new Set<string>();
  let leftOut = new Set<string>();
  const widths = new Map<string, number>();
  const measure = document.createElement('canvas').getContext('2d');
  const textWidth = (l: GeoLabel) => {
    const key = `${l.size}|${l.text}`;
    if (!widths.has(key) && measure) {
      measure.font = `600 ${l.size}px ${FONT}`;
      widths.set(key, measure.measureText(l.text).width);
    }
    return widths.get(key) ?? l.text.length * l.size * 0.6;
  };
  /** The insets' boxes on the map (px, from the map's top left), when they are shown. */
  function insetRects(): ScreenRect[] {
    if (insets.element.hidden) return [];
    const origin = container.getBoundingClientRect();
    return [...insets.element.querySelectorAll('.geo-inset')].map((el) => {
      const r = el.getBoundingClientRect();
      return [r.left - origin.left, r.top - origin.top, r.right - origin.left, r.bottom - origin.top] as ScreenRect;
    });
  }
  function placeLabels(): void {
    if (!complete || destroyed) return;
    const at = (l: GeoLabel): [number, number] => {
      const p = map.project(l.position);
      return [p.x, p.y];
    };
    const left = zonesAtRightEdge(built, (l) => at(l)[0], textWidth, map.getContainer().clientWidth, scale);
    // Each zone's name where it is about to go (left or right of its dot).
    const side = (l: GeoLabel, toLeft: boolean): GeoLabel => ({ ...l, anchor: toLeft ? 'end' : 'start', offset: [(toLeft ? -ZONE_GAP : ZONE_GAP) * scale, 0] });
    const placed = built.map((l) => (l.party?.kind === 'zone' ? side(l, left.has(l.id)) : l));
    const obstacles = insetRects();
    const under = labelsUnder(placed, at, textWidth, obstacles, scale);
    // Past the map's edges: a province's name there is cut in half, and the land's lettering is
    // not worth half a word. The places' and cities' names are kept (a selected one always shows).
    const { clientWidth: w, clientHeight: h } = map.getContainer();
    const outside: ScreenRect[] = [[-1e5, -1e5, 1e5, 0], [-1e5, h, 1e5, 1e5], [-1e5, -1e5, 0, 1e5], [w, -1e5, 1e5, 1e5]];
    for (const id of labelsUnder(placed.filter((l) => l.kind === 'province'), at, textWidth, outside, scale, 0)) under.add(id);
    // A zone's name that would run under an inset on the right goes left of its dot if that is clear
    // (Changchun New Area, the dot just left of the insets presenting at 1024×768).
    for (const l of placed) {
      if (!under.has(l.id) || l.party?.kind !== 'zone' || left.has(l.id)) continue;
      if (labelsUnder([side(l, true)], at, textWidth, obstacles, scale).size) continue;
      under.delete(l.id);
      left.add(l.id);
    }
    if ([...left].join() === [...leftOfDot].join() && [...under].join() === [...leftOut].join()) return;
    leftOfDot = left;
    leftOut = under;
    redraw();
  }

  function redraw(): void {
    if (destroyed) return;
    styleArcs();
    if (!overlay) return;
    given = layers();
    overlay.setProps({ layers: given });
  }

  /**
   * How MapLibre's arc layer `id` draws arc `i` now: its paint evaluated over the arc's feature
   * state (private to MapLibre's style layer; what its painter reads). Width 0: not drawn by it.
   * Should MapLibre's internals change, the state we gave the arc answers instead (picking must not break).
   */
  function drawnStyle(id: string, i: number): { width: number; alpha: number } {
    type Evaluated = { evaluate(feature: object, state: object): number };
    const layer = map.getLayer(id) as unknown as { paint?: { get?(name: string): Evaluated } } | undefined;
    const a = arcs[i];
    if (!layer || !a) return { width: 0, alpha: 0 };
    if (typeof layer.paint?.get !== 'function') {
      const st = arcStates[i] ?? restState(a);
      const top = ARC_LAYERS.find((l) => l.id === id)?.top;
      return { width: top ? st.tw : st.w, alpha: Math.round((top ? st.ta : st.a) * 255) };
    }
    const feature = { type: 2, id: i, properties: arcProperties(a) };
    const st = map.getFeatureState({ source: 'arcs', id: i });
    return { width: layer.paint.get('line-width').evaluate(feature, st), alpha: Math.round(layer.paint.get('line-opacity').evaluate(feature, st) * 255) };
  }

  /**
   * The arcs drawn at a point or in a box: MapLibre's features of the arcs' layers there, topmost
   * first (an emphasised arc over the rest), each only in the layer that draws it (its state gives
   * it no width in the other).
   */
  function arcsAt(box: maplibregl.PointLike | [maplibregl.PointLike, maplibregl.PointLike]): GeoArc[] {
    // (The top layers come at ready, or with the first emphasised arc.)
    const layers = ARC_LAYERS.map((l) => l.id).filter((id) => map.getLayer(id));
    if (!layers.length) return [];
    const features = map.queryRenderedFeatures(box, { layers });
    return features.flatMap((f) => {
      const i = Number(f.id);
      const { width, alpha } = drawnStyle(f.layer.id, i);
      return arcs[i] && width > 0 && alpha > 0 ? [arcs[i]] : [];
    });
  }
  function arcAt(x: number, y: number, radius = 4): GeoArc | null {
    return arcsAt([x, y])[0] ?? arcsAt([[x - radius, y - radius], [x + radius, y + radius]])[0] ?? null;
  }

  function pickAt(x: number, y: number): Picked {
    // deck.gl's zone dots and labels lie over the arcs.
    let info: PickingInfo | null = null;
    try {
      if (overlay && finished) info = overlay.pickObject({ x, y, radius: 4, layerIds: ['zones', 'labels'] }) as PickingInfo | null;
    } catch {
      // deck.gl not started yet: nothing of its to pick.
    }
    if (info?.object) {
      if (info.layer?.id === 'zones') return { kind: 'party', party: info.object as Party };
      const party = (info.object as GeoLabel).party;
      if (party) return { kind: 'party', party };
    }
    const arc = arcAt(x, y);
    if (arc) return { kind: 'arc', arc };
    const unit = map.queryRenderedFeatures([x, y], { layers: ['units-fill'] })[0];
    const party = unit ? model.parties.get(String(unit.properties.id)) : undefined;
    return party ? { kind: 'party', party } : null;
  }

  function setHover(ids: string[], echo: boolean): void {
    if (ids.join() === hoverIds.join()) return;
    hoverIds = ids;
    map.setFilter('units-hover', unitFilter(hoverParties()));
    map.getCanvas().style.cursor = ids.length ? 'pointer' : '';
    redraw();
    if (echo) events.hover(ids);
  }

  map.on('click', (e) => {
    const hit = pickAt(e.point.x, e.point.y);
    if (hit?.kind === 'arc') events.selectPair(hit.arc.pair);
    else if (hit?.kind === 'party') activateParty(hit.party, events);
  });
  map.on('mousemove', (e) => {
    const hit = pickAt(e.point.x, e.point.y);
    setHover(hit?.kind === 'arc' ? [hit.arc.pair] : hit?.kind === 'party' ? (hit.party.pairs.length ? hit.party.pairs : [hit.party.id]) : [], true);
  });
  map.on('mouseout', () => setHover([], true));
  map.on('zoomend', () => {
    const z = map.getZoom();
    // Labels change only across the thresholds; the rest of a zoom is MapLibre's (and the collision filter's).
    if (Math.floor(z * 2) !== Math.floor(zoom * 2)) {
      zoom = z;
      redraw();
    }
    zoom = z;
  });
  map.on('moveend', placeLabels);

  /**
   * Where the camera may put what it frames: a base margin, plus the room the legend takes at the
   * bottom, plus what the host asks for through CSS custom properties on the view (presenting
   * mode sets `--geo-fit-top|right|bottom|left` so the tour card never covers an end).
   */
  function fitPadding(): { top: number; right: number; bottom: number; left: number } {
    const root = container.closest<HTMLElement>('.geo-view') ?? container;
    const style = getComputedStyle(root);
    const extra = (side: string) => parseFloat(style.getPropertyValue(`--geo-fit-${side}`)) || 0;
    const stage = container.getBoundingClientRect();
    const base = Math.min(70, Math.max(24, stage.width * 0.06));
    const pad = { top: base + 20, right: base, bottom: base, left: base };
    // The insets lie over the map: keep what the camera frames out from under them.
    for (const el of [insets.element.hidden ? null : insets.element]) {
      const r = el?.getBoundingClientRect();
      if (!r || !r.height) continue;
      const wide = r.width > stage.width * 0.6;
      if (wide && r.top > stage.top + stage.height / 2) pad.bottom = Math.max(pad.bottom, stage.bottom - r.top + 12);
      else if (wide) pad.top = Math.max(pad.top, r.bottom - stage.top + 12);
      else if (r.left > stage.left + stage.width / 2) pad.right = Math.max(pad.right, stage.right - r.left + 12);
      else if (r.top > stage.top + stage.height / 2) pad.bottom = Math.max(pad.bottom, stage.bottom - r.top + 12);
      else pad.top = Math.max(pad.top, r.bottom - stage.top + 12);
    }
    for (const side of ['top', 'right', 'bottom', 'left'] as const) pad[side] += extra(side);
    // Never more padding than the stage has room for (MapLibre then refuses to fit at all).
    const shrinkX = Math.min(1, (stage.width * 0.7) / Math.max(1, pad.left + pad.right));
    const shrinkY = Math.min(1, (stage.height * 0.7) / Math.max(1, pad.top + pad.bottom));
    return { top: pad.top * shrinkY, bottom: pad.bottom * shrinkY, left: pad.left * shrinkX, right: pad.right * shrinkX };
  }

  const union = (a: Bounds, b: Bounds): Bounds => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
  let fittedFor = '';
  /** The stage's size and the padding the last fit framed into (fitRoom). */
  let fittedRoom = '';
  const fitRoom = (padding: ReturnType<typeof fitPadding>) => {
    const { clientWidth, clientHeight } = map.getContainer();
    return [clientWidth, clientHeight, padding.top, padding.right, padding.bottom, padding.left].join();
  };
  function fitSelection(animate: boolean): void {
    const key = `${state.pair}|${state.place}`;
    if (key === fittedFor) return;
    fittedFor = key;
    const pair = state.pair ? model.pairById.get(state.pair) : undefined;
    const place = state.place ? model.parties.get(state.place) : undefined;
    // A pairing is framed with both whole cities, its arc across the 840 km between them; the
    // insets show its districts up close. Framed on its own districts' box, the camera cut the
    // rest of Tianjin off at the map's left edge (1440×900, 汽车经开区 ⟷ 宁河区) and, presenting,
    // on every step. A place no pairing names is zoomed to: it has no arc to keep in view.
    const b: Bounds = pair ? union(pairBounds(pair), modelBounds(model)) : place ? partyBounds(place) : modelBounds(model);
    const padding = fitPadding();
    fittedRoom = fitRoom(padding);
    const target = cameraFor(b, padding);
    if (animate && !reduced) map.easeTo({ ...target, duration: 1200 });
    else map.jumpTo(target);
  }

  /**
   * The camera that shows all of `b` inside the padded stage. MapLibre's cameraForBounds ignores
   * the pitch, and a pitched camera draws the near (lower) part larger: Tianjin, at the bottom
   * left, fell off the screen. So: try its camera, project the box's corners, and zoom out and
   * shift until they fit (two or three rounds), then put the camera back where it was.
   */
  function cameraFor(b: Bounds, padding: { top: number; right: number; bottom: number; left: number }) {
    const saved = { center: map.getCenter(), zoom: map.getZoom(), pitch: map.getPitch(), bearing: map.getBearing() };
    const base = map.cameraForBounds(b, { padding, bearing: saved.bearing, maxZoom: 10 });
    let camera = { center: maplibregl.LngLat.convert(base?.center ?? saved.center), zoom: base?.zoom ?? saved.zoom, pitch: saved.pitch, bearing: saved.bearing };
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    const box = { left: padding.left, top: padding.top, right: width - padding.right, bottom: height - padding.bottom };
    const corners: [number, number][] = [[b[0], b[1]], [b[0], b[3]], [b[2], b[1]], [b[2], b[3]]];
    for (let round = 0; round < 4; round++) {
      map.jumpTo(camera);
      const pts = corners.map((c) => map.project(c));
      const xs = pts.map((p) => p.x);
      const ys = pts.map((p) => p.y);
      const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      const scale = Math.max((maxX - minX) / Math.max(1, box.right - box.left), (maxY - minY) / Math.max(1, box.bottom - box.top));
      const dx = (minX + maxX) / 2 - (box.left + box.right) / 2;
      const dy = (minY + maxY) / 2 - (box.top + box.bottom) / 2;
      if (scale <= 1.001 && Math.abs(dx) < 2 && Math.abs(dy) < 2) break;
      // Move the middle of what is framed to the middle of the free box, then zoom to fit it.
      const mid = map.unproject([width / 2 + dx, height / 2 + dy]);
      camera = { ...camera, center: mid, zoom: Math.min(10, camera.zoom - Math.log2(Math.max(scale, 0.5)) * (scale > 1 ? 1.05 : 1)) };
    }
    map.jumpTo(saved);
    return camera;
  }

  function paintSelection(): void {
    const chosen = selectedParties();
    map.setFilter('units-selected', unitFilter(chosen));
    insets.show([...chosen].map((id) => model.parties.get(id)!).filter(Boolean), state.lang);
  }

  // A new stage size (a phone turned, a window resized, presenting) frames the selection again.
  map.on('resize', () => {
    if (!loaded || destroyed) return;
    fittedFor = '';
    fitSelection(false);
    const was = scale;
    readScale();
    if (scale !== was) redraw();
    placeLabels();
  });

  // The camera the view will show, before MapLibre asks for any tile, so the first tiles its worker
  // cuts are the ones drawn (the constructor's bounds ignore the pitch and the padding, and fitting
  // only at load sent a second round of tiles at another zoom). Not as the view is created: then it
  // delayed the style's load, and with it the sources' trip to the worker, by the fit's ≈ 80 ms at
  // 4× CPU (a forced layout of the elements just added, cameraFor's rounds). A source asks for
  // tiles in the first frame after the worker has indexed its data, which MapLibre announces with
  // a `metadata` event: fitted then, the camera costs the main thread while the worker still
  // indexes the other sources, and the page has laid out its elements in a frame since.
  const fitBeforeTiles = (e: maplibregl.MapSourceDataEvent) => {
    if (e.sourceDataType !== 'metadata') return;
    map.off('sourcedata', fitBeforeTiles);
    if (loaded || destroyed) return;
    fitSelection(false);
    zoom = map.getZoom();
  };
  map.on('sourcedata', fitBeforeTiles);
  // The arcs' widths as soon as their source exists, so the first frame with tiles has them.
  map.once('style.load', () => {
    fastRamps();
    redraw();
  });

  let loaded = false;
  map.on('load', () => {
    mark('map-load');
    clearTimeout(loadTimer);
    loaded = true;
    zoom = map.getZoom();
    paintSelection();
    // Again if the stage changed size while the style loaded, or the room around what is framed did
    // (a selected pair's insets appear now). Otherwise the camera fitted before the tiles is the
    // one: worked out again, its rounds of camera moves were ≈ 20 ms of main thread at 4× CPU in the
    // frame that makes the map load, and moved nothing.
    if (fitRoom(fitPadding()) !== fittedRoom) {
      fittedFor = '';
      fitSelection(false);
    }
    redraw();
    map.once('idle', () => {
      mark('map-idle');
      announce();
    });
  });

  /** See GeoDebug.labelLayout: private deck.gl fields, for tests and the console only. */
  function readLabelLayout(): LabelBox[] {
    type Internal = {
      layerManager: { getLayers(): { id: string; props: { data: GeoLabel[] }; state: { fontAtlasManager: { props: { fontSize: number } } }; getBoundingRect(o: GeoLabel, info: object): number[] }[] };
      effectManager: { getEffects(): { id: string; collisionFBOs?: Record<string, { width: number; height: number }> }[] };
      device: { readPixelsToArrayWebGL(fbo: object): Uint8Array };
    };
    const deck = (overlay as unknown as { _deck?: Internal } | null)?._deck;
    const layer = deck?.layerManager.getLayers().find((l) => l.id === 'labels');
    const fbo = deck?.effectManager.getEffects().find((e) => e.id === 'collision-filter-effect')?.collisionFBOs?.default;
    if (!deck || !layer || !fbo) return [];
    const pixels = deck.device.readPixelsToArrayWebGL(fbo);
    const canvas = map.getCanvas();
    // deck.gl sizes the map at half the canvas, which is fractional for an odd width (847 → 423.5);
    // WebGL truncates it, so the rows read back are 423 texels long (read as 423.5, every row
    // skewed and almost every label read as hidden: the projector test passed with nothing to check).
    const [fw, fh] = [Math.floor(fbo.width), Math.floor(fbo.height)];
    const texel = fw / canvas.clientWidth;
    const fontSize = layer.state.fontAtlasManager.props.fontSize;
    const data = layer.props.data;
    return data.map((d, index) => {
      const [ax, ay] = [map.project(d.position).x, map.project(d.position).y];
      // The shader samples 5×5 points a screen pixel apart around the anchor; the map is at half scale.
      let match = 0;
      let total = 0;
      const id = index + 1;
      for (let dy = -2; dy <= 2; dy++)
        for (let dx = -2; dx <= 2; dx++) {
          const fx = Math.floor((ax + dx) * texel);
          const fy = Math.floor(fh - (ay + dy) * texel);
          total++;
          if (fx < 0 || fy < 0 || fx >= fw || fy >= fh) continue;
          const i = (fy * fw + fx) * 4;
          if (pixels[i] === (id & 255) && pixels[i + 1] === ((id >> 8) & 255) && pixels[i + 2] === ((id >> 16) & 255)) match++;
        }
      // The label's alpha is (share of matches)^2.2; under 5 % it cannot be seen.
      const shown = Math.pow(match / total, 2.2) > 0.05;
      const [rx, ry, rw, rh] = layer.getBoundingRect(d, { index, data, target: [] }) as [number, number, number, number];
      const k = d.size / fontSize;
      const [px, py] = labelPadding(scale);
      const box: LabelBox['box'] = [ax + d.offset[0] + rx * k - px, ay + d.offset[1] + ry * k - py, rw * k + 2 * px, rh * k + 2 * py];
      return { id: d.id, kind: d.kind, text: d.text, shown, box, size: rh * k };
    });
  }

  return {
    update(next: GeoState): void {
      const langChanged = next.lang !== state.lang;
      if (langChanged && loaded) insets.show([...selectedParties()].map((id) => model.parties.get(id)!).filter(Boolean), next.lang);
      state = next;
      if (langChanged) {
        map.getCanvas().setAttribute('aria-label', STRINGS[state.lang].mapLabel);
        // MapLibre reads its locale once; its hint and buttons follow the language here.
        const ui = GEO_STRINGS[state.lang].mapUi;
        const mac = /Mac/.test(navigator.platform);
        const say = (selector: string, key: string, attr?: string) =>
          container.querySelectorAll<HTMLElement>(selector).forEach((el) => (attr ? el.setAttribute(attr, ui[key]!) : (el.textContent = ui[key]!)));
        say('.maplibregl-mobile-message', 'CooperativeGesturesHandler.MobileHelpText');
        say('.maplibregl-desktop-message', mac ? 'CooperativeGesturesHandler.MacHelpText' : 'CooperativeGesturesHandler.WindowsHelpText');
        for (const [cls, key] of [['zoom-in', 'ZoomIn'], ['zoom-out', 'ZoomOut'], ['compass', 'ResetBearing']] as const) {
          say(`.maplibregl-ctrl-${cls}`, `NavigationControl.${key}`, 'title');
          say(`.maplibregl-ctrl-${cls}`, `NavigationControl.${key}`, 'aria-label');
        }
      }
      if (!loaded) return;
      readScale();
      paintSelection();
      fitSelection(true);
      redraw();
      // The insets may have changed while the camera stays (a language, a step of the same frame).
      placeLabels();
    },
    hover(ids: string[]): void {
      if (loaded) setHover(ids, false);
    },
    destroy(): void {
      destroyed = true;
      insets.destroy();
      cancelAnimationFrame(frame);
      clearTimeout(loadTimer);
      workerFailureListeners.delete(workerFailed);
      container.removeEventListener('webglcontextlost', lost, true);
      // Both contexts are handed back explicitly: deck.finalize() and map.remove() free their
      // resources but leave the contexts alive until garbage collection, and Chromium caps the
      // live contexts of a page (it warned "Too many active WebGL contexts" after 67 opens).
      // (Interleaved there is one, MapLibre's; deck.gl's canvas is the same.)
      const contexts = [...new Set([map.getCanvas(), overlay?.getCanvas()])].map((c) => c?.getContext('webgl2'));
      // deck.finalize() leaves its luma.gl device's canvas observers running (deck 9.4 / luma 9.4
      // create the device with _reuseDevices, so device.destroy() does nothing): a matchMedia
      // listener for the pixel ratio then held the canvas, both contexts, the map and every layer
      // of each closed view (+37 DOM nodes, +6 listeners, ≈ 0.2 MB per open). Stop them here.
      const device = (overlay as unknown as { _deck?: { device?: { canvasContext?: { destroy(): void } | null } } } | null)?._deck?.device;
      try {
        device?.canvasContext?.destroy();
        if (overlay) map.removeControl(overlay);
        map.remove();
      } catch {
        // A lost context can make teardown throw; the elements go anyway.
      }
      for (const gl of contexts) gl?.getExtension('WEBGL_lose_context')?.loseContext();
      container.replaceChildren();
    },
    debug: {
      pick: (x, y) => {
        const hit = pickAt(x, y);
        return hit?.kind === 'arc' ? hit.arc.pair : hit?.kind === 'party' ? hit.party.id : null;
      },
      project: (lonLat) => {
        const p = map.project(lonLat);
        return [p.x, p.y];
      },
      arcs: () => arcs.map((a) => ({ pair: a.pair, from: a.from.point, to: a.to.point })),
      visiblePairs: () => {
        const { clientWidth: width, clientHeight: height } = map.getContainer();
        return [...new Set(arcsAt([[0, 0], [width, height]]).map((a) => a.pair))].sort();
      },
      moving: () => map.isMoving(),
      arcStyles: () => {
        const { alpha, width } = arcStyle();
        return arcs.map((a) => ({ pair: a.pair, alpha: alpha(a), width: width(a) }));
      },
      drawnArcs: () => {
        // MapLibre's live layers, in the order it draws them, each arc's width and opacity as the
        // layer evaluates them for it (its paint expressions over the arc's feature state): what is
        // drawn, not what arcStyle() asks for. An arc with no width or opacity in a layer is not drawn by it.
        const order = map.getLayersOrder().filter((id) => ARC_LAYERS.some((l) => l.id === id));
        if (order.length !== ARC_LAYERS.length) return null;
        const drawn: { pair: string; alpha: number; width: number }[] = [];
        let lines = true;
        for (const id of order) {
          lines &&= map.getLayer(id)?.type === 'line';
          const kind = ARC_LAYERS.find((l) => l.id === id)!.kind;
          arcs.forEach((a, i) => {
            if (a.kind !== kind) return;
            const { width, alpha } = drawnStyle(id, i);
            if (width > 0 && alpha > 0) drawn.push({ pair: a.pair, alpha, width });
          });
        }
        // MapLibre's line layers test depth read-only and never write it: an arc drawn earlier cannot
        // hide a later one; the drawing order alone decides what lies over what.
        return { arcs: drawn, depthTest: !lines };
      },
      fitPadding,
      cityBounds: () => modelBounds(model),
      labelLayout: () => readLabelLayout(),
      jumpTo: (center, zoom) => {
        map.jumpTo({ center, zoom });
        // zoomend redraws the labels across thresholds; jumpTo fires it synchronously.
      },
      loseContext: (which) => {
        // deck.gl draws into the map's canvas (interleaved); before it has come, that canvas is the one.
        const canvas = which === 'map' || !overlay ? map.getCanvas() : overlay.getCanvas();
        const gl = canvas?.getContext('webgl2');
        const ext = gl?.getExtension('WEBGL_lose_context');
        ext?.loseContext();
        return !!ext;
      },
    },
  };
}
