// The geographic view in an exported picture (imported on the first export): its legend.
import type { Lang } from '../i18n/strings';
import { cityLegend, PICTURE_LEGEND_STRINGS, selectedLegend } from '../views/picture-legend';
import type { LegendItem, ViewPicture } from '../views/view-registry';
import { ARC_COLORS, css } from './colors';

function geoLegend(lang: Lang, { selected }: { selected: boolean }): LegendItem[] {
  const t = PICTURE_LEGEND_STRINGS[lang];
  // The arcs: district pairs in the city colours, zone pairs in green.
  return [
    ...cityLegend(lang, '#e6e8ea'),
    { symbol: 'line', stroke: css(ARC_COLORS.district[0]), width: 2, label: t.districtLink },
    { symbol: 'line', stroke: css(ARC_COLORS.zone[0]), dash: '6 3', width: 2, label: t.zonePairArc },
    { symbol: 'line', stroke: css(ARC_COLORS.zone[0]), dash: '2 3', width: 1.2, label: t.subLink },
    ...selectedLegend(lang, selected),
  ];
}

export const geoPicture: ViewPicture = { legend: geoLegend };
