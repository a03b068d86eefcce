// The geographic view's key of the URL: `#basemap=osm`.
import { parseOneOf, type AnyField, type UrlField } from '../state/url-field';
import { BASEMAP_IDS } from './basemaps';
import { GEO_STRINGS } from './strings';

declare module '../state/app-state' {
  interface AppState {
    /** Online tiles under the geographic view: 'none' (default, no third-party request) or an id of src/geo-view/basemaps.ts. */
    basemap: string;
  }
}

export const GEO_FIELDS: AnyField[] = [
  {
    key: 'basemap',
    default: 'none',
    // An allow-list: the URL can never point the page at a tile host the site owner did not choose.
    parse: (v) => parseOneOf<string>(v, BASEMAP_IDS, 'unknown-basemap'),
    write: (s) => (s.basemap === 'none' ? null : s.basemap),
    notices: { 'unknown-basemap': (n, lang) => GEO_STRINGS[lang].noticeUnknownBasemap(n.value ?? '') },
    doc: { values: '`osm`, `tianditu` (with a key at build time)', absent: '`none`: no tiles, no third-party request' },
  } satisfies UrlField<'basemap'>,
];
