// The geographic view in an exported picture (imported on the first export, with the SVG renderer): its drawing and legend.
import type { Lang } from '../i18n/strings';
import { cityLegend, PICTURE_LEGEND_STRINGS, selectedLegend } from '../views/picture-legend';
import type { LegendItem, ViewPicture } from '../views/view-registry';
import type { FigureInput } from '../views/view-registry';
import { whenDrawn } from '../views/figure';
import { ARC_COLORS, css } from './colors';
import { LIGHT } from '../ui/palette';
import { loadRegion, svgViewCode } from './parts';

function geoLegend(lang: Lang, { selected }: { selected: boolean }): LegendItem[] {
  const t = PICTURE_LEGEND_STRINGS[lang];
  // The arcs: district pairs in the city colours, zone pairs in green.
  return [
    ...cityLegend(lang, LIGHT['geo-unpaired']),
    { symbol: 'line', stroke: css(ARC_COLORS.district[0]), width: 2, label: t.districtLink },
    { symbol: 'line', stroke: css(ARC_COLORS.zone[0]), dash: '6 3', width: 2, label: t.zonePairArc },
    { symbol: 'line', stroke: css(ARC_COLORS.zone[0]), dash: '2 3', width: 1.2, label: t.subLink },
    ...selectedLegend(lang, selected),
  ];
}

/** The WebGL map cannot be copied as vectors: the same state drawn by the SVG renderer. */
async function drawGeo(stage: HTMLElement, figure: FigureInput): Promise<SVGSVGElement> {
  // Through the view's own loaders (parts.ts): a part that failed in the view is asked for again here.
  const [createSvgView, region] = await Promise.all([svgViewCode.get(), loadRegion()]);
  const view = createSvgView(stage, figure.model, region, figure.state, figure.events);
  figure.release(() => view.destroy());
  return whenDrawn<SVGSVGElement>(stage, 'svg.geo-svg', figure);
}

export const geoPicture: ViewPicture = { aspect: 0.75, draw: drawGeo, legend: geoLegend };
