// The paired view: a chart of the 15 pairings in the plan's order (Changchun column, links,
// Tianjin column) between two city maps that name their places and zoom to the selected or
// hovered pair. Where everything goes comes from paired-layout.ts (pure); this file draws it
// with d3 and wires the pointer, the zoom buttons and Ctrl/⌘-wheel or two-finger zoom.
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { Model } from '../model/build-model';
import { hoverParties, selectedPairs, selectedParties } from '../model/selection';
import { CITIES, type City, type Party } from '../model/types';
import { STRINGS } from '../i18n/strings';
import type { AppState } from '../state/app-state';
import type { ViewEvents, ViewInstance } from './view-registry';
import { cityView, DESK_FONT, layoutPaired, linkPath, type LabelBox, type LayoutState, type PairedLayout, type Rect, type ZoomT } from './paired-layout';
import { PAIRED_STRINGS } from './paired-strings';
import { h } from './dom';
import { allowZoomGesture } from '../ui/cooperative-gestures';
import { jumpZoom, scaledBy, tweenZoom } from '../ui/zoom-tween';
import { filterHighlight, type FilterHighlight } from '../model/filter';
import { drawFilter } from './filter-classes';
import { unitPath } from './city-mercator';

export type PairedViewState = Pick<AppState, 'lang' | 'pair' | 'place'> & { project?: string | null };

const SVG_NS = 'http://www.w3.org/2000/svg';
const HOVER_ZOOM_DELAY = 150;

/** Text and attribute values written into markup (drawStatic): the five characters markup gives a meaning. */
const esc = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** What the pointer can point at and click (a link, a label, a district, a zone mark); the SVG listens for all of them. */
const TARGETS = '.link[data-pair], .label[data-party], .unit[data-party], .zone[data-party]';

/** What clicking a party selects: its pairing, or the party itself if it has none. */
function activate(party: Party, events: ViewEvents): void {
  if (party.pairs[0]) events.selectPair(party.pairs[0]);
  else events.selectPlace(party.id);
}

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Zoom only on Ctrl/⌘ + wheel (a trackpad pinch arrives so) or two fingers: the page scrolls. */
const cooperative = (e: Event) => allowZoomGesture(e, true);

