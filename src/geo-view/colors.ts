// The geographic view's palette: the paired view's city colours (styles.css) for district pairs,
// a second pair of hues for functional-zone pairs so the two kinds read apart at a glance.
import type { ArcKind } from './arcs';

export type RGB = [number, number, number];

export const CITY_COLOR: Record<'changchun' | 'tianjin', RGB> = { changchun: [42, 111, 176], tianjin: [184, 71, 45] };
export const CITY_FILL = { changchun: '#dbe8f5', tianjin: '#f6e0d9' } as const;

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
