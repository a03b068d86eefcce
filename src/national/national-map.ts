// The map of China: all 34 provincial units, the seven pairings as arcs (province pairs between
// the provinces, city pairs between the cities' seats), and the customary 南海诸岛 inset with the
// islands and the dashed line. Equal-area conic with the parallels usual for China (25°N, 47°N).
import { geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Lang } from '../i18n/strings';
import type { NationalModel, NationalPairingNode, NationalPlaceNode } from './model';
import { NATIONAL_STRINGS } from './strings';
import { placeLabels, type Box, type LabelRequest, type PlacedLabel } from './label-placement';
import { svg } from './svg';

export interface MapState {
  lang: Lang;
  selected: string | null;
  /** Places and pairings of the selected timeline event. */
  eventPlaces: ReadonlySet<string>;
  eventPairings: ReadonlySet<string>;
}

/**
 * China lies far from the projection's antimeridian (75°W) and its outlines are dense: d3's
 * spherical clipping (a point-in-polygon test per ring) and adaptive resampling changed nothing a
 * reader could see, and were most of the view's first draw on a throttled phone (three passes
 * over every province: the fit, the paths, the inset). The rectangle clip (clipExtent) stays.
 */
const conic = (): GeoProjection => geoConicEqualArea().rotate([-105, 0]).parallels([25, 47]).precision(0).preclip((stream) => stream);

/** The inset's window on the South China Sea, lon/lat corners. */
const INSET_AREA = { type: 'MultiPoint' as const, coordinates: [[106.5, 2.8], [123.5, 2.8], [106.5, 24.6], [123.5, 24.6]] };
/** Below this latitude, Hainan's parts are the islands the inset shows; the main map fits the rest. */
const MAIN_SOUTH = 17;

/** The provinces the inset can show: those whose bounds come within 5° of its window (the rest would be clipped away, after being projected). */
function nearInset<F extends Feature<Polygon | MultiPolygon>>(provinces: F[]): F[] {
  const lons = INSET_AREA.coordinates.map(([lon]) => lon!), lats = INSET_AREA.coordinates.map(([, lat]) => lat!);
  const [w, s, e, n] = [Math.min(...lons) - 5, Math.min(...lats) - 5, Math.max(...lons) + 5, Math.max(...lats) + 5];
  // Planar bounds of the raw longitudes and latitudes (a path without a projection): China is far
  // from the antimeridian, so these are its spherical bounds, at a fraction of geoBounds' cost.
  const planar = geoPath();
  return provinces.filter((f) => {
    const [[x0, y0], [x1, y1]] = planar.bounds(f);
    return x0 <= e && x1 >= w && y0 <= n && y1 >= s;
  });
}

/** A city's dot. */
const DOT_R = 4;

/** The main map leaves what lies wholly south of MAIN_SOUTH to the inset (islands, most dashes). */
function northPart<F extends Feature<Polygon | MultiPolygon>>(f: F): F {
  if (f.geometry.type !== 'MultiPolygon') return f;
  const parts = f.geometry.coordinates.filter((rings) => rings[0]!.some(([, lat]) => lat! > MAIN_SOUTH));
  return { ...f, geometry: { type: 'MultiPolygon', coordinates: parts } as MultiPolygon };
}

function insetSize(w: number): { w: number; h: number } {
  const iw = Math.round(w < 600 ? w * 0.3 : Math.max(96, w * 0.16));
  return { w: iw, h: Math.round(iw * 1.4) };
}

