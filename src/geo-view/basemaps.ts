// Optional online basemaps, off by default. A build offers them (VITE_BASEMAPS, default `osm`;
// none in the single file), and then only the reader turns one on, with the geographic view's own
// button: never a link or an embedding page's message, which could point readers at a third party
// without their say (src/geo-view/url-fields.ts refuses it with a notice). The site's own data is WGS-84, so
// only WGS-84 tile services line up (OpenStreetMap, 天地图 TianDiTu); GCJ-02 services (Amap,
// Tencent) would be offset by ≈ 500 m. Tiles are third-party requests: a site that enables them
// must also allow the tile host in its CSP (img-src and connect-src).
// Tiny on purpose: the URL parser imports it into the first-paint bundle.

export interface Basemap {
  id: string;
  tiles: string[];
  attribution: string;
  maxzoom: number;
}

/** 天地图 needs the site owner's key, given at build time: `VITE_TIANDITU_KEY=… npm run build`. */
const tiandituKey: string = (import.meta.env?.VITE_TIANDITU_KEY as string | undefined) ?? '';

export const BASEMAPS: Record<string, Basemap> = {
  osm: {
    id: 'osm',
    tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
    attribution: '© OpenStreetMap contributors',
    maxzoom: 19,
  },
  ...(tiandituKey
    ? {
        tianditu: {
          id: 'tianditu',
          // WGS-84 based web-Mercator layer (vec_w): lines up with our data.
          tiles: [0, 1, 2, 3].map((n) => `https://t${n}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${tiandituKey}`),
          attribution: '© 天地图 TianDiTu',
          maxzoom: 18,
        },
      }
    : {}),
};

/**
 * The basemaps a build offers, in the order its button cycles through them: the ids in `spec`
 * (VITE_BASEMAPS, comma-separated; `osm` when unset, empty for none) that are defined and usable
 * (天地图 needs its key). The single file offers none: it is for rooms without a network.
 * config/csp.ts allows the tile hosts of exactly these, so a build that offers none allows none.
 */
export function offeredBasemaps(spec: string | undefined, mode: string | undefined, hasTiandituKey: boolean): string[] {
  if (mode === 'single') return [];
  const usable = new Set(['osm', ...(hasTiandituKey ? ['tianditu'] : [])]);
  return (spec ?? 'osm').split(',').map((id) => id.trim()).filter((id) => usable.has(id));
}

/** The host of each basemap's tiles, for the CSP. */
export const BASEMAP_ORIGINS: Record<string, string> = { osm: 'https://tile.openstreetmap.org', tianditu: 'https://*.tianditu.gov.cn' };

/** What this build offers (see offeredBasemaps). */
export const OFFERED_BASEMAPS: readonly string[] = offeredBasemaps(
  import.meta.env?.VITE_BASEMAPS as string | undefined,
  import.meta.env?.MODE,
  Boolean(tiandituKey),
);

/** `none`: no tiles, only the site's own geometry (the default), and the ids this build offers. */
export const BASEMAP_IDS: ReadonlySet<string> = new Set(['none', ...OFFERED_BASEMAPS]);