export function createPairedView(container: HTMLElement, model: Model, events: ViewEvents): ViewInstance {
  const svg = select(container).append('svg').attr('class', 'paired-map').attr('xmlns', SVG_NS).attr('role', 'group');
  const root = svg.append('g').attr('class', 'paired-root');
  const t0 = PAIRED_STRINGS.zh;
  const zoomIn = h('button', { type: 'button', class: 'zoom-in', 'aria-label': t0.zoomIn, title: t0.zoomIn }, '+');
  const zoomOut = h('button', { type: 'button', class: 'zoom-out', 'aria-label': t0.zoomOut, title: t0.zoomOut }, '−');
  const zoomReset = h('button', { type: 'button', class: 'zoom-reset', 'aria-label': t0.zoomReset, title: t0.zoomReset }, '⟲');
  const controls = h('div', { class: 'zoom-controls', role: 'group', 'aria-label': t0.zoomGroup }, zoomIn, zoomOut, zoomReset);
  const hint = h('p', { class: 'zoom-hint' });
  // Room for the page's legend under the Changchun map, offered by events.room when the layout has it.
  const legendSlot = h('div', { class: 'legend-slot' });
  container.append(controls, hint, legendSlot);
  // Until the first drawing (in an embed its layout is a chunk of its own): embed.css keeps what
  // lies under the map invisible meanwhile.
  container.classList.add('is-drawing');
  /** Offers the room under the Changchun map to the page's legend, and takes it back if the legend does not fit. */
  function offerRoom(spare: Rect | null): void {
    legendSlot.hidden = !spare || !events.room;
    if (legendSlot.hidden) {
      events.room?.(null);
      return;
    }
    Object.assign(legendSlot.style, { left: `${spare!.x}px`, top: `${spare!.y}px`, width: `${spare!.width}px`, maxHeight: `${spare!.height}px` });
    events.room!(legendSlot);
    keepRoomIfFits();
  }
  /** Measured in the same task, before the frame is painted: a legend that would be cut off stays under the map. */
  function keepRoomIfFits(): void {
    // An empty room (no legend mounted) fits: nothing to measure.
    if (legendSlot.hidden || !legendSlot.firstChild) return;
    // While the page is hidden (the start-up) the legend is measured in the next frame's callback,
    // where the browser lays the page out for that frame anyway: measured here, its read laid the
    // hidden page out once more in the middle of the start-up's longest task.
    if (events.env().shown === false) {
      roomCheck ||= requestAnimationFrame(() => {
        roomCheck = 0;
        measureRoom();
      });
      return;
    }
    measureRoom();
  }
  let roomCheck = 0;
  function measureRoom(): void {
    if (legendSlot.hidden || !legendSlot.firstChild || legendSlot.scrollHeight <= legendSlot.clientHeight + 1) return;
    legendSlot.hidden = true;
    events.room?.(null);
  }
  // The legend may arrive (or fill in) after the room was offered (it installs before the first
  // render, but builds its list only when a view first shows it), and the room stays offered
  // (src/slots.ts). Measured again then, in the same task (a mutation observer's notice is a
  // microtask), before anything is painted.
  const roomFill = new MutationObserver(keepRoomIfFits);
  roomFill.observe(legendSlot, { childList: true, subtree: true });

  let state: PairedViewState = { lang: 'zh', pair: null, place: null, project: null };
  /** The key-task filter's matches (src/model/filter.ts), drawn with the selection. */
  let filter: FilterHighlight | null = null;
  let hover: string[] = [];
  let zoomHover: string[] = [];
  let hoverTimer = 0;
  let layout: PairedLayout | null = null;
  let drawnFor = '';
  /** Counts the drawings: a step queued for an older one (the first render's, split over tasks) is dropped. */
  let drawing = 0;
  /** Settles when the first drawing's last queued piece has run (see draw). */
  let drawn: Promise<void> = Promise.resolve();
  let focusKey = '';
  const zooms = new Map<City, ZoomBehavior<SVGGElement, unknown>>();
  const current = new Map<City, ZoomT>();

  let layoutEmbed: typeof import('./paired-layout-embed').layoutEmbed | null = null;
  let embedLayoutLoad: Promise<void> | null = null;
  const layoutState = (): LayoutState => ({ pair: state.pair, place: state.place, project: state.project ?? null, hover: zoomHover });

  /** The height the page gives the map (a stacked map instead grows to its own height). */
  function availableHeight(): number {
    if (!container.classList.contains('is-stacked')) return container.clientHeight;
    // Measured with the page held at its length: for that moment the map is a screen tall instead
    // of its chart's length, and a page that short clamped the reader's scroll position (a tap on a
    // row near the end of a phone page jumped ~100 px up).
    const body = document.body;
    const held = body.style.minHeight;
    body.style.minHeight = `${document.documentElement.scrollHeight}px`;
    container.classList.remove('is-stacked');
    const height = container.clientHeight;
    container.classList.add('is-stacked');
    body.style.minHeight = held;
    return height;
  }

  /**
   * The labels' type size: the desk size unless the page asks for more through the map box's
   * `--map-label-size` (a registered <length>, so it arrives in px): presenting sets it to a
   * 45th of the screen's height, so the map reads across a room.
   */
  function labelSize(): number {
    const asked = parseFloat(getComputedStyle(container).getPropertyValue('--map-label-size'));
    return Number.isFinite(asked) && asked > DESK_FONT ? asked : DESK_FONT;
  }

  /** The map box's size (client px) the current drawing was laid out for. */
  const drawnSize = { width: -1, height: -1 };

  function render(): void {
    drawnSize.width = container.clientWidth;
    drawnSize.height = availableHeight();
    const width = Math.max(300, drawnSize.width);
    const height = Math.max(420, drawnSize.height);
    // In an article's iframe the chart is laid out for the column: its height follows from the
    // width (paired-layout-embed.ts, loaded only there; nothing is drawn until it is in).
    if (events.env().embedded && !layoutEmbed) {
      embedLayoutLoad ??= import('./paired-layout-embed').then(
        (m) => {
          layoutEmbed = m.layoutEmbed;
          render();
        },
        (error: unknown) => {
          // A chunk gone after a deploy (the update flow says so): the full page's layout, taller but whole.
          console.error(error);
          layoutEmbed = (m, input) => layoutPaired(m, { height: 0, ...input });
          render();
        },
      );
      return;
    }
    const fontSize = labelSize();
    // Under a finger an embed's zoom buttons are thumb-sized (paired-layout-embed.ts).
    const input = { width, height, lang: state.lang, state: layoutState(), touch: matchMedia('(pointer: coarse)').matches };
    const presenting = events.env().presenting;
    layout = events.env().embedded && layoutEmbed ? layoutEmbed(model, input) : layoutPaired(model, { ...input, fontSize, presenting });
    const key = `${width}x${layout.arrangement === 'wide' ? height : 'auto'}:${state.lang}:${layout.arrangement}:${fontSize}:${presenting}`;
    if (key === drawnFor) return refocus();
    drawnFor = key;
    draw(layout);
  }

  function draw(l: PairedLayout): void {
    const t = STRINGS[l.lang];
    const p = PAIRED_STRINGS[l.lang];
    svg
      .attr('viewBox', `0 0 ${l.width} ${l.height}`)
      .attr('width', l.width)
      .attr('height', l.height)
      .attr('aria-label', t.mapLabel)
      .attr('data-arrangement', l.arrangement);
    // Every arrangement but the wide one takes its height from its content.
    container.classList.toggle('is-stacked', l.arrangement !== 'wide');
    // Drawn: an embed shows what lies under the map only now (embed.css), so it never moves.
    container.classList.remove('is-drawing');
    // The chart's and maps' static parts are written as one piece of markup (see drawStatic): the
    // drawing's order is its stacking, both maps, then the links, then the columns' labels.
    root.node()!.replaceChildren();
    zooms.clear();
    for (const [button, label] of [[zoomIn, p.zoomIn], [zoomOut, p.zoomOut], [zoomReset, p.zoomReset]] as const) {
      button.setAttribute('aria-label', label);
      button.title = label;
    }
    controls.setAttribute('aria-label', p.zoomGroup);
    Object.assign(controls.style, { left: `${l.controls.x}px`, top: `${l.controls.y}px` });
    controls.style.setProperty('--zoom-button', `${l.controls.size}px`);
    controls.classList.toggle('is-vertical', Boolean(l.controls.vertical));
    hint.textContent = matchMedia('(pointer: coarse)').matches ? p.hintTouch : p.hintWheel;
    hint.hidden = !l.hint;
    if (l.hint) Object.assign(hint.style, { left: `${l.hint.x}px`, top: `${l.hint.y}px`, width: `${l.hint.width}px`, height: l.hint.height ? `${l.hint.height}px` : '' });
    offerRoom(l.spare);
    focusKey = '';
    current.clear();
    const steps = [
      () => {
        drawStatic(l);
        for (const city of CITIES) zoomable(l, city);
      },
      // The maps' names, zone marks and leaders, placed for the zoom.
      () => {
        for (const city of CITIES) goTo(city, l.cities[city].focus, true);
        focusKey = [...l.active].sort().join(',');
        paintSelection();
      },
    ];
    const generation = ++drawing;
    if (events.env().shown !== false) for (const step of steps) step();
    else {
      // Still hidden (main.ts shows the page once this drawing is whole): the chart with both maps,
      // then the maps' names, follow in tasks of their own, queued now, and the page still
      // appears once, complete. Drawn in one task with d3 this was the longest task of a phone's start-up (Lighthouse's Total Blocking Time); as
      // markup the chart and maps are one task of ≈ 50–70 ms at 4× CPU, the names ≈ 40–50 ms.
      // A newer drawing (a resize, a language switch) drops the rest of the queue.
      drawn = new Promise((resolve) => {
        steps.forEach((step, i) =>
          setTimeout(() => {
            if (generation === drawing && svg.node()!.isConnected) step();
            if (i === steps.length - 1) resolve();
          }),
        );
      });
    }
    paintSelection();
  }

  /**
   * The view's static parts (both city maps with their titles and districts, the links, the labels)
   * as one piece of markup, parsed by the browser in one go into the root: built with d3 element by
   * element (≈ 500 elements, each with its attributes and listeners) this was most of the first
   * drawing's script. Every text and attribute value goes through `esc`; the listeners are the SVG's
   * own (delegated, see `targetOf`); inline styles (the CSP allows no style="" in markup) are set
   * through the CSSOM after.
   */
  function drawStatic(l: PairedLayout): void {
    const node = root.node()!;
    node.innerHTML = CITIES.map((city) => cityMarkup(l, city)).join('') + linksMarkup(l) + CITIES.map((city) => labelsMarkup(l, city)).join('');
    // Larger labels (presenting) get a title to match; at the desk size the stylesheet's 18 px.
    if (l.fontSize > DESK_FONT) for (const title of node.querySelectorAll<SVGTextElement>('.city-title')) title.style.fontSize = `${Math.round((l.fontSize * 18) / DESK_FONT)}px`;
    for (const text of node.querySelectorAll<SVGTextElement>('.label-text')) text.style.fontSize = `${l.fontSize}px`;
  }

  /** A city's title and map (`g.city`): districts, and the empty groups its zoom fills (zones, leaders, names). */
  function cityMarkup(l: PairedLayout, city: City): string {
    const c = l.cities[city];
    const f = c.frame;
    const name = esc(STRINGS[l.lang][city]);
    const rect = `x="${f.x}" y="${f.y}" width="${f.width}" height="${f.height}"`;
    const units = model.partiesByCity[city]
      .filter((p) => p.kind === 'unit')
      .map((p) => `<path class="unit${p.pairs.length ? '' : ' is-unpaired'}" data-party="${esc(p.id)}" d="${unitPath(p.feature!, c.projection)}"><title>${esc(p.name[l.lang])}</title></path>`)
      .join('');
    return (
      `<g class="city city-${city}" data-city="${city}">` +
      `<text class="city-title" x="${c.title.x}" y="${c.title.y}" text-anchor="middle">${name}</text>` +
      (c.columnTitle ? `<text class="column-title" x="${c.columnTitle.x}" y="${c.columnTitle.y}" text-anchor="middle">${name}</text>` : '') +
      `<clipPath id="paired-clip-${city}"><rect ${rect}></rect></clipPath>` +
      `<g class="city-map" clip-path="url(#paired-clip-${city})"><rect class="map-bg" ${rect}></rect><g class="zoom-layer"><g class="units">${units}</g></g><g class="zones"></g></g>` +
      `<g class="leaders"></g>` +
      // The names over the leaders, in the map's clip: a leader leaves the map across other districts,
      // and ran over their names (at 1280×800 in most selections); the names' paper halo now breaks
      // the line where it passes, as a map's lines pass under its type.
      `<g class="map-names" clip-path="url(#paired-clip-${city})" aria-hidden="true"></g>` +
      `</g>`
    );
  }

  /** Ctrl/⌘-wheel and two-finger zoom on a city map drawn by drawStatic. */
  function zoomable(l: PairedLayout, city: City): void {
    const f = l.cities[city].frame;
    const z = zoom<SVGGElement, unknown>()
      .filter(cooperative)
      .extent([[f.x, f.y], [f.x + f.width, f.y + f.height]])
      .scaleExtent([1, 60])
      .translateExtent([[f.x, f.y], [f.x + f.width, f.y + f.height]])
      .on('zoom', (e: { transform: ZoomTransform }) => showZoom(city, e.transform));
    zooms.set(city, z);
    root.select<SVGGElement>(`.city-${city} .city-map`).call(z as never).on('dblclick.zoom', null);
  }

  /** Applies a zoom to one city map and redraws what depends on it (names, marks, leaders). */
  function showZoom(city: City, t: ZoomT): void {
    if (!layout) return;
    current.set(city, t);
    const g = root.select<SVGGElement>(`.city-${city}`);
    g.select('.zoom-layer').attr('transform', `translate(${t.x},${t.y}) scale(${t.k})`);
    const view = cityView(model, layout, city, t);
    const lang = layout.lang;
    g.select('.zones')
      .selectAll<SVGPathElement, (typeof view.marks)[number]>('path')
      .data(view.marks, (m) => m.party.id)
      .join((enter) =>
        enter
          .append('path')
          .attr('data-party', (m) => m.party.id)
          .call((s) => s.append('title').text((m) => m.party.name[lang] + (m.party.approximate ? ` (${STRINGS[lang].approximate})` : ''))),
      )
      .attr('class', (m) => `zone${m.party.approximate ? ' is-approximate' : ''}${m.party.pairs.length ? '' : ' is-unpaired'}${classesOf(m.party.id)}`)
      .attr('transform', (m) => `translate(${m.x.toFixed(1)},${m.y.toFixed(1)})`)
      .attr('d', (m) => `M0,${-m.r}L${m.r},0L0,${m.r}L${-m.r},0Z`)
      .attr('visibility', (m) => (m.hidden ? 'hidden' : null));
    g.select('.map-names')
      .selectAll<SVGTextElement, (typeof view.names)[number]>('text')
      .data(view.names, (n) => n.party.id)
      .join('text')
      .attr('class', (n) => `map-name${n.active ? ' is-active' : ''}${n.offFrame ? ' is-pointer' : ''}`)
      .attr('data-party', (n) => n.party.id)
      .attr('text-anchor', (n) => n.anchor)
      .style('font-size', (n) => `${n.size}px`)
      .each(function (n) {
        const text = select(this);
        text.selectAll('tspan').remove();
        const top = n.y - ((n.lines.length - 1) * n.lineHeight) / 2;
        n.lines.forEach((line, i) => text.append('tspan').attr('x', n.x.toFixed(1)).attr('y', (top + i * n.lineHeight).toFixed(1)).attr('dy', '0.35em').text(line));
      });
    g.select('.leaders')
      .selectAll<SVGPathElement, (typeof view.leaders)[number]>('path')
      .data(view.leaders, (d) => d.party.id)
      .join('path')
      .attr('class', 'leader is-selected')
      .attr('data-party', (d) => d.party.id)
      .attr('d', (d) => `M${[d.from, ...d.via, d.to].map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}`);
    // The zone marks were just redrawn: put the key-task filter's classes back on them.
    drawFilter(svg.node()!, filter);
  }

  /** Zooms each city map to the layout's focus when the active places change. */
  function refocus(immediate = false): void {
    if (!layout) return;
    const key = [...layout.active].sort().join(',');
    if (key === focusKey && !immediate) {
      // Same places: only the names' emphasis may have changed.
      for (const city of CITIES) showZoom(city, current.get(city) ?? layout.cities[city].focus);
      return;
    }
    focusKey = key;
    for (const city of CITIES) goTo(city, layout.cities[city].focus, immediate);
  }

  function goTo(city: City, t: ZoomT, immediate = false): void {
    const map = root.select<SVGGElement>(`.city-${city} .city-map`);
    const z = zooms.get(city);
    if (!z || map.empty()) return;
    const target = zoomIdentity.translate(t.x, t.y).scale(t.k);
    // A figure is drawn still: an animated zoom would be copied half-way (a phone and a desktop differed).
    if (immediate || reducedMotion() || events.env().still) jumpZoom(map.node()!, z, target);
    else tweenZoom(map.node()!, z, target, 450);
  }

  function zoomBy(factor: number): void {
    for (const city of CITIES) {
      const map = root.select<SVGGElement>(`.city-${city} .city-map`);
      const z = zooms.get(city);
      if (!z || map.empty()) continue;
      const target = scaledBy(map.node()!, z, factor);
      if (reducedMotion()) jumpZoom(map.node()!, z, target);
      else tweenZoom(map.node()!, z, target, 250);
    }
  }
  zoomIn.addEventListener('click', () => zoomBy(1.6));
  zoomOut.addEventListener('click', () => zoomBy(1 / 1.6));
  zoomReset.addEventListener('click', () => {
    for (const city of CITIES) goTo(city, { k: 1, x: 0, y: 0 });
  });
  // A plain wheel or one-finger swipe over a map scrolls the page; the hint says how to zoom.
  let flash = 0;
  const showHint = () => {
    hint.classList.add('is-flash');
    clearTimeout(flash);
    flash = window.setTimeout(() => hint.classList.remove('is-flash'), 1500);
  };
  svg.node()!.addEventListener('wheel', (e) => !e.ctrlKey && !e.metaKey && (e.target as Element).closest('.city-map') && showHint(), { passive: true });
  svg.node()!.addEventListener('touchmove', (e) => e.touches.length === 1 && (e.target as Element).closest('.city-map') && showHint(), { passive: true });

  // One listener of each kind on the SVG for every link, label, district and zone mark (they are
  // drawn as markup, drawStatic). Entering and leaving are told by pointerover/pointerout with the
  // element the pointer came from or goes to, as pointerenter/pointerleave on each would.
  const targetOf = (node: EventTarget | null) => (node instanceof Element ? node.closest<SVGElement>(TARGETS) : null);
  /** The pairings (or the place itself, if it has none) that pointing at a target lights. */
  const hoverIds = (el: SVGElement): string[] => {
    const pair = el.getAttribute('data-pair');
    if (pair !== null) return [pair];
    const party = model.parties.get(el.getAttribute('data-party')!);
    return party ? (party.pairs.length ? party.pairs : [party.id]) : [];
  };
  svg.on('click', (e: MouseEvent) => {
    const el = targetOf(e.target);
    if (!el) return;
    const pair = el.getAttribute('data-pair');
    const party = pair === null ? model.parties.get(el.getAttribute('data-party')!) : undefined;
    if (pair !== null) events.selectPair(pair);
    else if (party) activate(party, events);
  });
  svg.on('pointerover', (e: PointerEvent) => {
    const el = targetOf(e.target);
    if (el && el !== targetOf(e.relatedTarget)) setHover(hoverIds(el));
  });
  svg.on('pointerout', (e: PointerEvent) => {
    const el = targetOf(e.target);
    if (el && el !== targetOf(e.relatedTarget)) setHover([]);
  });

  function linksMarkup(l: PairedLayout): string {
    // Under the line: the key-task filter's highlight (src/find), blank otherwise.
    const link = (d: PairedLayout['links'][number]) => {
      const path = linkPath(d);
      return (
        `<g class="link${d.pair.parent ? ' is-sub' : ''}${d.to.kind === 'zone' || d.from.kind === 'zone' ? ' is-zone' : ''}" data-pair="${esc(d.pair.id)}">` +
        `<path class="link-halo" d="${path}"></path><path class="link-line" d="${path}"></path><path class="link-hit" d="${path}"></path></g>`
      );
    };
    return `<g class="links">${l.links.map(link).join('')}</g>`;
  }

  function labelsMarkup(l: PairedLayout, city: City): string {
    // Insets inside a label box grow with its type (paired-layout.ts sizes the boxes so).
    const s = l.fontSize / DESK_FONT;
    const lh = l.fontSize * 1.2;
    const label = (b: LabelBox) => {
      const textX = (b.party.kind === 'zone' ? 19 : 7) * s;
      const top = b.height / 2 - ((b.lines.length - 1) * lh) / 2;
      const cls = `label is-${b.party.kind}${b.party.pairs.length ? '' : ' is-unpaired'}${b.party.approximate ? ' is-approximate' : ''}`;
      return (
        `<g class="${cls}" data-party="${esc(b.party.id)}" data-city="${city}" transform="translate(${b.x.toFixed(1)},${(b.y - b.height / 2).toFixed(1)})">` +
        // The area a finger can hit: the row's full height, wider than the drawn box on a phone.
        `<rect class="label-hit" y="${(b.height - b.hit) / 2}" width="${b.width}" height="${b.hit}"></rect>` +
        `<rect class="label-box" width="${b.width}" height="${b.height}" rx="4"></rect>` +
        (b.party.kind === 'zone' ? `<path class="label-symbol" d="M${9 * s},${b.height / 2 - 5 * s}L${14 * s},${b.height / 2}L${9 * s},${b.height / 2 + 5 * s}L${4 * s},${b.height / 2}Z"></path>` : '') +
        `<text class="label-text" x="${textX}">${b.lines.map((line, i) => `<tspan x="${textX}" y="${(top + i * lh).toFixed(1)}" dy="0.35em">${esc(line)}</tspan>`).join('')}</text>` +
        `<title>${esc(b.party.name[l.lang])}</title></g>`
      );
    };
    return `<g class="labels labels-${city}">${l.cities[city].labels.map(label).join('')}</g>`;
  }

  function setHover(ids: string[]): void {
    hover = ids;
    paintSelection();
    events.hover(ids);
    // The maps follow the pointer after a short pause, so sweeping down a column does not shake them.
    clearTimeout(hoverTimer);
    hoverTimer = window.setTimeout(() => {
      zoomHover = hover;
      render();
    }, HOVER_ZOOM_DELAY);
  }

  let selected = { pairs: new Set<string>(), parties: new Set<string>() };
  let hovered = { pairs: new Set<string>(), parties: new Set<string>() };
  const classesOf = (id: string) => `${selected.parties.has(id) ? ' is-selected' : ''}${hovered.parties.has(id) ? ' is-hover' : ''}`;

  /** Selection and hover only toggle classes; nothing is laid out again. */
  function paintSelection(): void {
    const sel = { pair: state.pair, place: state.place, project: state.project ?? null };
    selected = { pairs: selectedPairs(model, sel.pair), parties: selectedParties(model, sel) };
    hovered = { pairs: new Set(hover.filter((id) => model.pairById.has(id))), parties: hoverParties(model, hover) };
    svg.classed('has-selection', selected.parties.size > 0).classed('has-hover', hovered.parties.size > 0);
    root.selectAll<SVGElement, unknown>('[data-pair]').each(function () {
      const id = this.getAttribute('data-pair')!;
      this.classList.toggle('is-selected', selected.pairs.has(id));
      this.classList.toggle('is-hover', hovered.pairs.has(id));
    });
    root.selectAll<SVGElement, unknown>('[data-party]').each(function () {
      const id = this.getAttribute('data-party')!;
      this.classList.toggle('is-selected', selected.parties.has(id));
      this.classList.toggle('is-hover', hovered.parties.has(id));
    });
    // Raise selected links and outlines above the others so they are never hidden under them.
    root.selectAll<SVGGElement, unknown>('.link.is-selected, .link.is-hover, .unit.is-selected, .unit.is-hover').raise();
    drawFilter(svg.node()!, filter);
  }

  // A ResizeObserver's first notice comes in the frame after the first drawing, at the size that
  // drawing was made for: laying the view out again and placing the maps' names once more then was
  // a 50–200 ms task (at 4× CPU) in a phone's start-up for nothing. Redrawn when the size changed.
  const resize = new ResizeObserver(() => {
    if (layout && container.clientWidth === drawnSize.width && (layout.arrangement !== 'wide' || container.clientHeight === drawnSize.height)) return;
    render();
  });
  resize.observe(container);

  return {
    update(next: AppState): void {
      const withProject = next as AppState & { project?: string | null };
      state = { lang: next.lang, pair: next.pair, place: next.place, project: withProject.project ?? null };
      filter = filterHighlight(model, next, events.env().presenting);
      render();
      paintSelection();
    },
    /** Highlights pairings hovered elsewhere (the panel list). */
    hover(ids: string[]): void {
      setHover(ids);
    },
    drawn: () => drawn,
    destroy(): void {
      resize.disconnect();
      roomFill.disconnect();
      cancelAnimationFrame(roomCheck);
      clearTimeout(hoverTimer);
      svg.remove();
      controls.remove();
      hint.remove();
      events.room?.(null);
      legendSlot.remove();
      container.classList.remove('is-stacked', 'is-drawing');
    },
  };
}
