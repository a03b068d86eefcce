// Both ends of a pairing at district scale. The main map keeps the 840 km between the cities in
// view (the arcs), so a selected district is a few pixels there; beside it, one inset per city
// draws the selected parties and their neighbours at a scale where they have a shape and a name.
// SVG (d3-geo), not a third WebGL view: crisp text, no extra context, and its names are DOM text
// that tests and screen readers can read.
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, Polygon, MultiPolygon } from 'geojson';
import type { Model } from '../model/build-model';
import type { Party } from '../model/types';
import type { Lang } from '../i18n/strings';
import { STRINGS } from '../i18n/strings';
import { h, s as svg } from '../ui/dom';
import { partyBounds, type Bounds } from './arcs';
import { DISTRICT_TINTS } from './colors';


type City = 'changchun' | 'tianjin';

export interface Insets {
  element: HTMLElement;
  /** Draws the selection's parties of each city, or hides the insets when nothing is selected. */
  show(selected: Party[], lang: Lang): void;
  destroy(): void;
}

/** Grows a box around its centre to at least `min` degrees a side and `factor` times its size. */
function around(b: Bounds, factor: number, min: number): Bounds {
  const [cx, cy] = [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
  const hw = Math.max(((b[2] - b[0]) * factor) / 2, min / 2);
  const hh = Math.max(((b[3] - b[1]) * factor) / 2, min / 2 / 1.3);
  return [cx - hw, cy - hh, cx + hw, cy + hh];
}

export function createInsets(model: Model, tints: Map<string, number>): Insets {
  const element = h('div', { class: 'geo-insets' });
  element.hidden = true;
  const units = [...model.parties.values()].filter((p) => p.feature);

  function draw(city: City, selected: Party[], lang: Lang): HTMLElement {
    const width = 240;
    const height = 190;
    const inCity = selected.filter((p) => p.city === city);
    const box = around(inCity.reduce<Bounds>((b, p) => partyBounds(p, b), [Infinity, Infinity, -Infinity, -Infinity]), 2.6, 0.25);
    const frame: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [[[box[0], box[1]], [box[0], box[3]], [box[2], box[3]], [box[2], box[1]], [box[0], box[1]]]] },
    };
    const projection = geoMercator().fitExtent([[4, 4], [width - 4, height - 4]], frame);
    const path = geoPath(projection);
    const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'geo-inset-map', role: 'img', 'aria-label': `${STRINGS[lang][city]}: ${inCity.map((p) => p.short[lang]).join(lang === 'zh' ? '、' : ', ')}` });
    const chosen = new Set(inCity.map((p) => p.id));
    for (const u of units.filter((p) => p.city === city)) {
      const tint = DISTRICT_TINTS[u.pairs.length ? city : 'unpaired'][tints.get(u.id) ?? 0]!;
      const d = path(u.feature as Feature<Polygon | MultiPolygon>);
      if (!d) continue;
      root.append(svg('path', { d, class: `geo-inset-unit${chosen.has(u.id) ? ' is-selected' : ''}`, fill: chosen.has(u.id) ? `var(--${city})` : tint, 'data-party': u.id }));
    }
    for (const p of inCity.filter((q) => q.kind === 'zone')) {
      const [x, y] = projection(p.point)!;
      root.append(svg('circle', { cx: x, cy: y, r: 5, class: 'geo-inset-zone', fill: `var(--${city})`, 'data-party': p.id }));
    }
    // Names after the shapes, so no fill covers them; a zone's name sits above its dot.
    for (const p of inCity) {
      const [x, y] = projection(p.point)!;
      const text = svg('text', { x, y: p.kind === 'zone' ? y - 9 : y + 5, class: 'label geo-inset-label', 'text-anchor': 'middle', 'data-party': p.id });
      text.textContent = p.short[lang];
      root.append(text);
    }
    const title = h('figcaption', { class: `geo-inset-title city-${city}` }, STRINGS[lang][city]);
    const figure = h('figure', { class: 'geo-inset', 'data-city': city }, title);
    figure.append(root);
    return figure;
  }

  return {
    element,
    show(selected, lang) {
      const cities = (['changchun', 'tianjin'] as const).filter((c) => selected.some((p) => p.city === c));
      element.hidden = cities.length === 0;
      element.replaceChildren(...cities.map((c) => draw(c, selected, lang)));
    },
    destroy() {
      element.remove();
    },
  };
}
