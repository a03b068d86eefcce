// The geographic view's lazily loaded parts, one loader each (src/load/bounded.ts), shared by the
// view's frame (definition.ts) and the export's picture (picture.ts): after a failed fetch the next
// ask (the view opened again, the next export) fetches the part again. A chunk of its own, not the
// first paint's: there it split Vite's preload helper out of the entry (+360 B). A deep link's early
// fetch (entry.ts) imports the same files directly; if that fails, the view's first ask fails at
// once (Chromium keeps the failure) and says so, and the next one fetches again.
import { loadOnce } from '../load/bounded';

/**
 * MapLibre's view (MapLibre itself comes with it). Never in the single file: the condition is
 * static there, so the import and its ≈ 2.6 MB drop out of the build (the view falls back to the
 * SVG map before asking, definition.ts). Written inside the loader, the import was kept and the
 * single file grew from < 1 MB to 1.3 MB (single-file.test, red in CI at 1ffe4e2).
 */
export const webglViewCode =
  import.meta.env.MODE === 'single'
    ? loadOnce((): Promise<typeof import('./webgl-view')> => Promise.reject(new Error('The single file has no WebGL view')), 'webgl-view.js', (m) => m.createWebglView)
    : loadOnce(() => import('./webgl-view'), 'webgl-view.js', (m) => m.createWebglView);
/** The SVG map: without WebGL2, in the single file, after the WebGL map failed, and for the export. */
export const svgViewCode = loadOnce(() => import('./svg-view'), 'svg-view.js', (m) => m.createSvgView);
/** The region's code; `loadRegion()` then fetches geo/region.topo.json (once, and again after a failure). */
export const regionCode = loadOnce(() => import('./region'), 'region.js', (m) => m.loadRegion);

/** The region, decoded: its code, then its file. */
export const loadRegion = () => regionCode.get().then((load) => load());
