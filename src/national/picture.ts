// The national view in an exported picture (imported on the first export).
import type { Lang } from '../i18n/strings';
import { color, PICTURE_LEGEND_STRINGS } from '../views/picture-legend';
import type { LegendItem, ViewPicture } from '../views/view-registry';
import { drawnInPlace } from '../views/figure';

function nationalLegend(lang: Lang): LegendItem[] {
  const t = PICTURE_LEGEND_STRINGS[lang];
  return [
    { symbol: 'fill', fill: color('northeast-fill'), stroke: '#fff', label: t.northeast },
    { symbol: 'fill', fill: color('east-fill'), stroke: '#fff', label: t.east },
    { symbol: 'fill', fill: color('note-fill'), stroke: '#fff', label: t.note },
    { symbol: 'line', stroke: '#6a5acd', dash: '6 4', width: 2.5, label: t.provincePair },
    { symbol: 'line', stroke: color('ink'), width: 2, label: t.cityPair },
    { symbol: 'circle', fill: color('northeast'), stroke: '#fff', label: t.city },
  ];
}

export const nationalPicture: ViewPicture = {
  // The map's own proportions (national-map.ts draws it 0.82 as tall as wide): at the paired
  // view's 0.62 the country was fitted to the box's height and left a third of its width empty.
  aspect: 0.82,
  // The map appears once its code and the country's outlines have loaded, and its names a task
  // after its first paint (national-map.ts): the picture waits for them.
  draw: drawnInPlace('svg.national-map text.label'),
  legend: (lang) => nationalLegend(lang),
};
