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

/** The insets' drawing box (SVG units); the page scales it to the inset's width. */
const INSET_W = 240;
const INSET_H = 190;

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
    const [width, height] = [INSET_W, INSET_H];
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
    // Names after the shapes, so no fill covers them; a zone's name sits above its dot (sized and
    // kept apart in fitNames, once the inset has its width on the screen).
    for (const p of inCity) {
      const [x, y] = projection(p.point)!;
      const text = svg('text', { x, y, class: 'label geo-inset-label', 'text-anchor': 'middle', 'data-party': p.id, 'data-kind': p.kind });
      text.textContent = p.short[lang];
      root.append(text);
    }
    const title = h('figcaption', { class: `geo-inset-title city-${city}` }, STRINGS[lang][city]);
    const figure = h('figure', { class: 'geo-inset', 'data-city': city }, title);
    figure.append(root);
    return figure;
  }

  /**
   * The names in the map's type size on the screen, whatever the inset's width: the inset is drawn
   * in a 240-unit box that the page scales, so fixed units gave 8 px names in a phone's 150 px
   * inset and 11 px presenting on a 1024×768 projector (the room reads 17). Then each name is kept
   * inside its inset and off the names before it.
   */
  function fitNames(): void {
    if (element.hidden) return;
    const asked = parseFloat(getComputedStyle(element).getPropertyValue('--map-label-size'));
    const px = Number.isFinite(asked) && asked > 13 ? asked : 13;
    for (const map of element.querySelectorAll<SVGSVGElement>('.geo-inset-map')) {
      const shown = map.getBoundingClientRect().width;
      if (!shown) continue;
      const k = INSET_W / shown; // units per screen px
      const placed: DOMRect[] = [];
      for (const text of map.querySelectorAll<SVGTextElement>('.geo-inset-label')) {
        const size = px * k;
        text.style.fontSize = `${size}px`;
        text.style.strokeWidth = `${3.5 * k}px`;
        const [x, y] = [Number(text.dataset.x ??= text.getAttribute('x')!), Number(text.dataset.y ??= text.getAttribute('y')!)];
        // A zone's name above its dot (r 5 units), a district's on its point.
        text.setAttribute('y', String(text.dataset.kind === 'zone' ? y - 5 - 0.3 * size : y + 0.35 * size));
        text.setAttribute('x', String(x));
        let box = text.getBBox();
        // A long name in a narrow inset (a phone's, 150 px) takes smaller type rather than being cut.
        if (box.width > INSET_W - 4) {
          text.style.fontSize = `${(size * (INSET_W - 4)) / box.width}px`;
          box = text.getBBox();
        }
        const dx = Math.max(0, 2 - box.x) - Math.max(0, box.x + box.width - (INSET_W - 2));
        if (dx) text.setAttribute('x', String(x + dx));
        // Below the names already placed that it would cover (a pair's two Tianjin ends lie close).
        for (let i = 0; i < placed.length; i++) {
          box = text.getBBox();
          const hit = placed.find((b) => b.x < box.x + box.width && box.x < b.x + b.width && b.y < box.y + box.height && box.y < b.y + b.height);
          if (!hit) break;
          const down = hit.y + hit.height - box.y + 1;
          const up = box.y + box.height - hit.y + 1;
          const yNow = Number(text.getAttribute('y'));
          text.setAttribute('y', String(box.y + box.height + down <= INSET_H ? yNow + down : yNow - up));
        }
        placed.push(text.getBBox());
      }
    }
  }
  const resized = new ResizeObserver(() => fitNames());
  resized.observe(element);

  return {
    element,
    show(selected, lang) {
      const cities = (['changchun', 'tianjin'] as const).filter((c) => selected.some((p) => p.city === c));
      element.hidden = cities.length === 0;
      element.replaceChildren(...cities.map((c) => draw(c, selected, lang)));
      fitNames();
    },
    destroy() {
      resized.disconnect();
      element.remove();
    },
  };
}
