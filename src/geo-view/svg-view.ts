// The geographic view without WebGL: the same region, districts, zones and pairings as SVG
// (d3-geo), with curved links instead of 3D arcs. Small, so it costs little to fall back to.
import { geoMercator, geoPath } from 'd3-geo';
import type { Model } from '../model/build-model';
import type { ViewEvents } from '../views/view-registry';
import { STRINGS } from '../i18n/strings';
import { geoArcs, modelBounds } from './arcs';
import { selectedPairs, selectedParties as partiesSelected } from '../model/selection';
import { filterHighlight } from '../model/filter';
import { drawFilter } from '../views/filter-classes';
import { ARC_COLORS, css } from './colors';
import { s, type Attrs } from '../ui/dom';
import type { Region } from './region';
import { activateParty, type GeoRenderer, type GeoState } from './renderer';
import { drawInsetMap, nameInset, INSET_H, INSET_W, type City } from './insets';
import type { Party } from '../model/types';
// Each district's tint, as the WebGL view's insets have them (config/geo-tints.ts, from the build).
import builtTints from 'virtual:geo-tints';

/** An SVG element appended to `parent`. */
function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs, parent?: Element): SVGElementTagNameMap[K] {
  const node = s(tag, attrs);
  parent?.append(node);
  return node;
}

const INSET_GAP = 8;
/** The inset's title line (its city) above its map. */
const INSET_TITLE = 22;
const INSET_NAME_PX = 13;
const TINTS: ReadonlyMap<string, number> = new Map(Object.entries(builtTints));

interface InsetBox { x: number; y: number; width: number; height: number; row: boolean }

/**
 * Where the insets go in a `width`×`height` drawing: a column on the right (at most 260 px, 30 %
 * of the width), stacked; on a narrow drawing (< 480 px, a phone) a row along the bottom, at most
 * 40 % of the height. Either way the map keeps the larger part (a row under a 552 px figure left
 * the arcs 170 px).
 */
export function insetBoxes(width: number, height: number, count: number): InsetBox[] {
  if (!count) return [];
  const tall = (w: number) => INSET_TITLE + ((w - 8) * INSET_H) / INSET_W + 4;
  if (width >= 480) {
    // As wide as the column allows, as long as the stack fits the height.
    let w = Math.min(260, Math.round(width * 0.3));
    while (w > 120 && count * tall(w) + (count + 1) * INSET_GAP > height) w -= 10;
    const h = tall(w);
    return Array.from({ length: count }, (_, i) => ({ x: width - w - INSET_GAP, y: INSET_GAP + i * (h + INSET_GAP), width: w, height: h, row: false }));
  }
  let w = Math.min(260, Math.floor((width - (count + 1) * INSET_GAP) / count));
  while (w > 120 && tall(w) > 0.4 * height) w -= 10;
  const h = tall(w);
  return Array.from({ length: count }, (_, i) => ({ x: INSET_GAP + i * (w + INSET_GAP), y: height - h - INSET_GAP, width: w, height: h, row: true }));
}

/**
 * Slides a name sideways into the map's part of the drawing (`right`: its right edge) when it
 * would run past an edge: a phone's narrow map cut off "Changchun" and "Tianjin", and at 1024 px
 * "Changchun" ran under the insets' column.
 */
function keepInside(text: SVGTextElement, right: number): void {
  const box = text.getBBox();
  const left = 4;
  right -= 4;
  const dx = box.x < left ? left - box.x : box.x + box.width > right ? right - box.x - box.width : 0;
  if (dx) text.setAttribute('x', String(Number(text.getAttribute('x')) + dx));
}

