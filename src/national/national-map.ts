// The map of China: all 34 provincial units, the seven pairings as arcs (province pairs between
// the provinces, city pairs between the cities' seats), and the customary 南海诸岛 inset with the
// islands and the dashed line. Equal-area conic with the parallels usual for China (25°N, 47°N).
import type { Lang } from '../i18n/strings';
import type { NationalModel, NationalPairingNode, NationalPlaceNode } from './model';
import { NATIONAL_STRINGS } from './strings';
import { placeLabels, type Box, type LabelRequest, type PlacedLabel, type PlacementInput } from './label-placement';
import { svg } from './svg';
import { fit, insideShape, pathOf, projectArcs, shapeOf, union, unitXY, type Projected } from './projected';
import { textWidth } from '../views/text-width';
import { NARROW_BELOW, deskInset, deskLayout, phoneInset, type MapLayout } from './map-layout';
import { afterNextPaint } from '../ui/after-paint';

export interface MapState {
  lang: Lang;
  selected: string | null;
  /** Places and pairings of the selected timeline event. */
  eventPlaces: ReadonlySet<string>;
  eventPairings: ReadonlySet<string>;
}

/**
 * A point of the map fitted at k·xy + t: d3's `geoConicEqualArea().rotate([-105, 0]).parallels([25, 47])`
 * scaled and translated (unitXY, compared with d3 in the unit tests). The outlines are drawn from
 * the same numbers (projected.ts), so d3-geo is no longer loaded with the view: its chunk was a
 * request and a module evaluation on the way to the map, for 16 points and 7 arcs.
 */
type Project = (point: [number, number]) => [number, number];
const conicAt = ({ k, tx, ty }: { k: number; tx: number; ty: number }): Project => (point) => {
  const [x, y] = unitXY(point[0], point[1]);
  return [k * x + tx, k * y + ty];
};

/** The inset's window on the South China Sea, lon/lat corners. */
const INSET_AREA = { type: 'MultiPoint' as const, coordinates: [[106.5, 2.8], [123.5, 2.8], [106.5, 24.6], [123.5, 24.6]] };
/** Below this latitude, Hainan's parts are the islands the inset shows; the main map fits the rest. */
const MAIN_SOUTH = 17;

/**
 * Points along a quadratic curve, ≈ 4 px apart: its length (a quadratic is never longer than its
 * control polygon) sets the count. Computed here rather than read back from the drawn path
 * (getPointAtLength), which asked the browser to walk the path once per point.
 */
export function quadSamples(a: [number, number], c: [number, number], b: [number, number]): [number, number][] {
  const n = Math.max(2, Math.ceil((Math.hypot(c[0] - a[0], c[1] - a[1]) + Math.hypot(b[0] - c[0], b[1] - c[1])) / 4));
  const out: [number, number][] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n, u = 1 - t;
    out.push([u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]]);
  }
  return out;
}

/** The inset's caption and the source line (national.css), at scale 1. */
const CAPTION_PX = 11;

/** A city's dot, at scale 1. */
const DOT_R = 4;

/**
 * The marks and small type go with the names: the page sets the names' size (`--map-label-size`:
 * 13 px at a desk, 16 px on a 2560 px monitor, a 45th of the screen's height presenting), and
 * the inset's caption and the source line grow in proportion (`text`), the dots and the arcs
 * more slowly (`marks`: 11 px type beside 48 px names, or 4 px dots under them, were specks).
 */
export function markScale(labelPx: number): { text: number; marks: number } {
  const text = Math.max(1, labelPx / 13);
  return { text, marks: Math.sqrt(text) };
}

/** The main map leaves what lies wholly south of MAIN_SOUTH to the inset (islands, most dashes): a polygon whose outer ring reaches no further north. */
const northPart = (maxLat: number) => maxLat > MAIN_SOUTH;

