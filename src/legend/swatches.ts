// One small SVG per legend entry, drawn with the legend-* classes of legend.css, which take
// their colours, widths and dashes from the same CSS variables as the paired view.
import type { LegendKey } from './strings';

import { s } from '../ui/dom';

const LINE = 'M2,9C14,9 22,9 34,9';
const DIAMOND = 'M0,-5L5,0L0,5L-5,0Z';

const el = <K extends 'path' | 'rect' | 'svg'>(tag: K, cls: string, attrs: Record<string, string> = {}) => s(tag, { class: cls, ...attrs });

const line = (kind: string, halo?: 'stated' | 'related') => [
  ...(halo ? [el('path', `legend-halo is-${halo}`, { d: LINE })] : []),
  el('path', `legend-line ${kind}`, { d: LINE }),
];
const unit = (city: string, extra = '', x = 2) => el('rect', `legend-unit city-${city}${extra}`, { x: String(x), y: '3', width: '15', height: '12', rx: '1' });
const zone = (city: string, x: number, extra = '') => el('path', `legend-zone city-${city}${extra}`, { d: DIAMOND, transform: `translate(${x},9)` });

const SHAPES: Record<LegendKey, () => SVGElement[]> = {
  'district-pair': () => line('is-district'),
  'zone-pair': () => line('is-zone'),
  'sub-pairing': () => line('is-sub'),
  selected: () => line('is-selected'),
  hover: () => line('is-hover'),
  'match-stated': () => line('is-district', 'stated'),
  'match-related': () => line('is-district', 'related'),
  unit: () => [unit('changchun'), unit('tianjin', '', 19)],
  zone: () => [zone('changchun', 10), zone('tianjin', 26)],
  'zone-approximate': () => [zone('changchun', 10, ' is-approximate'), zone('tianjin', 26, ' is-approximate')],
  unpaired: () => [unit('none', ' is-unpaired'), el('rect', 'legend-label is-unpaired', { x: '20', y: '4', width: '14', height: '10', rx: '2' })],
  'selected-place': () => [unit('changchun', ' is-selected'), el('rect', 'legend-label is-selected', { x: '20', y: '4', width: '14', height: '10', rx: '2' })],
};

export function swatch(key: LegendKey): SVGSVGElement {
  const svg = el('svg', 'legend-swatch', { viewBox: '0 0 36 18', width: '36', height: '18', 'aria-hidden': 'true', focusable: 'false' }) as SVGSVGElement;
  svg.append(...SHAPES[key]());
  return svg;
}