export function createSvgView(container: HTMLElement, model: Model, region: Region, initial: GeoState, events: ViewEvents): GeoRenderer {
  let state = initial;
  let hoverIds: string[] = [];
  const arcs = geoArcs(model);
  const shaped = [...model.parties.values()].filter((p) => p.feature);
  const svg = el('svg', { class: 'geo-svg', role: 'group' });
  container.append(svg);
  /** The selected places' names, redrawn with the selection (paint); where they go needs the drawing's projection. */
  let names: SVGGElement | null = null;
  let project: ((lonLat: [number, number]) => [number, number] | null) | null = null;

  function draw(): void {
    const width = Math.max(320, container.clientWidth);
    const height = Math.max(360, container.clientHeight);
    const [w, s, e, n] = modelBounds(model);
    const frame = { type: 'MultiPoint' as const, coordinates: [[w - 1, s - 0.6], [e + 1, n + 0.6]] };
    // With a selection, both ends at district scale beside the map (as the WebGL view's insets):
    // a column on the right, or a row along the bottom of a narrow map; the map fits what is left.
    const chosen = selectedParties();
    const cities = (['changchun', 'tianjin'] as const).filter((c) => chosen.some((p) => p.city === c));
    const boxes = insetBoxes(width, height, cities.length);
    const room = boxes.length ? (boxes[0]!.row ? { right: 0, bottom: boxes[0]!.height + 2 * INSET_GAP } : { right: boxes[0]!.width + 2 * INSET_GAP, bottom: 0 }) : { right: 0, bottom: 0 };
    const projection = geoMercator().fitExtent([[16, 16], [width - 16 - room.right, height - 16 - room.bottom]], frame);
    mapRight = width - room.right;
    const path = geoPath(projection);
    svg.replaceChildren();
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('aria-label', STRINGS[state.lang].mapLabel);
    el('rect', { class: 'geo-sea', width, height }, svg);
    el('path', { class: 'geo-land', d: path(region.land) ?? '' }, svg);
    el('path', { class: 'geo-borders', d: path(region.borders) ?? '' }, svg);
    const units = el('g', { class: 'geo-units' }, svg);
    for (const p of model.parties.values()) {
      if (!p.feature) continue;
      const u = el('path', { class: `geo-unit city-${p.city}${p.pairs.length ? '' : ' is-unpaired'}`, 'data-party': p.id, d: path(p.feature) ?? '' }, units);
      el('title', {}, u).textContent = p.name[state.lang];
      u.addEventListener('click', () => activateParty(p, events));
      u.addEventListener('pointerenter', () => setHover(p.pairs.length ? p.pairs : [p.id], true));
      u.addEventListener('pointerleave', () => setHover([], true));
    }
    const links = el('g', { class: 'geo-links' }, svg);
    for (const a of arcs) {
      const [x1, y1] = projection(a.from.point)!;
      const [x2, y2] = projection(a.to.point)!;
      // A curve bulging to the left of the line Changchun → Tianjin, higher for zone pairs (as in 3D).
      const bend = a.kind === 'zone' ? 0.3 : 0.18;
      const cx = (x1 + x2) / 2 - (y2 - y1) * bend;
      const cy = (y1 + y2) / 2 + (x2 - x1) * bend;
      const d = `M${x1.toFixed(1)},${y1.toFixed(1)}Q${cx.toFixed(1)},${cy.toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`;
      const g = el('g', { class: `geo-link is-${a.kind}${a.sub ? ' is-sub' : ''}`, 'data-pair': a.pair }, links);
      el('path', { class: 'geo-link-line', d, stroke: css(ARC_COLORS[a.kind][0]) }, g);
      el('path', { class: 'geo-link-hit', d }, g);
      g.addEventListener('click', () => events.selectPair(a.pair));
      g.addEventListener('pointerenter', () => setHover([a.pair], true));
      g.addEventListener('pointerleave', () => setHover([], true));
    }
    const zones = el('g', { class: 'geo-zones' }, svg);
    for (const p of model.parties.values()) {
      if (p.kind !== 'zone') continue;
      const [x, y] = projection(p.point)!;
      const z = el('path', { class: `geo-zone city-${p.city}${p.approximate ? ' is-approximate' : ''}`, 'data-party': p.id, d: 'M0,-5L5,0L0,5L-5,0Z', transform: `translate(${x.toFixed(1)},${y.toFixed(1)})` }, zones);
      el('title', {}, z).textContent = p.name[state.lang];
      z.addEventListener('click', () => activateParty(p, events));
    }
    for (const city of ['changchun', 'tianjin'] as const) {
      const anchor = model.parties.get(city === 'changchun' ? 'nanguan' : 'heping')!;
      const [x, y] = projection(anchor.point)!;
      const label = el('text', { class: `geo-city-label city-${city}`, x: x + (city === 'changchun' ? 14 : -14), y: y - 14, 'text-anchor': city === 'changchun' ? 'start' : 'end' }, svg);
      label.textContent = STRINGS[state.lang][city];
      keepInside(label, mapRight);
    }
    names = el('g', { class: 'geo-place-names', 'aria-hidden': 'true' }, svg);
    project = (lonLat) => projection(lonLat) as [number, number] | null;
    const insets = el('g', { class: 'geo-svg-insets' }, svg);
    cities.forEach((city, i) => {
      const b = boxes[i]!;
      const g = el('g', { class: 'geo-inset', 'data-city': city, transform: `translate(${b.x},${b.y})` }, insets);
      el('rect', { class: 'geo-svg-inset-back', width: b.width, height: b.height, rx: 6 }, g);
      el('text', { class: `geo-inset-title city-${city}`, x: 7, y: 16 }, g).textContent = STRINGS[state.lang][city];
      const inset = drawInsetMap(shaped, TINTS, city as City, chosen, state.lang);
      const mapWidth = b.width - 8;
      inset.map.setAttribute('x', '4');
      inset.map.setAttribute('y', String(INSET_TITLE));
      inset.map.setAttribute('width', String(mapWidth));
      inset.map.setAttribute('height', String((mapWidth * INSET_H) / INSET_W));
      g.append(inset.map);
      // The drawing's units are the screen's pixels (its viewBox is the container's size).
      nameInset(inset, state.lang, mapWidth, INSET_NAME_PX);
    });
    drawnWith = chosen.map((p) => p.id).join() + state.lang;
    paint();
  }

  /** The selected pairings' parties, or the place chosen alone (src/model/selection.ts). */
  function selectedParties(): Party[] {
    return [...partiesSelected(model, state)].map((id) => model.parties.get(id)!);
  }

  function setHover(ids: string[], echo: boolean): void {
    hoverIds = ids;
    paint();
    if (echo) events.hover(ids);
  }

  function paint(): void {
    const selected = selectedPairs(model, state.pair);
    const parties = partiesSelected(model, state);
    svg.classList.toggle('has-selection', parties.size > 0);
    for (const node of svg.querySelectorAll<SVGElement>('[data-pair]')) {
      const id = node.getAttribute('data-pair')!;
      node.classList.toggle('is-selected', selected.has(id));
      node.classList.toggle('is-hover', hoverIds.includes(id));
      if (selected.has(id)) node.parentNode?.append(node);
    }
    for (const node of svg.querySelectorAll<SVGElement>('[data-party]')) node.classList.toggle('is-selected', parties.has(node.getAttribute('data-party')!));
    nameSelected(parties);
    // The key-task filter (src/model/filter.ts); the geographic view's state has none while presenting.
    drawFilter(svg, filterHighlight(model, state));
  }

  /**
   * The selected places named beside their end of the arcs, below the city's name: at this
   * extent a district is a few pixels (和平区 is 10 km²), so the figure (the export draws this
   * view) and a reader without WebGL would otherwise not see which places the pairing joins.
   * Changchun's names go right of its end, Tianjin's left of its own, away from the arcs between them.
   */
  function nameSelected(parties: ReadonlySet<string>): void {
    if (!names || !project) return;
    names.replaceChildren();
    for (const city of ['changchun', 'tianjin'] as const) {
      const chosen = [...parties].map((id) => model.parties.get(id)!).filter((p) => p.city === city);
      if (!chosen.length) continue;
      const ends = chosen.map((p) => project!(p.point)!);
      const xs = ends.map(([px]) => px);
      const x = city === 'changchun' ? Math.max(...xs) : Math.min(...xs);
      const y = Math.max(...ends.map(([, py]) => py));
      chosen.forEach((p, i) => {
        const t = el('text', { class: `geo-place-name label is-selected city-${city}`, 'data-party': p.id, x: x + (city === 'changchun' ? 12 : -12), y: y + 18 + i * 17, 'text-anchor': city === 'changchun' ? 'start' : 'end' }, names!);
        t.textContent = p.short[state.lang];
        // Tianjin's names, left of its end, ran off the map's left edge once the map made room
        // for the insets (天津港保税区 on a 900 px stage).
        keepInside(t, mapRight);
      });
    }
  }

  /** The selection the insets were drawn for (a new one redraws: the map makes room for them). */
  let drawnWith = '';
  /** The right edge of the map's part of the drawing (the insets' column lies beyond it): names stay left of it. */
  let mapRight = Infinity;
  let drawnFor = '';
  const redrawIfResized = () => {
    const key = `${container.clientWidth}x${container.clientHeight}:${state.lang}`;
    if (key !== drawnFor) (drawnFor = key), draw();
  };
  const resize = new ResizeObserver(redrawIfResized);
  resize.observe(container);
  redrawIfResized();

  return {
    update(next: GeoState): void {
      state = next;
      redrawIfResized();
      if (selectedParties().map((p) => p.id).join() + state.lang !== drawnWith) draw();
      else paint();
    },
    hover: (ids) => setHover(ids, false),
    destroy(): void {
      resize.disconnect();
      svg.remove();
    },
  };
}