export function createNationalMap(container: HTMLElement, model: NationalModel, choose: (id: string) => void) {
  const root = svg('svg', { class: 'national-map', role: 'group' });
  container.append(root);
  const mainProvinces = model.geometry.provinces;
  /** Every outline at scale 1 (projected.ts), made at the first drawing: the main map's (Hainan without the islands), then the inset's. */
  let shapes: { main: Map<string, Projected>; mainLine: Projected; mainBox: ReturnType<typeof union>; land: Projected[]; inset: Projected[]; line: Projected } | null = null;
  function projectAll(arcs = projectArcs(model.geometry.topology)): NonNullable<typeof shapes> {
    const hainan = model.geometry.provinceByCode.get('460000');
    const main = new Map(mainProvinces.map((f) => [f.properties.code, shapeOf(f.geometry, arcs, f === hainan ? northPart : undefined)]));
    const mainLine = shapeOf(model.geometry.line.geometry, arcs, northPart);
    return {
      main,
      mainLine,
      mainBox: union([...main.values()].map((p) => p.box)),
      // What the inset in the corner must keep clear of: the mainland and the dashes it shows.
      land: [...main.values(), mainLine],
      // The inset draws what its window shows (pathOf leaves out the polygons outside it): Hainan whole, with its islands.
      inset: model.geometry.provinces.map((f) => (f === hainan ? shapeOf(f.geometry, arcs) : main.get(f.properties.code)!)),
      line: shapeOf(model.geometry.line.geometry, arcs),
    };
  }
  let state: MapState | null = null;
  let size = { w: 0, h: 0 };
  let scale = markScale(13);
  /** The names' size and the page's font, read with the drawing's size (the names are measured with them, placeNames). */
  let labelPx = 13;
  let fontFamily = 'sans-serif';

  function roleOf(place: NationalPlaceNode | undefined): string {
    if (!place) return '';
    return place.region ? `is-${place.region}` : 'is-note';
  }

  /** Whether the drawing is a phone's (the inset under the mainland), with `size`. */
  let narrowNow = false;
  /** The box's height as last measured when it has one of its own (a desk's page, a figure); null when it takes the map's (stacked). */
  let boxH: number | null = null;
  /**
   * The drawing's size for its box, set on the <svg> (what follows the map on the page is laid out by it).
   * @param measure false: the size measured last (the first drawing's, measured when the view was
   *   created: reading it again in the drawing's task laid out the page, just shown, in the middle of
   *   it; the ResizeObserver draws again if the box's width has changed since).
   */
  function frameSize(lang: Lang, measure = true): { w: number; h: number; narrow: boolean } {
    root.setAttribute('aria-label', NATIONAL_STRINGS[lang].mapLabel);
    if (!measure) return { ...size, narrow: narrowNow };
    const w = Math.max(300, container.clientWidth);
    // On a phone the inset goes below the mainland instead of over the sea beside it (map-layout.ts).
    const narrow = w < NARROW_BELOW;
    // Read after the width above (which laid the page out): no second layout.
    const style = getComputedStyle(root);
    // A box with a height of its own (a desk's page, a figure) is filled; a stacked page's box
    // takes its height from the map (national.css: --national-box), which then takes it from its
    // width: its own height there was the map's last, or none (a 768 px tablet got a 300 px map).
    const ownHeight = style.getPropertyValue('--national-box').trim() !== 'content';
    boxH = ownHeight ? container.clientHeight : null;
    const desk = ownHeight ? Math.max(boxH!, 300) : Math.max(300, window.innerHeight * 0.9);
    const h = narrow ? Math.round(w * 1.2) : Math.round(Math.min(Math.max(w * 0.82, 300), desk));
    size = { w, h };
    narrowNow = narrow;
    labelPx = parseFloat(style.getPropertyValue('--map-label-size')) || 13;
    fontFamily = style.fontFamily;
    scale = markScale(labelPx);
    root.style.setProperty('--national-text', scale.text.toFixed(3));
    root.style.setProperty('--national-marks', scale.marks.toFixed(3));
    root.setAttribute('viewBox', `0 0 ${w} ${h}`);
    root.setAttribute('width', String(w));
    root.setAttribute('height', String(h));
    return { w, h, narrow };
  }

  /** Whether the map has been drawn (the first drawing comes in tasks of its own, see update). */
  let drawn = false;
  let firstDrawing: ReturnType<typeof setTimeout> | null = null;

  /** Counts the drawings: the first drawing's later part is dropped when a newer drawing came first. */
  let generation = 0;

  /**
   * @param first the first drawing: its size is the one measured when the view was created, and it
   *   comes in two tasks (the outlines, then the arcs, the places and the inset), each short on a
   *   throttled phone; in one they were the longest task of the view's start.
   */
  function draw(first = false): void {
    if (!state || destroyed) return;
    drawn = true;
    const gen = ++generation;
    const s = state;
    const t = NATIONAL_STRINGS[s.lang];
    const { w, h, narrow } = frameSize(s.lang, !first);
    const pad = Math.max(8, w * 0.02);
    const { text: k, marks: km } = scale;
    // On a phone the source line gets its own row under the inset (beside it, it would run into it).
    const noteRow = narrow ? 16 : 0;
    const sh = (shapes ??= projectAll());
    let layout: MapLayout;
    if (narrow) {
      const insetBox = phoneInset(w, h, noteRow);
      layout = { narrow, inset: insetBox, at: fit(sh.mainBox, [[pad, pad], [w - pad, h - insetBox.h - noteRow - 10]]) };
    } else layout = deskLayout(sh.mainBox, sh.land, w, h, [[pad, pad], [w - pad, h - pad - 16 * k]], deskInset(w));
    const { at } = layout;
    const main = conicAt(at);

    const provinceByCode = new Map([...model.places.values()].filter((p) => p.level === 'province').map((p) => [p.code, p]));
    const provinces = svg('g', { class: 'provinces' });
    for (const f of mainProvinces) {
      const place = provinceByCode.get(f.properties.code);
      const cls = ['province', roleOf(place), place && s.eventPlaces.has(place.id) ? 'is-event' : ''].filter(Boolean).join(' ');
      const p = svg('path', { class: cls, d: pathOf(sh.main.get(f.properties.code)!, at), 'data-code': f.properties.code }, svg('title', {}, s.lang === 'zh' ? f.properties.name_zh : f.properties.name_en));
      provinces.append(p);
    }
    const line = svg('path', { class: 'nine-dash', d: pathOf(sh.mainLine, at), 'data-code': model.geometry.line.properties.code });
    root.removeAttribute('data-labels');
    root.replaceChildren(provinces, line);

    const rest = () => {
      // Arcs: province pairs bend west, city pairs east, so the two families stay apart.
      const arcs = svg('g', { class: 'arcs' });
      const arcCurves: [number, number][][] = [];
      for (const p of model.pairings) arcs.append(arc(p, main, s, t.pairSep, arcCurves));

      const noteY = h - 6 * k;
      const note = svg('text', { class: 'map-note', x: pad, y: noteY }, `${t.schematic} · @esmjs/geo 1.0.0 (DataV) · WGS-84`);
      // The caption's width estimated (never under the drawn width): measuring it made the browser lay the page out in the middle of drawing.
      const insetGroup = inset(layout.inset, s, k, !named);
      const places = [...model.places.values()].map((place) => ({ place, xy: main(place.point) }));
      // The dots now (they carry the arcs); their names in the next task (placeNames).
      const points = svg('g', { class: 'places' });
      const groups = new Map<string, SVGGElement>();
      for (const { place, xy } of places) {
        const ev = s.eventPlaces.has(place.id) ? ' is-event' : '';
        const g = place.level === 'city'
          ? svg('g', { class: `place city ${roleOf(place)}${ev}`, 'data-place': place.id }, svg('circle', { cx: xy[0], cy: xy[1], r: DOT_R * km, 'data-party': place.id }))
          : svg('g', { class: `place province-label ${roleOf(place)}${ev}`, 'data-place': place.id });
        groups.set(place.id, g);
        points.append(g);
      }
      root.append(arcs, points, insetGroup, note);
      const { x: fx, y: fy, w: fw, h: fh } = layout.inset;
      const job: NameJob = {
        gen,
        lang: s.lang, w, h, narrow, dotR: DOT_R * km, places, groups, curves: arcCurves, at, event: s.eventPlaces,
        frame: { minX: fx, minY: fy, maxX: fx + fw, maxY: fy + fh },
        note: { text: note.textContent ?? '', x: pad, y: noteY, px: CAPTION_PX * k },
      };
      // The first drawing is painted before its names are placed, in a task of their own: on a
      // throttled phone the two together were one long task of the page's start. Later drawings
      // (a selection, a language, a new width) place them at once: names that blinked out on every
      // click would be worse than the few milliseconds.
      if (named) {
        pending = null;
        placeNames(job);
      } else afterPaint(job);
    };
    if (!first) return rest();
    setTimeout(() => {
      if (gen === generation && !destroyed) rest();
    }, 0);
  }

  /** Whether a drawing has had its names placed (the first waits for a frame, see draw). */
  let named = false;
  let pending: NameJob | null = null;
  let destroyed = false;
  /**
   * Places the names of `job` after the next frame, in two tasks (measured, then placed and drawn:
   * on a throttled phone the two were one long task), unless a newer drawing came first (it
   * replaces the job). A page in the background gets no frames: there the next task will do.
   */
  function afterPaint(job: NameJob): void {
    const first = !pending;
    pending = job;
    if (!first) return;
    afterNextPaint(() => {
      const next = pending;
      pending = null;
      if (!next || destroyed || next.gen !== generation) return;
      named = true;
      const input = nameInput(next);
      setTimeout(() => {
        if (next.gen === generation && !destroyed) drawNames(next, input);
      }, 0);
    });
  }

  interface NameJob {
    /** The drawing's number (generation): a newer drawing drops this one's names. */
    gen: number;
    lang: Lang;
    w: number;
    h: number;
    narrow: boolean;
    /** The cities' dots' radius in this drawing. */
    dotR: number;
    places: { place: NationalPlaceNode; xy: [number, number] }[];
    groups: Map<string, SVGGElement>;
    curves: [number, number][][];
    /** The mainland's scale and shift: a province's outline at scale 1 (projected.ts) is k·xy + t here. */
    at: { k: number; tx: number; ty: number };
    /** Places of the selected event (their names are bold). */
    event: ReadonlySet<string>;
    /** The inset's frame, known from the layout (not read back from the page). */
    frame: Box;
    /** The source line: its text, where it starts (x, baseline y) and its size; measured with the names. */
    note: { text: string; x: number; y: number; px: number };
  }

  /**
   * The names, measured and then placed by label-placement.ts so that none covers another, a dot,
   * an arc's end, the inset or the source line, at any size and in either language.
   */
  function placeNames(job: NameJob): void {
    drawNames(job, nameInput(job));
  }

  /** The names measured (a canvas, see measure) and what they must keep clear of: placeLabels' input. */
  function nameInput({ lang, w, h, narrow, dotR, places, curves, at: fitted, event, frame, note: line }: NameJob): PlacementInput {
    const m = measure(line.text, line.px, 400);
    const note: Box = { minX: line.x, minY: line.y + m.dy, maxX: line.x + m.width, maxY: line.y + m.dy + m.height };
    // Cities first (their dots carry the arcs), then the provinces; on a phone a province's name is left out where it has no room.
    const ordered = [...places.filter((p) => p.place.level === 'city'), ...places.filter((p) => p.place.level !== 'city')];
    const requests: LabelRequest[] = ordered.map(({ place, xy }) => {
      // The sizes national.css gives the names: a province's 12/13 of a city's, a selected event's bold.
      const m = measure(place.short[lang], place.level === 'city' ? labelPx : (labelPx * 12) / 13, event.has(place.id) ? 700 : 400);
      offsets.set(place.id, m);
      if (place.level === 'city') return { id: place.id, anchor: xy, width: m.width, height: m.height, kind: 'dot', radius: dotR };
      const outline = shapes!.main.get(place.code);
      // A province's name stays inside the province (its box's middle, and most of its width).
      const within = (b: Box) => !outline || [0.5, 0.2, 0.8].every((f) => insideShape(outline, fitted, b.minX + (b.maxX - b.minX) * f, (b.minY + b.maxY) / 2));
      return { id: place.id, anchor: xy, width: m.width, height: m.height, kind: 'area', optional: narrow, within };
    });
    const dot = (x: number, y: number, r: number) => ({ minX: x - r, minY: y - r, maxX: x + r, maxY: y + r });
    const obstacles = [
      ...places.map(({ place, xy }) => ({ ...dot(xy[0], xy[1], place.level === 'city' ? dotR + 2 : 3), owner: place.id })),
      frame,
      note,
    ];
    return { labels: requests, obstacles, soft: curves, bounds: { minX: 2, minY: 2, maxX: w - 2, maxY: h - 2 } };
  }

  /** The names placed (label-placement.ts) and added to their places' groups. */
  function drawNames({ lang, places, groups }: NameJob, input: PlacementInput): void {
    const placed = placeLabels(input);
    const byId = new Map(places.map((p) => [p.place.id, p.place]));
    for (const at of placed) {
      const place = byId.get(at.id)!;
      const g = groups.get(at.id)!;
      const label = labelText(at, place.short[lang], place.id);
      if (at.leader) g.prepend(svg('path', { class: 'leader', 'data-party': place.id, d: `M${at.leader[0].map((v) => v.toFixed(1)).join(',')}L${at.leader[1].map((v) => v.toFixed(1)).join(',')}` }));
      g.append(label);
    }
    // A hook for tests and the figure export: this drawing's names are in.
    root.setAttribute('data-labels', 'placed');
  }

  /**
   * A text's box as the page will draw it, from the font's own measures on a canvas: the advance
   * width (what an SVG text's box spans) and the font's ascent and descent (its height, above and
   * below the baseline). Reading getBBox of texts added to the map made the browser lay the page
   * out in the middle of the names' task; a canvas measures without touching the page.
   */
  function measure(text: string, px: number, weight: number): { width: number; height: number; dx: number; dy: number } {
    ctx ??= document.createElement('canvas').getContext('2d');
    if (!ctx) return { width: textWidth(text, px), height: px * 1.45, dx: 0, dy: -px * 1.16 };
    ctx.font = `${weight} ${px}px ${fontFamily}`;
    const m = ctx.measureText(text);
    return { width: m.width, height: m.fontBoundingBoxAscent + m.fontBoundingBoxDescent, dx: 0, dy: -m.fontBoundingBoxAscent };
  }
  let ctx: CanvasRenderingContext2D | null = null;

  /** Each label's measured box relative to its text position (set in draw). */
  const offsets = new Map<string, { dx: number; dy: number }>();
  function labelText(at: PlacedLabel, text: string, id: string): SVGTextElement {
    const o = offsets.get(id) ?? { dx: 0, dy: 0 };
    return svg('text', { class: 'label', 'data-party': id, x: (at.box.minX - o.dx).toFixed(1), y: (at.box.minY - o.dy).toFixed(1) }, text);
  }

  /**
   * @param k the small type's scale (markScale): the caption's size and leading. A caption wider than the inset goes on two lines.
   * @param later the first drawing draws the window's islands and dashes in a task of its own
   *   (the frame and the caption, which the names keep clear of, come at once).
   */
  function inset({ x, y, w: iw, h: ih }: MapLayout['inset'], s: MapState, k: number, later: boolean): SVGGElement {
    const t = NATIONAL_STRINGS[s.lang];
    const words = t.inset.split(' ');
    const lines = textWidth(t.inset, CAPTION_PX * k) > iw - 12 && words.length > 1
      ? [words.slice(0, Math.ceil(words.length / 2)).join(' '), words.slice(Math.ceil(words.length / 2)).join(' ')]
      : [t.inset];
    const lead = 13 * k;
    const captionH = lead * lines.length + 5;
    const sh = (shapes ??= projectAll());
    // The window's corners at scale 1, fitted as d3's fitExtent fits them.
    const corners = INSET_AREA.coordinates.map(([lon, lat]) => unitXY(lon!, lat!));
    const windowBox = union(corners.map(([cx, cy]) => ({ minX: cx, minY: cy, maxX: cx, maxY: cy })));
    const at = fit(windowBox, [[x + 4, y + 4], [x + iw - 4, y + ih - captionH]]);
    // A nested <svg> is the inset's window: it clips what crosses its edge (a province's outline
    // is drawn whole; only the polygons wholly outside are left out).
    const clip = { minX: x + 1, minY: y + 1, maxX: x + iw - 1, maxY: y + ih - 1 };
    const view = svg('svg', { class: 'inset-window', x: clip.minX, y: clip.minY, width: clip.maxX - clip.minX, height: clip.maxY - clip.minY, viewBox: `${clip.minX} ${clip.minY} ${clip.maxX - clip.minX} ${clip.maxY - clip.minY}` });
    const fill = () => {
      const paths: SVGPathElement[] = [];
      model.geometry.provinces.forEach((f, i) => {
        const d = pathOf(sh.inset[i]!, at, clip);
        if (d) paths.push(svg('path', { class: 'province', d, 'data-code': f.properties.code }));
      });
      paths.push(svg('path', { class: 'nine-dash', d: pathOf(sh.line, at, clip), 'data-code': model.geometry.line.properties.code }));
      view.append(...paths);
    };
    if (!later) fill();
    else
      setTimeout(() => {
        // Unless a newer drawing replaced this one meanwhile.
        if (view.isConnected && !destroyed) fill();
      }, 0);
    const g = svg('g', { class: 'inset', 'data-inset': 'south-china-sea' }, svg('rect', { class: 'inset-frame', x, y, width: iw, height: ih }), view);
    const caption = svg('text', { class: 'inset-caption', x: x + iw - 6, y: y + ih - 6 - lead * (lines.length - 1), 'text-anchor': 'end' });
    lines.forEach((line, i) => caption.append(svg('tspan', { x: x + iw - 6, dy: i ? lead : undefined }, line)));
    g.append(caption);
    return g;
  }

  /** @param curves gets points every ≈ 4 px along the arc (the labels' placement avoids crossing it). */
  function arc(p: NationalPairingNode, proj: Project, s: MapState, sep: string, curves: [number, number][][]): SVGGElement {
    const a = proj(p.a.point)!, b = proj(p.b.point)!;
    const dx = b[0] - a[0], dy = b[1] - a[1];
    const len = Math.hypot(dx, dy) || 1;
    let nx = -dy / len, ny = dx / len;
    if ((p.level === 'city') !== nx > 0) (nx = -nx), (ny = -ny);
    const bend = len * (p.level === 'city' ? 0.18 : 0.22);
    const c = [(a[0] + b[0]) / 2 + nx * bend, (a[1] + b[1]) / 2 + ny * bend];
    const d = `M${a[0].toFixed(1)},${a[1].toFixed(1)}Q${c[0]!.toFixed(1)},${c[1]!.toFixed(1)} ${b[0].toFixed(1)},${b[1].toFixed(1)}`;
    curves.push(quadSamples(a, c as [number, number], b));
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

  // A new width, or a new height of a box that has its own (the timeline strip arriving under
  // the map on a desk took 40 px from it after the view had measured it: the map was drawn 40 px
  // taller than its box and lost its bottom edge, the source line with it). Read here, after the
  // browser's layout, the sizes cost nothing. Before the first drawing (on its way in tasks, see
  // update) only its size is taken again.
  const observer = new ResizeObserver(() => {
    if (container.clientWidth === size.w && (boxH === null || container.clientHeight === boxH)) return;
    if (!drawn) {
      if (state) frameSize(state.lang);
      return;
    }
    draw();
  });
  observer.observe(container);

  return {
    update(next: MapState): void {
      state = next;
      if (drawn) return draw();
      if (firstDrawing !== null) return; // on its way, with the state given last
      // The first drawing, on a throttled phone, in tasks of ≈ 10 ms (at 1× CPU; Lighthouse's
      // mobile preset counts each ×4, and a task over 50 ms blocks) rather than one that blocks
      // the page: the arcs projected, the outlines joined from them (projected.ts), the outlines
      // drawn, the arcs, places and inset (draw), then the names measured and placed (after a
      // frame, see afterPaint). The <svg> takes its size now: nothing under it moves later.
      frameSize(next.lang);
      firstDrawing = setTimeout(() => {
        if (destroyed) return;
        const arcs = projectArcs(model.geometry.topology);
        firstDrawing = setTimeout(() => {
          shapes ??= projectAll(arcs);
          firstDrawing = setTimeout(() => {
            firstDrawing = null;
            if (!drawn) draw(true);
          }, 0);
        }, 0);
      }, 0);
    },
    destroy(): void {
      destroyed = true;
      pending = null;
      if (firstDrawing !== null) clearTimeout(firstDrawing);
      observer.disconnect();
      root.remove();
    },
  };
}