export function createNationalMap(container: HTMLElement, model: NationalModel, choose: (id: string) => void) {
  const root = svg('svg', { class: 'national-map', role: 'group' });
  container.append(root);
  const mainProvinces = model.geometry.provinces.map((f) => (f.properties.code === '460000' ? northPart(f) : f));
  const mainLine = northPart(model.geometry.line);
  const fitFeatures = { type: 'FeatureCollection' as const, features: mainProvinces };
  let insetProvinces: typeof model.geometry.provinces | null = null;
  let state: MapState | null = null;
  let size = { w: 0, h: 0 };

  function roleOf(place: NationalPlaceNode | undefined): string {
    if (!place) return '';
    return place.region ? `is-${place.region}` : 'is-note';
  }

  function draw(): void {
    if (!state) return;
    const t = NATIONAL_STRINGS[state.lang];
    const w = Math.max(300, container.clientWidth);
    // On a phone the inset goes below the mainland instead of over the sea beside it.
    const narrow = w < 600;
    const h = narrow ? Math.round(w * 1.2) : Math.round(Math.min(Math.max(w * 0.82, 300), Math.max(container.clientHeight, 300)));
    size = { w, h };
    const insetBox = insetSize(w);
    root.setAttribute('viewBox', `0 0 ${w} ${h}`);
    root.setAttribute('width', String(w));
    root.setAttribute('height', String(h));
    root.setAttribute('aria-label', t.mapLabel);
    const pad = Math.max(8, w * 0.02);
    // On a phone the source line gets its own row under the inset (beside it, it would run into it).
    const noteRow = narrow ? 16 : 0;
    const main = conic().fitExtent([[pad, pad], [w - pad, narrow ? h - insetBox.h - noteRow - 10 : h - pad - 16]], fitFeatures).clipExtent([[0, 0], [w, h]]);
    const path = geoPath(main);

    const provinceByCode = new Map([...model.places.values()].filter((p) => p.level === 'province').map((p) => [p.code, p]));
    const provinces = svg('g', { class: 'provinces' });
    for (const f of mainProvinces) {
      const place = provinceByCode.get(f.properties.code);
      const cls = ['province', roleOf(place), place && state.eventPlaces.has(place.id) ? 'is-event' : ''].filter(Boolean).join(' ');
      const p = svg('path', { class: cls, d: path(f) ?? '', 'data-code': f.properties.code }, svg('title', {}, state.lang === 'zh' ? f.properties.name_zh : f.properties.name_en));
      provinces.append(p);
    }
    const line = svg('path', { class: 'nine-dash', d: path(mainLine) ?? '', 'data-code': model.geometry.line.properties.code });

    // Arcs: province pairs bend west, city pairs east, so the two families stay apart.
    const arcs = svg('g', { class: 'arcs' });
    for (const p of model.pairings) arcs.append(arc(p, main, state, t.pairSep));

    // Labels: measured, then placed by label-placement.ts so that none covers another, a dot,
    // an arc's end, the inset or the source line, at any size and in either language.
    const note = svg('text', { class: 'map-note', x: pad, y: h - 6 }, `${t.schematic} · @esmjs/geo 1.0.0 (DataV) · WGS-84`);
    const insetGroup = inset(w, h - noteRow, state, measureAll(root, [{ text: t.inset, cls: 'inset', textClass: 'inset-caption' }])[0]!.width);
    root.replaceChildren(provinces, line, arcs, insetGroup, note);
    const noteBox = note.getBBox();
    const frame = insetGroup.querySelector<SVGRectElement>('.inset-frame')!.getBBox();
    const places = [...model.places.values()].map((place) => ({ place, xy: main(place.point) })).filter((p): p is { place: NationalPlaceNode; xy: [number, number] } => !!p.xy);
    // Cities first (their dots carry the arcs), then the provinces; on a phone a province's name is left out where it has no room.
    const ordered = [...places.filter((p) => p.place.level === 'city'), ...places.filter((p) => p.place.level !== 'city')];
    const sizes = measureAll(root, ordered.map(({ place }) => ({ text: place.short[state!.lang], cls: place.level === 'city' ? 'place city' : 'place province-label' })));
    const requests: LabelRequest[] = ordered.map(({ place, xy }, i) => {
      const m = sizes[i]!;
      offsets.set(place.id, m);
      if (place.level === 'city') return { id: place.id, anchor: xy, width: m.width, height: m.height, kind: 'dot', radius: DOT_R };
      const outline = provinces.querySelector<SVGPathElement>(`.province[data-code="${place.code}"]`);
      // A province's name stays inside the province (its box's middle, and most of its width).
      const within = (b: Box) => !outline || [0.5, 0.2, 0.8].every((f) => outline.isPointInFill(new DOMPoint(b.minX + (b.maxX - b.minX) * f, (b.minY + b.maxY) / 2)));
      return { id: place.id, anchor: xy, width: m.width, height: m.height, kind: 'area', optional: narrow, within };
    });
    const dot = (x: number, y: number, r: number) => ({ minX: x - r, minY: y - r, maxX: x + r, maxY: y + r });
    const obstacles = [
      ...places.map(({ place, xy }) => ({ ...dot(xy[0], xy[1], place.level === 'city' ? DOT_R + 2 : 3), owner: place.id })),
      { minX: frame.x, minY: frame.y, maxX: frame.x + frame.width, maxY: frame.y + frame.height },
      { minX: noteBox.x, minY: noteBox.y, maxX: noteBox.x + noteBox.width, maxY: noteBox.y + noteBox.height },
    ];
    const soft = [...arcs.querySelectorAll<SVGPathElement>('.arc-line')].map((path) => {
      const len = path.getTotalLength();
      const samples: [number, number][] = [];
      for (let d = 0; d <= len; d += 4) {
        const p = path.getPointAtLength(d);
        samples.push([p.x, p.y]);
      }
      return samples;
    });
    const placed = new Map(placeLabels({ labels: requests, obstacles, soft, bounds: { minX: 2, minY: 2, maxX: w - 2, maxY: h - 2 } }).map((p) => [p.id, p]));

    const points = svg('g', { class: 'places' });
    for (const { place, xy } of places) {
      const ev = state.eventPlaces.has(place.id) ? ' is-event' : '';
      const at = placed.get(place.id);
      const label = at ? labelText(at, place.short[state.lang], place.id) : null;
      if (place.level === 'city') {
        const leader = at?.leader ? svg('path', { class: 'leader', 'data-party': place.id, d: `M${at.leader[0].map((v) => v.toFixed(1)).join(',')}L${at.leader[1].map((v) => v.toFixed(1)).join(',')}` }) : null;
        points.append(svg('g', { class: `place city ${roleOf(place)}${ev}`, 'data-place': place.id }, leader, svg('circle', { cx: xy[0], cy: xy[1], r: DOT_R, 'data-party': place.id }), label));
      } else if (label) {
        points.append(svg('g', { class: `place province-label ${roleOf(place)}${ev}`, 'data-place': place.id }, label));
      }
    }
    root.insertBefore(points, insetGroup);
  }

  /**
   * Measures label texts as they will be drawn (same classes, so the same font): all added at once
   * and read at once, so the page is laid out once for them, not once per label.
   */
  function measureAll(parent: SVGSVGElement, items: { text: string; cls: string; textClass?: string }[]): { width: number; height: number; dx: number; dy: number }[] {
    const groups = items.map(({ text, cls, textClass = 'label' }) => svg('g', { class: cls }, svg('text', { class: textClass }, text)));
    parent.append(...groups);
    const sizes = groups.map((g) => {
      const b = (g.firstChild as SVGTextElement).getBBox();
      return { width: b.width, height: b.height, dx: b.x, dy: b.y };
    });
    for (const g of groups) g.remove();
    return sizes;
  }

  /** Each label's measured box relative to its text position (set in draw). */
  const offsets = new Map<string, { dx: number; dy: number }>();
  function labelText(at: PlacedLabel, text: string, id: string): SVGTextElement {
    const o = offsets.get(id) ?? { dx: 0, dy: 0 };
    return svg('text', { class: 'label', 'data-party': id, x: (at.box.minX - o.dx).toFixed(1), y: (at.box.minY - o.dy).toFixed(1) }, text);
  }

  /** @param captionWidth the caption's measured width: a caption wider than the inset goes on two lines. */
  function inset(w: number, h: number, s: MapState, captionWidth: number): SVGGElement {
    const t = NATIONAL_STRINGS[s.lang];
    const { w: iw, h: ih } = insetSize(w);
    const words = t.inset.split(' ');
    const lines = captionWidth > iw - 12 && words.length > 1
      ? [words.slice(0, Math.ceil(words.length / 2)).join(' '), words.slice(Math.ceil(words.length / 2)).join(' ')]
      : [t.inset];
    const captionH = 13 * lines.length + 5;
    const x = w - iw - 6, y = h - ih - 6;
    const proj = conic().fitExtent([[x + 4, y + 4], [x + iw - 4, y + ih - captionH]], INSET_AREA).clipExtent([[x + 1, y + 1], [x + iw - 1, y + ih - 1]]);
    const path = geoPath(proj);
    const g = svg('g', { class: 'inset', 'data-inset': 'south-china-sea' }, svg('rect', { class: 'inset-frame', x, y, width: iw, height: ih }));
    for (const f of (insetProvinces ??= nearInset(model.geometry.provinces))) {
      const d = path(f);
      if (d) g.append(svg('path', { class: 'province', d, 'data-code': f.properties.code }));
    }
    g.append(svg('path', { class: 'nine-dash', d: path(model.geometry.line) ?? '', 'data-code': model.geometry.line.properties.code }));
    const caption = svg('text', { class: 'inset-caption', x: x + iw - 6, y: y + ih - 6 - 13 * (lines.length - 1), 'text-anchor': 'end' });
    lines.forEach((line, i) => caption.append(svg('tspan', { x: x + iw - 6, dy: i ? 13 : undefined }, line)));
    g.append(caption);
    return g;
  }

  function arc(p: NationalPairingNode, proj: GeoProjection, s: MapState, sep: string): SVGGElement {
    const a = proj(p.a.point)!, b = proj(p.b.point)!;
    const dx = b[0] - a[0], dy = b[1] - a[1];
    const len = Math.hypot(dx, dy) || 1;
    let nx = -dy / len, ny = dx / len;
    if ((p.level === 'city') !== nx > 0) (nx = -nx), (ny = -ny);
    const bend = len * (p.level === 'city' ? 0.18 : 0.22);
    const c = [(a[0] + b[0]) / 2 + nx * bend, (a[1] + b[1]) / 2 + ny * bend];
    const d = `M${a[0].toFixed(1)},${a[1].toFixed(1)}Q${c[0]!.toFixed(1)},${c[1]!.toFixed(1)} ${b[0].toFixed(1)},${b[1].toFixed(1)}`;
    const classes = ['arc', `is-${p.level}`, s.selected === p.id ? 'is-selected' : s.selected ? 'is-dimmed' : '', s.eventPairings.has(p.id) ? 'is-event' : ''].filter(Boolean).join(' ');
    const label = `${p.a.name[s.lang]}${sep}${p.b.name[s.lang]}`;
    const g = svg('g', { class: classes, 'data-national': p.id, role: 'button', tabindex: 0, 'aria-label': label },
      svg('title', {}, label),
      svg('path', { class: 'arc-hit', d }),
      svg('path', { class: 'arc-line', d }),
    );
    g.addEventListener('click', () => choose(p.id));
    g.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') (e.preventDefault(), choose(p.id));
    });
    return g;
  }

  // Labels are placed by their measured size: measure again once a font still loading is in. The
  // page uses system fonts, so this is rare; redrawing anyway doubled the view's first draw.
  if (document.fonts && document.fonts.status !== 'loaded') void document.fonts.ready.then(() => draw());

  const observer = new ResizeObserver(() => {
    if (container.clientWidth !== size.w) draw();
  });
  observer.observe(container);

  return {
    update(next: MapState): void {
      state = next;
      draw();
    },
    destroy(): void {
      observer.disconnect();
      root.remove();
    },
  };
}

