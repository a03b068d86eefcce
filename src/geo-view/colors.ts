// The geographic view's colours for deck.gl and MapLibre, read from the one palette
// (src/ui/palette.ts, which the CSS reads too): the paired view's city colours for district pairs,
// the zone hues for functional-zone pairs. The map is on light paper in either scheme: light tokens.
import { LIGHT, rgb, type RGB } from '../ui/palette';
import type { ArcKind } from './arcs';

export type { RGB };

export const CITY_COLOR: Record<'changchun' | 'tianjin', RGB> = { changchun: rgb(LIGHT.changchun), tianjin: rgb(LIGHT.tianjin) };
/** Four tints per hue (map-style.ts gives neighbours different ones): light to mid, all under dark text. The first is the city's fill. */
export const DISTRICT_TINTS = {
  changchun: [LIGHT['changchun-fill'], '#bcd4ec', '#cfe0f1', '#a9c7e6'],
  tianjin: [LIGHT['tianjin-fill'], '#eec3b5', '#f2d2c7', '#e7b3a2'],
  unpaired: [LIGHT['geo-unpaired'], '#d6d9dd', LIGHT['unpaired-fill'], '#cdd1d6'],
} as const;

/** Source (Changchun) and target (Tianjin) colours of an arc. */
export const ARC_COLORS: Record<ArcKind, [RGB, RGB]> = {
  district: [CITY_COLOR.changchun, CITY_COLOR.tianjin],
  zone: [rgb(LIGHT['zone-from']), rgb(LIGHT['zone-to'])],
};

export const css = ([r, g, b]: RGB): string => `rgb(${r} ${g} ${b})`;

export const SEA = LIGHT['geo-sea'];
export const LAND = LIGHT['geo-land'];
export const BORDER = LIGHT['geo-border'];
export const INK: RGB = rgb(LIGHT.ink);
