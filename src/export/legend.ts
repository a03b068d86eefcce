// The legend of the exported image: which symbols and colours each view uses. Colours are read
// from the page's CSS custom properties, so the legend cannot drift from the map's stylesheet.
import type { Lang } from '../i18n/strings';
import { ARC_COLORS, css } from '../geo-view/colors';
import { EXPORT_STRINGS } from './strings';

export interface LegendItem {
  symbol: 'fill' | 'line' | 'diamond' | 'circle';
  fill?: string;
  stroke?: string;
  dash?: string;
  width?: number;
  label: string;
}

const cssVar = (name: string, fallback: string): string => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

export function legendFor(view: string, lang: Lang, selected: boolean): LegendItem[] {
  const t = EXPORT_STRINGS[lang].legend;
  const cc = cssVar('--changchun', '#2a6fb0');
  const tj = cssVar('--tianjin', '#b8472d');
  const ink = cssVar('--ink', '#1d232b');
  const accent = cssVar('--accent', '#c0392b');
  if (view === 'national') {
    return [
      { symbol: 'fill', fill: cssVar('--northeast-fill', '#d3e3f3'), stroke: '#fff', label: t.northeast },
      { symbol: 'fill', fill: cssVar('--east-fill', '#f5dcd3'), stroke: '#fff', label: t.east },
      { symbol: 'fill', fill: cssVar('--note-fill', '#efe8d2'), stroke: '#fff', label: t.note },
      { symbol: 'line', stroke: '#6a5acd', dash: '6 4', width: 2.5, label: t.provincePair },
      { symbol: 'line', stroke: ink, width: 2, label: t.cityPair },
      { symbol: 'circle', fill: cssVar('--northeast', cc), stroke: '#fff', label: t.city },
    ];
  }
  const items: LegendItem[] = [
    { symbol: 'fill', fill: cssVar('--changchun-fill', '#dbe8f5'), stroke: cc, label: t.changchunUnit },
    { symbol: 'fill', fill: cssVar('--tianjin-fill', '#f6e0d9'), stroke: tj, label: t.tianjinUnit },
    { symbol: 'fill', fill: view === 'geo' ? '#e6e8ea' : '#eceef0', stroke: '#a9b2bb', dash: '3 2', label: t.unpairedUnit },
    { symbol: 'diamond', fill: cc, stroke: cc, label: t.zone },
    { symbol: 'diamond', fill: '#fff', stroke: cc, dash: '2 1.5', label: t.zoneApprox },
  ];
  if (view === 'geo') {
    // The geographic view's arcs: district pairs in the city colours, zone pairs in green.
    items.push(
      { symbol: 'line', stroke: css(ARC_COLORS.district[0]), width: 2, label: t.districtLink },
      { symbol: 'line', stroke: css(ARC_COLORS.zone[0]), dash: '6 3', width: 2, label: t.zonePairArc },
      { symbol: 'line', stroke: css(ARC_COLORS.zone[0]), dash: '2 3', width: 1.2, label: t.subLink },
    );
  } else {
    const link = cssVar('--link', '#7d8792');
    items.push(
      { symbol: 'line', stroke: link, width: 1.6, label: t.districtLink },
      { symbol: 'line', stroke: link, dash: '6 3', width: 1.6, label: t.zoneLink },
      { symbol: 'line', stroke: link, dash: '2 3', width: 1.6, label: t.subLink },
    );
  }
  if (selected) items.push({ symbol: 'line', stroke: accent, width: 3, label: t.selected });
  return items;
}
