// The geographic view's palette: the paired view's city colours (styles.css) for district pairs,
// a second pair of hues for functional-zone pairs so the two kinds read apart at a glance.
import type { ArcKind } from './arcs';

export type RGB = [number, number, number];

export const CITY_COLOR: Record<'changchun' | 'tianjin', RGB> = { changchun: [42, 111, 176], tianjin: [184, 71, 45] };
/** Four tints per hue (map-style.ts gives neighbours different ones): light to mid, all under dark text. */
export const DISTRICT_TINTS = {
  changchun: ['#dbe8f5', '#bcd4ec', '#cfe0f1', '#a9c7e6'],
  tianjin: ['#f6e0d9', '#eec3b5', '#f2d2c7', '#e7b3a2'],
  unpaired: ['#e6e8ea', '#d6d9dd', '#eceef0', '#cdd1d6'],
} as const;

/** Source (Changchun) and target (Tianjin) colours of an arc. */
export const ARC_COLORS: Record<ArcKind, [RGB, RGB]> = {
  district: [CITY_COLOR.changchun, CITY_COLOR.tianjin],
  zone: [[20, 140, 110], [214, 140, 26]],
};

export const css = ([r, g, b]: RGB): string => `rgb(${r} ${g} ${b})`;

export const SEA = '#d3e4ef';
export const LAND = '#f4f2ec';
export const BORDER = '#a89c92';
export const INK: RGB = [29, 35, 43];
