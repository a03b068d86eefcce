// The geographic view's frame: status line, key row and stage. It checks for WebGL2, then
// imports MapLibre + deck.gl (or the small SVG fallback). This module itself loads when the view
// is first opened (the registry's entry, entry.ts, is all the first paint holds of the view).
import './geo-view.css';
import type { Model } from '../model/build-model';
import type { ViewEvents, ViewInstance } from '../views/view-registry';
import type { AppState } from '../state/app-state';
import { h } from '../views/dom';
import { GEO_STRINGS } from './strings';
import { reason as failureReason, withTimeout } from '../load/bounded';
import { LOAD_STRINGS } from '../load/strings';
import { hasWebGL2, isNoWebGL2Error, noteNoWebGL2 } from './webgl-support';
import type { GeoRenderer, GeoState } from './renderer';
import type { GeoDebug } from './webgl-view';
import { BASEMAP_ORIGINS, OFFERED_BASEMAPS } from './basemaps';
import { loadRegion, svgViewCode, webglViewCode } from './parts';
import { reportReady } from './first-ready';

const BASEMAP_NAMES: Record<string, { zh: string; en: string }> = { osm: { zh: 'OpenStreetMap', en: 'OpenStreetMap' }, tianditu: { zh: '天地图', en: 'TianDiTu' } };

type Reason = 'noWebgl' | 'contextLost' | 'loadFailed' | 'singleFile' | 'workerFailed' | 'timeout';

/** The root element, with a handle on the live map for tests and the console. */
export type GeoRoot = HTMLElement & { geoDebug?: GeoDebug };

/** The basemap the button switches to: none → each offered → none. */
function nextBasemap(current: string | undefined): string {
  const order = ['none', ...OFFERED_BASEMAPS];
  return order[(order.indexOf(current ?? 'none') + 1) % order.length]!;
}

/** A legend entry: the arc's colours are the swatch's class (geo-view.css), from the palette. */
function legendItem(kind: 'district' | 'zone' | 'sub', label: HTMLElement): HTMLElement {
  return h('li', {}, h('span', { class: `geo-swatch is-${kind}`, 'aria-hidden': 'true' }), label);
}

