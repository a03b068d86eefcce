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
import { boundsCenter, partyBounds, type Bounds } from './arcs';
import { DISTRICT_TINTS } from './colors';
import { NAME_SIZE, placeMapNames, type NamePlace } from '../views/map-names';


export type City = 'changchun' | 'tianjin';

/** The insets' drawing box (SVG units); the page scales it to the inset's width. */
export const INSET_W = 240;
export const INSET_H = 190;

export interface Insets {
  element: HTMLElement;
  /** Draws the selection's parties of each city, or hides the insets when nothing is selected. */
  show(selected: Party[], lang: Lang): void;
  destroy(): void;
}

/** A selected zone's dot (units). */
const ZONE_R = 5;

/** Grows a box around its centre to at least `min` degrees a side and `factor` times its size. */
function around(b: Bounds, factor: number, min: number): Bounds {
  const [cx, cy] = boundsCenter(b);
  const hw = Math.max(((b[2] - b[0]) * factor) / 2, min / 2);
  const hh = Math.max(((b[3] - b[1]) * factor) / 2, min / 2 / 1.3);
  return [cx - hw, cy - hh, cx + hw, cy + hh];
}

/** One inset's map: a city's districts around the selected parties, in a 240×190 box; names come later (nameInset). */
export interface InsetDrawing {
  map: SVGSVGElement;
  /** The places to name, in the box's units, and which of them are selected. */
  places: NamePlace[];
  active: ReadonlySet<string>;
}

/** The units with a shape (`model.parties` filtered), the tints by unit id (absent: the first tint). */
export function drawInsetMap(units: Party[], tints: ReadonlyMap<string, number>, city: City, selected: Party[], lang: Lang): InsetDrawing {
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
  // The shapes, and the places to name: those whose label point falls in the box. The names are
  // placed once the inset has its width on the screen (nameInset): the selected parties', then
  // their neighbours' where they fit, so a reader sees where the place lies (a zone's inset was a
  // blue field and one dot).
  const places: NamePlace[] = [];
  for (const u of units.filter((p) => p.city === city)) {
    const feature = u.feature as Feature<Polygon | MultiPolygon>;
    const d = path(feature);
    if (!d) continue;
    const selected = chosen.has(u.id);
    root.append(svg('path', { d, class: `geo-inset-unit${selected ? ' is-selected' : ''}`, fill: selected ? `var(--${city})` : DISTRICT_TINTS[u.pairs.length ? city : 'unpaired'][tints.get(u.id) ?? 0]!, 'data-party': u.id }));
    const at = projection(u.point);
    if (!at || at[0] < 0 || at[0] > width || at[1] < 0 || at[1] > height) continue;
    const [[x0, y0], [x1, y1]] = path.bounds(feature);
    places.push({ party: u, at: at as [number, number], mark: 0, area: path.area(feature), ...(selected ? { bounds: { minX: x0, minY: y0, maxX: x1, maxY: y1 } } : {}) });
  }
  for (const p of inCity.filter((q) => q.kind === 'zone')) {
    const at = projection(p.point) as [number, number];
    root.append(svg('circle', { cx: at[0], cy: at[1], r: ZONE_R, class: 'geo-inset-zone', fill: `var(--${city})`, 'data-party': p.id }));
    places.push({ party: p, at, mark: ZONE_R, area: 0 });
  }
  return { map: root, places, active: chosen };
}

/**
 * Writes the inset's names in `px` screen pixels (the map's type size), the inset being `shown` px
 * wide: placed as on the city maps (placeMapNames: selected first, beside a small selected
 * district rather than over it, then the neighbours by size, none over another or over a dot,
 * each inside the inset), in screen pixels and drawn back in the inset's units.
 */
export function nameInset({ map, places, active }: InsetDrawing, lang: Lang, shown: number, px: number): void {
  const k = INSET_W / shown; // units per screen px
  const onScreen = places.map((p) => ({
    ...p,
    at: [p.at[0] / k, p.at[1] / k] as [number, number],
    mark: p.mark / k,
    area: p.area / (k * k),
    ...(p.bounds ? { bounds: { minX: p.bounds.minX / k, minY: p.bounds.minY / k, maxX: p.bounds.maxX / k, maxY: p.bounds.maxY / k } } : {}),
  }));
  const names = placeMapNames(onScreen, { x: 0, y: 0, width: INSET_W / k, height: INSET_H / k }, lang, active, px / NAME_SIZE[lang]);
  map.querySelectorAll('.geo-inset-label').forEach((t) => t.remove());
  for (const n of names) {
    const text = svg('text', { class: `label geo-inset-label${n.active ? ' is-selected' : ' is-context'}`, 'text-anchor': n.anchor, 'data-party': n.party.id, 'data-kind': n.party.kind });
    text.style.fontSize = `${n.size * k}px`;
    text.style.strokeWidth = `${3.5 * k}px`;
    const top = n.y - ((n.lines.length - 1) * n.lineHeight) / 2;
    n.lines.forEach((line, i) => {
      const span = svg('tspan', { x: (n.x * k).toFixed(1), y: ((top + i * n.lineHeight) * k).toFixed(1), dy: '0.35em' });
      span.textContent = line;
      text.append(span);
    });
    map.append(text);
  }
}

export function createInsets(model: Model, tints: ReadonlyMap<string, number>): Insets {
  const element = h('div', { class: 'geo-insets' });
  element.hidden = true;
  const units = [...model.parties.values()].filter((p) => p.feature);
  const drawings = new WeakMap<SVGSVGElement, InsetDrawing>();
  let lang: Lang = 'zh';

  function draw(city: City, selected: Party[], lang: Lang): HTMLElement {
    const inset = drawInsetMap(units, tints, city, selected, lang);
    const title = h('figcaption', { class: `geo-inset-title city-${city}` }, STRINGS[lang][city]);
    const figure = h('figure', { class: 'geo-inset', 'data-city': city }, title);
    figure.append(inset.map);
    drawings.set(inset.map, inset);
    return figure;
  }

  /**
   * The names in the map's type size on the screen, whatever the inset's width: the inset is drawn
   * in a 240-unit box that the page scales, so fixed units gave 8 px names in a phone's 150 px
   * inset and 11 px presenting on a 1024×768 projector (the room reads 17).
   */
  function fitNames(): void {
    if (element.hidden) return;
    const asked = parseFloat(getComputedStyle(element).getPropertyValue('--map-label-size'));
    const px = Number.isFinite(asked) && asked > 13 ? asked : 13;
    for (const map of element.querySelectorAll<SVGSVGElement>('.geo-inset-map')) {
      const shown = map.getBoundingClientRect().width;
      const drawing = drawings.get(map);
      if (shown && drawing) nameInset(drawing, lang, shown, px);
    }
  }
  const resized = new ResizeObserver(() => fitNames());
  resized.observe(element);

  return {
    element,
    show(selected, shownLang) {
      lang = shownLang;
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
