// The words and shared symbols of an exported picture's legend. Colours are read from the page's
// CSS custom properties (in the light palette while a picture is made), so the legend cannot drift
// from the map's stylesheet; the palette (src/ui/palette.ts) is the fallback.
import type { Lang } from '../i18n/strings';
import { LIGHT, type Token } from '../ui/palette';
import type { LegendItem } from './view-registry';

export const PICTURE_LEGEND_STRINGS = {
  zh: {
    changchunUnit: '长春的区县',
    tianjinUnit: '天津的区县',
    unpairedUnit: '未列入结对',
    zone: '功能区',
    zoneApprox: '功能区（估计位置）',
    districtLink: '区县结对',
    zoneLink: '涉及功能区的结对',
    subLink: '子结对',
    selected: '所选结对',
    northeast: '东北地区',
    east: '东部地区',
    note: '内蒙古（支持主动对接东部省市）',
    provincePair: '省际结对',
    cityPair: '城市结对',
    city: '城市（政府驻地）',
    zonePairArc: '功能区结对',
  },
  en: {
    changchunUnit: 'Changchun district or county',
    tianjinUnit: 'Tianjin district',
    unpairedUnit: 'Not paired',
    zone: 'Functional zone',
    zoneApprox: 'Functional zone (estimated location)',
    districtLink: 'District pair',
    zoneLink: 'Pair with a functional zone',
    subLink: 'Sub-pairing',
    selected: 'Selected pairing',
    northeast: 'North-east',
    east: 'East',
    note: 'Inner Mongolia (supported in seeking eastern partners)',
    provincePair: 'Province pair',
    cityPair: 'City pair',
    city: 'City (seat of government)',
    zonePairArc: 'Functional-zone pair',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export const cssVar = (name: string, fallback: string): string => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
/** A palette colour as the page's CSS has it now. */
export const color = (token: Token): string => cssVar(`--${token}`, LIGHT[token]);

/** The two cities' units and zones, as the paired and geographic views draw them. */
export function cityLegend(lang: Lang, unpairedFill: string): LegendItem[] {
  const t = PICTURE_LEGEND_STRINGS[lang];
  const cc = color('changchun');
  const tj = color('tianjin');
  return [
    { symbol: 'fill', fill: color('changchun-fill'), stroke: cc, label: t.changchunUnit },
    { symbol: 'fill', fill: color('tianjin-fill'), stroke: tj, label: t.tianjinUnit },
    { symbol: 'fill', fill: unpairedFill, stroke: color('leader'), dash: '3 2', label: t.unpairedUnit },
    { symbol: 'diamond', fill: cc, stroke: cc, label: t.zone },
    { symbol: 'diamond', fill: color('paper'), stroke: cc, dash: '2 1.5', label: t.zoneApprox },
  ];
}

/** The selected pairing's line, when one is selected. */
export function selectedLegend(lang: Lang, selected: boolean): LegendItem[] {
  return selected ? [{ symbol: 'line', stroke: color('accent'), width: 3, label: PICTURE_LEGEND_STRINGS[lang].selected }] : [];
}
