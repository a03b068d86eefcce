// The paired view in an exported picture (imported on the first export).
import type { Lang } from '../i18n/strings';
import { cityLegend, color, PICTURE_LEGEND_STRINGS, selectedLegend } from './picture-legend';
import type { LegendItem, ViewPicture } from './view-registry';
import { drawnInPlace } from './figure';

/** The paired view's legend. */
function pairedLegend(lang: Lang, { selected }: { selected: boolean }): LegendItem[] {
  const t = PICTURE_LEGEND_STRINGS[lang];
  const link = color('link');
  return [
    ...cityLegend(lang, color('unpaired-fill')),
    { symbol: 'line', stroke: link, width: 1.6, label: t.districtLink },
    { symbol: 'line', stroke: link, dash: '6 3', width: 1.6, label: t.zoneLink },
    { symbol: 'line', stroke: link, dash: '2 3', width: 1.6, label: t.subLink },
    ...selectedLegend(lang, selected),
  ];
}

export const pairedPicture: ViewPicture = {
  // A landscape box at full width; the narrower arrangements take their height from their content.
  aspect: 0.62,
  // Done once a name is drawn (the SVG is there before its content).
  draw: drawnInPlace('svg.paired-map .label'),
  legend: pairedLegend,
};
