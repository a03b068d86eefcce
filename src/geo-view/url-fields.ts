// The geographic view's key of the URL: `#basemap=…`, which a link can only turn off. Third-party
// tiles come on only from the reader's own click (the view's Basemap button): a link or an
// embedding page's message asking for them is refused with a notice (issue: a page could point
// its readers at a tile host without their say).
import { parseOneOf, type AnyField, type UrlField } from '../state/url-field';
import { BASEMAP_IDS } from './basemaps';
import { GEO_URL_STRINGS } from './url-strings';

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
    parse: (v) => {
      const parsed = parseOneOf<string>(v, BASEMAP_IDS, 'unknown-basemap');
      return 'value' in parsed && parsed.value !== 'none' ? { notice: { kind: 'basemap-by-link', value: parsed.value } } : parsed;
    },
    // Never written: the reader's choice of tiles is not passed on in a shared link.
    write: () => null,
    notices: {
      'unknown-basemap': (n, lang) => GEO_URL_STRINGS[lang].noticeUnknownBasemap(n.value ?? ''),
      'basemap-by-link': (n, lang) => GEO_URL_STRINGS[lang].noticeBasemapByLink(n.value ?? ''),
    },
    doc: { values: '`none` only: tiles (`osm`, …) come on from the Basemap button, never from a link (a notice says so)', absent: '`none`: no tiles, no third-party request' },
  } satisfies UrlField<'basemap'>,
];
