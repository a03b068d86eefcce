// The paired view: both cities, every unit and zone labelled in a column beside its
// map, and every pairing drawn as a link between the columns. SVG, drawn with d3.
import { geoPath } from 'd3-geo';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import type { Model } from '../model/build-model';
import { CITIES, type City, type Party } from '../model/types';
import { STRINGS, type Lang } from '../i18n/strings';
import type { AppState } from '../state/app-state';
import type { ViewEvents, ViewInstance } from './view-registry';
import { allowZoomGesture } from '../ui/cooperative-gestures';
import { filterHighlight, type FilterHighlight } from '../model/filter';
import { drawFilter } from './filter-classes';
import { layoutPaired, linkEnd, type LabelBox, type PairedLayout } from './paired-layout';

export type PairedViewState = Pick<AppState, 'lang' | 'pair' | 'place' | 'task' | 'group'>;

const ROW = 24;
const FONT = '13px';
const SVG_NS = 'http://www.w3.org/2000/svg';

/** What clicking a party selects: its pairing, or the party itself if it has none. */
function activate(party: Party, events: ViewEvents): void {
  if (party.pairs[0]) events.selectPair(party.pairs[0]);
  else events.selectPlace(party.id);
}

export function createPairedView(container: HTMLElement, model: Model, events: ViewEvents): ViewInstance {
  const svg = select(container)
    .append('svg')
    .attr('class', 'paired-map')
    .attr('xmlns', SVG_NS)
    .attr('role', 'group');
  const root = svg.append('g').attr('class', 'zoom-root');
  let state: Pick<AppState, 'lang' | 'pair' | 'place'> = { lang: 'zh', pair: null, place: null };
  /** The key-task filter's matches (src/model/filter.ts), drawn with the selection. */
  let filter: FilterHighlight | null = null;
  let hover: string[] = [];
  let laidOutFor = '';
  let zoomBehavior: ZoomBehavior<SVGSVGElement, unknown> | null = null;

  function measureLabelWidth(lang: Lang): number {
    const probe = svg.append('text').attr('class', 'label-text').style('font-size', FONT);
    let max = 0;
    for (const party of model.parties.values()) {
      probe.text(party.short[lang]);
      max = Math.max(max, (probe.node() as SVGTextElement).getComputedTextLength());
    }
    probe.remove();
    return max;
  }

  function render(): void {
    const width = Math.max(320, container.clientWidth);
    const height = Math.max(420, container.clientHeight);
    const key = `${width}x${height}:${state.lang}`;
    if (key === laidOutFor) return;
    laidOutFor = key;
    const t = STRINGS[state.lang];
    const layout = layoutPaired(model, width, height, measureLabelWidth(state.lang), ROW);
    svg
      .attr('viewBox', `0 0 ${layout.width} ${layout.height}`)
      .attr('width', layout.width)
      .attr('height', layout.height)
      .attr('aria-label', t.mapLabel)
      .attr('data-arrangement', layout.arrangement);
    container.classList.toggle('is-stacked', layout.arrangement === 'stacked');
    root.selectAll('*').remove();
    for (const city of CITIES) drawCity(root, layout, city, state.lang);
    drawLinks(root, layout);
    for (const city of CITIES) drawLabels(root, layout, city, state.lang);
    setupZoom(layout);
    paintSelection();
  }

  function drawCity(parent: Selection<SVGGElement, unknown, null, undefined>, layout: PairedLayout, city: City, lang: Lang): void {
    const c = layout.cities[city];
    const path = geoPath(c.projection);
    const g = parent.append('g').attr('class', `city city-${city}`).attr('data-city', city);
    g.append('text')
      .attr('class', 'city-title')
      .attr('x', c.frame.x + c.frame.width / 2)
      .attr('y', c.frame.y - 12)
      .attr('text-anchor', 'middle')
      .text(STRINGS[lang][city]);
    const units = model.partiesByCity[city].filter((p) => p.kind === 'unit');
    g.append('g')
      .attr('class', 'units')
      .selectAll('path')
      .data(units)
      .join('path')
      .attr('class', (p) => `unit${p.pairs.length ? '' : ' is-unpaired'}`)
      .attr('data-party', (p) => p.id)
      .attr('d', (p) => path(p.feature!) ?? '')
      .on('click', (_e, p) => activate(p, events))
      .on('pointerenter', (_e, p) => setHover(p.pairs.length ? p.pairs : [p.id]))
      .on('pointerleave', () => setHover([]))
      .append('title')
      .text((p) => p.name[lang]);
    if (layout.leaders) {
      g.append('g')
        .attr('class', 'leaders')
        .selectAll('path')
        .data(c.labels)
        .join('path')
        .attr('class', 'leader')
        .attr('data-party', (b) => b.party.id)
        .attr('d', (b) => {
          const [x, y] = c.projection(b.party.point)!;
          const elbow = city === 'changchun' ? b.edgeX - 8 : b.edgeX + 8;
          return `M${x.toFixed(1)},${y.toFixed(1)}L${elbow.toFixed(1)},${b.y.toFixed(1)}L${b.edgeX.toFixed(1)},${b.y.toFixed(1)}`;
        });
    }
    const zones = model.partiesByCity[city].filter((p) => p.kind === 'zone');
    g.append('g')
      .attr('class', 'zones')
      .selectAll('path')
      .data(zones)
      .join('path')
      .attr('class', (p) => `zone${p.approximate ? ' is-approximate' : ''}${p.pairs.length ? '' : ' is-unpaired'}`)
      .attr('data-party', (p) => p.id)
      .attr('transform', (p) => {
        const [x, y] = c.projection(p.point)!;
        return `translate(${x.toFixed(1)},${y.toFixed(1)})`;
      })
      .attr('d', 'M0,-6L6,0L0,6L-6,0Z')
      .on('click', (_e, p) => activate(p, events))
      .on('pointerenter', (_e, p) => setHover(p.pairs.length ? p.pairs : [p.id]))
      .on('pointerleave', () => setHover([]))
      .append('title')
      .text((p) => p.name[lang] + (p.approximate ? ` (${STRINGS[lang].approximate})` : ''));
  }

  function drawLinks(parent: Selection<SVGGElement, unknown, null, undefined>, layout: PairedLayout): void {
    const boxOf = new Map<string, LabelBox>();
    for (const city of CITIES) for (const b of layout.cities[city].labels) boxOf.set(b.party.id, b);
    const links = model.pairs.flatMap((pair) => pair.links.map((l) => ({ pair, ...l })));
    const d = (l: (typeof links)[number]) => {
      const [x1, y1] = linkEnd(boxOf.get(l.from.id)!);
      const [x2, y2] = linkEnd(boxOf.get(l.to.id)!);
      const mx = (x1 + x2) / 2;
      return `M${x1.toFixed(1)},${y1.toFixed(1)}C${mx.toFixed(1)},${y1.toFixed(1)} ${mx.toFixed(1)},${y2.toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`;
    };
    const g = parent.append('g').attr('class', 'links');
    const link = g
      .selectAll('g')
      .data(links)
      .join('g')
      .attr('class', (l) => `link${l.pair.parent ? ' is-sub' : ''}${l.to.kind === 'zone' || l.from.kind === 'zone' ? ' is-zone' : ''}`)
      .attr('data-pair', (l) => l.pair.id)
      .on('click', (_e, l) => events.selectPair(l.pair.id))
      .on('pointerenter', (_e, l) => setHover([l.pair.id]))
      .on('pointerleave', () => setHover([]));
    // Under the line: the key-task filter's highlight (src/find), blank otherwise.
    link.append('path').attr('class', 'link-halo').attr('d', d);
    link.append('path').attr('class', 'link-line').attr('d', d);
    link.append('path').attr('class', 'link-hit').attr('d', d);
  }

  function drawLabels(parent: Selection<SVGGElement, unknown, null, undefined>, layout: PairedLayout, city: City, lang: Lang): void {
    const g = parent.append('g').attr('class', `labels labels-${city}`);
    const label = g
      .selectAll('g')
      .data(layout.cities[city].labels)
      .join('g')
      .attr('class', (b) => `label is-${b.party.kind}${b.party.pairs.length ? '' : ' is-unpaired'}${b.party.approximate ? ' is-approximate' : ''}`)
      .attr('data-party', (b) => b.party.id)
      .attr('data-city', city)
      .attr('transform', (b) => `translate(${b.x.toFixed(1)},${(b.y - b.height / 2).toFixed(1)})`)
      .on('click', (_e, b) => activate(b.party, events))
      .on('pointerenter', (_e, b) => setHover(b.party.pairs.length ? b.party.pairs : [b.party.id]))
      .on('pointerleave', () => setHover([]));
    label
      .append('rect')
      .attr('class', 'label-box')
      .attr('width', (b) => b.width)
      .attr('height', (b) => b.height)
      .attr('rx', 4);
    label
      .filter((b) => b.party.kind === 'zone')
      .append('path')
      .attr('class', 'label-symbol')
      .attr('d', (b) => `M9,${b.height / 2 - 5}L14,${b.height / 2}L9,${b.height / 2 + 5}L4,${b.height / 2}Z`);
    label
      .append('text')
      .attr('class', 'label-text')
      .attr('x', (b) => (b.party.kind === 'zone' ? 18 : 6))
      .attr('y', (b) => b.height / 2)
      .attr('dy', '0.35em')
      .style('font-size', FONT)
      .text((b) => b.party.short[lang]);
    label.append('title').text((b) => b.party.name[lang]);
  }

  function setupZoom(layout: PairedLayout): void {
    // Pan and zoom where the whole map is on screen; a stacked page scrolls instead.
    if (layout.arrangement === 'wide') {
      zoomBehavior ??= zoom<SVGSVGElement, unknown>()
        .scaleExtent([1, 8])
        .filter((e: Event) => allowZoomGesture(e, events.env().embedded))
        .on('zoom', (e) => root.attr('transform', e.transform.toString()));
      zoomBehavior.translateExtent([
        [0, 0],
        [layout.width, layout.height],
      ]);
      (svg as unknown as Selection<SVGSVGElement, unknown, null, undefined>).call(zoomBehavior).call(zoomBehavior.transform, zoomIdentity);
      svg.on('dblclick.zoom', null);
    } else if (zoomBehavior) {
      svg.on('.zoom', null);
      root.attr('transform', null);
    }
  }

  function setHover(ids: string[]): void {
    hover = ids;
    paintSelection();
    events.hover(ids);
  }

  /** Selection and hover only toggle classes; nothing is laid out again. */
  function paintSelection(): void {
    const selectedPair = state.pair ? model.pairById.get(state.pair) : undefined;
    const selectedPairs = new Set<string>(selectedPair ? [selectedPair.id, ...selectedPair.children] : []);
    const selectedParties = new Set<string>();
    for (const id of selectedPairs) {
      const p = model.pairById.get(id)!;
      for (const party of [...p.changchun, ...p.tianjin]) selectedParties.add(party.id);
    }
    if (state.place) selectedParties.add(state.place);
    const hoverPairs = new Set(hover.filter((id) => model.pairById.has(id)));
    const hoverParties = new Set(hover.filter((id) => model.parties.has(id)));
    for (const id of hoverPairs) {
      const p = model.pairById.get(id)!;
      for (const party of [...p.changchun, ...p.tianjin]) hoverParties.add(party.id);
    }
    svg.classed('has-selection', selectedParties.size > 0).classed('has-hover', hoverParties.size > 0);
    root.selectAll<SVGElement, unknown>('[data-pair]').each(function () {
      const id = this.getAttribute('data-pair')!;
      this.classList.toggle('is-selected', selectedPairs.has(id));
      this.classList.toggle('is-hover', hoverPairs.has(id));
    });
    root.selectAll<SVGElement, unknown>('[data-party]').each(function () {
      const id = this.getAttribute('data-party')!;
      this.classList.toggle('is-selected', selectedParties.has(id));
      this.classList.toggle('is-hover', hoverParties.has(id));
    });
    // Raise selected links and outlines above the others so they are never hidden under them.
    root.selectAll<SVGGElement, unknown>('.link.is-selected, .link.is-hover, .unit.is-selected, .unit.is-hover').raise();
    drawFilter(svg.node()!, filter);
  }

  const resize = new ResizeObserver(() => render());
  resize.observe(container);

  return {
    update(next: PairedViewState): void {
      state = { lang: next.lang, pair: next.pair, place: next.place };
      filter = filterHighlight(model, next, events.env().presenting);
      render();
      paintSelection();
    },
    /** Highlights pairings hovered elsewhere (the panel list). */
    hover(ids: string[]): void {
      setHover(ids);
    },
    destroy(): void {
      resize.disconnect();
      svg.remove();
      container.classList.remove('is-stacked');
    },
  };
}