export function createGeoView(container: HTMLElement, model: Model, events: ViewEvents): ViewInstance {
  const stage = h('div', { class: 'geo-stage' });
  const status = h('p', { class: 'geo-status', role: 'status' });
  const labels = { district: h('span'), zone: h('span'), sub: h('span'), stated: h('span'), related: h('span') };
  // The key-task filter's two kinds of match, listed only while a filter is on (src/find).
  const matchItem = (kind: 'stated' | 'related') => h('li', { class: `geo-legend-match is-${kind}` }, h('span', { class: `geo-swatch is-match-${kind}`, 'aria-hidden': 'true' }), labels[kind]);
  const matches = [matchItem('stated'), matchItem('related')];
  const legend = h('ul', { class: 'geo-legend' }, legendItem('district', labels.district), legendItem('zone', labels.zone), legendItem('sub', labels.sub), ...matches);
  // Third-party tiles, only on the reader's click (src/geo-view/basemaps.ts); shown where the build
  // offers any and the WebGL map is up (the SVG map draws no tiles). It cycles none → each offered → none.
  const basemapButton = h('button', { type: 'button', class: 'geo-basemap', hidden: '' });
  basemapButton.addEventListener('click', () => events.setState({ basemap: nextBasemap(state?.basemap) }));
  // The key sits above the map, not over it: it can never cover an arc, a district or a label.
  // The status line comes under the key, with the map (geo-view.css): over the map's top edge
  // while loading, a line of its own above the map when it stays (no WebGL2, a part that did not arrive).
  const root: GeoRoot = h('div', { class: 'geo-view', 'data-renderer': 'loading' }, h('div', { class: 'geo-key-row' }, legend, basemapButton), h('div', { class: 'geo-body' }, status, stage));
  container.append(root);

  let state: GeoState | null = null;
  let renderer: GeoRenderer | null = null;
  /** 'unavailable': not even the SVG map could be drawn (its code or the region did not arrive). */
  let reason: Reason | 'loading' | 'unavailable' | null = 'loading';
  let destroyed = false;
  /** Counts restarts: what an earlier start or fallback brings after one is dropped. */
  let generation = 0;
  /** What failed, named in the notice (a file name), when a part of the view could not load. */
  let failedPart = '';
  // After a part of the view did not arrive: the view asks for the WebGL map (or the SVG map) again,
  // in place, with one click once the connection is back (parts.ts fetches a failed file again).
  const retry = h('button', { type: 'button', class: 'load-retry' });
  retry.addEventListener('click', restart);

  function showStatus(): void {
    const t = GEO_STRINGS[state?.lang ?? 'zh'];
    const load = LOAD_STRINGS[state?.lang ?? 'zh'];
    // Not the "simpler flat map" of loadFailed when that one did not arrive either.
    status.textContent =
      reason === 'loading' ? t.loading : reason === 'unavailable' ? load.failed(load.part.geo, failedPart) : reason ? `${t[reason]}${failedPart ? ` (${failedPart})` : ''}` : '';
    // A part that did not arrive (code, the region, MapLibre's worker, or in time): "Try again".
    if (reason === 'loadFailed' || reason === 'unavailable' || reason === 'workerFailed' || reason === 'timeout') {
      retry.textContent = load.retry;
      status.append(' ', retry);
    }
    status.hidden = reason === null;
    status.dataset.reason = reason ?? '';
    labels.district.textContent = t.districtPairs;
    labels.zone.textContent = t.zonePairs;
    labels.sub.textContent = t.subPairs;
    labels.stated.textContent = t.matchStated;
    labels.related.textContent = t.matchRelated;
    for (const li of matches) li.hidden = !(state?.task ?? state?.group);
    const lang = state?.lang ?? 'zh';
    const next = nextBasemap(state?.basemap);
    const on = state?.basemap && state.basemap !== 'none' ? state.basemap : null;
    // Its room is kept while the map loads (and in the SVG map, which draws no tiles), so the key
    // row does not reflow when the WebGL map is up (no layout shift on a phone).
    basemapButton.hidden = OFFERED_BASEMAPS.length === 0;
    basemapButton.classList.toggle('is-unavailable', root.dataset.renderer !== 'webgl');
    basemapButton.disabled = root.dataset.renderer !== 'webgl';
    basemapButton.textContent = on ? t.basemapOn(BASEMAP_NAMES[on]?.[lang] ?? on) : t.basemapOff('');
    basemapButton.setAttribute('aria-pressed', String(on !== null));
    basemapButton.title = next === 'none' ? '' : t.basemapTitle(new URL(BASEMAP_ORIGINS[next]!.replace('*.', '')).host);
  }

  function ready(kind: 'webgl' | 'svg'): void {
    root.dataset.renderer = kind;
    root.dataset.ready = 'true';
    // The SVG map draws everything at once; the WebGL map's labels come later (onComplete).
    if (kind === 'svg') root.dataset.complete = 'true';
    if (reason === 'loading') reason = null;
    showStatus();
    reportReady();
  }

  function fallBack(why: Reason, error?: unknown, what = ''): void {
    if (error) console.warn('geographic view: falling back to SVG', error);
    failedPart = what;
    renderer?.destroy();
    renderer = null;
    delete root.geoDebug;
    delete root.dataset.ready;
    delete root.dataset.complete;
    reason = why;
    showStatus();
    const run = generation;
    Promise.all([svgViewCode.get(), withTimeout(loadRegion(), 'geo/region.topo.json')])
      .then(([createSvgView, region]) => {
        if (destroyed || run !== generation || !state) return;
        stage.replaceChildren();
        renderer = createSvgView(stage, model, region, state, events);
        ready('svg');
      })
      .catch((e: unknown) => {
        // Not even the region file: say so, the panel still lists every pairing.
        console.error(e);
        if (destroyed || run !== generation) return;
        reason = 'unavailable';
        failedPart = failureReason(e);
        showStatus();
        reportReady();
      });
  }

  /** Starts the map again from nothing: a new basemap, or "Try again" after a part did not arrive. */
  function restart(): void {
    generation++;
    renderer?.destroy();
    renderer = null;
    delete root.geoDebug;
    delete root.dataset.ready;
    delete root.dataset.complete;
    root.dataset.renderer = 'loading';
    reason = 'loading';
    failedPart = '';
    stage.replaceChildren();
    showStatus();
    start();
  }

  function start(): void {
    // The single file (USB stick, file://) carries the SVG map only: MapLibre and deck.gl would
    // add ≈ 2.6 MB to a file that must stay quick to open (statically true/false at build time).
    if (import.meta.env.MODE === 'single') return fallBack('singleFile');
    if (!hasWebGL2()) return fallBack('noWebgl');
    const run = generation;
    Promise.all([webglViewCode.get(), loadRegion()])
      .then(([createWebglView, region]) => {
        if (destroyed || run !== generation || !state) return;
        const view = createWebglView(stage, model, region, state, events, {
          onReady: () => ready('webgl'),
          // Ready is the map and its arcs; the labels and zone dots follow a frame later.
          onComplete: () => (root.dataset.complete = 'true'),
          onLost: () => fallBack('contextLost'),
          onFailed: (f) => fallBack(f.kind === 'worker' ? 'workerFailed' : f.kind === 'code' ? 'loadFailed' : 'timeout', undefined, f.what),
        });
        renderer = view;
        root.geoDebug = view.debug;
      })
      .catch((e: unknown) => {
        if (destroyed || run !== generation) return;
        // The browser has the WebGL2 API but no context to give (WebGL turned off, a blocked GPU):
        // MapLibre's constructor says so, and the reader is told as if it had no WebGL2 at all.
        // A chunk that did not arrive is named (its file); opened again, the view asks for it again (parts.ts).
        if (!isNoWebGL2Error(e)) return fallBack('loadFailed', e, failureReason(e));
        noteNoWebGL2();
        fallBack('noWebgl');
      });
  }

  return {
    update(next: AppState): void {
      const first = state === null;
      // Tiles on or off: the map is built again with the new style (a rare, reader-made change).
      const restyle = !first && renderer !== null && root.dataset.renderer === 'webgl' && next.basemap !== state?.basemap;
      state = { lang: next.lang, pair: next.pair, place: next.place, basemap: next.basemap, task: next.mode === 'present' ? null : next.task, group: next.mode === 'present' ? null : next.group };
      // (While presenting the filter is not shown: the tour tells its own story; src/find does the same.)
      showStatus();
      if (first) start();
      else if (restyle) restart();
      else renderer?.update(state);
    },
    hover(ids: string[]): void {
      renderer?.hover(ids);
    },
    destroy(): void {
      destroyed = true;
      renderer?.destroy();
      root.remove();
    },
  };
}
