// Optional online basemaps, off by default (`#basemap=osm`). The site's own data is WGS-84, so
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

/** `none`: no tiles, only the site's own geometry (the default). */
export const BASEMAP_IDS: ReadonlySet<string> = new Set(['none', ...Object.keys(BASEMAPS)]);
