// The national view in an exported picture (imported on the first export).
import type { Lang } from '../i18n/strings';
import { cssVar, PICTURE_LEGEND_STRINGS } from '../views/picture-legend';
import type { LegendItem, ViewPicture } from '../views/view-registry';
import { drawnInPlace } from '../views/figure';

function nationalLegend(lang: Lang): LegendItem[] {
  const t = PICTURE_LEGEND_STRINGS[lang];
  return [
    { symbol: 'fill', fill: cssVar('--northeast-fill', '#d3e3f3'), stroke: '#fff', label: t.northeast },
    { symbol: 'fill', fill: cssVar('--east-fill', '#f5dcd3'), stroke: '#fff', label: t.east },
    { symbol: 'fill', fill: cssVar('--note-fill', '#efe8d2'), stroke: '#fff', label: t.note },
    { symbol: 'line', stroke: '#6a5acd', dash: '6 4', width: 2.5, label: t.provincePair },
    { symbol: 'line', stroke: cssVar('--ink', '#1d232b'), width: 2, label: t.cityPair },
    { symbol: 'circle', fill: cssVar('--northeast', cssVar('--changchun', '#2a6fb0')), stroke: '#fff', label: t.city },
  ];
}

export const nationalPicture: ViewPicture = {
  aspect: 0.62,
  // The map appears once its code and the country's outlines have loaded.
  draw: drawnInPlace('svg.national-map'),
  legend: (lang) => nationalLegend(lang),
};
