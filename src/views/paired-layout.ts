// Where everything in the paired view goes: a pure function of (model, width, height,
// language, state), so unit tests check it over a grid of sizes and the embed and the figure
// export reuse it at a column's width. No DOM.
//
// Wide:    Changchun map | Changchun column | links | Tianjin column | Tianjin map
// Stacked: both city maps side by side, then the two columns with the links between them.
// An embed's arrangements ('side', 'compact') are in paired-layout-embed.ts, loaded only in an embed.
// Both columns follow the plan's order (chartGroups), so no two links cross; the maps zoom to
// the selected or hovered places until the smallest is ≥ 24 px across.
import { cityMercator, type CityProjection } from './city-mercator';
import type { Lang } from '../i18n/strings';
import type { Model } from '../model/build-model';
import { chartGroups } from '../model/ordering';
import { hoverParties, selectedParties } from '../model/selection';
import { CITIES, type City, type PairNode, type Party } from '../model/types';
import { placeMapNames, type MapName, type NamePlace } from './map-names';
import { ellipsize, textWidth, wrapText } from './text-width';
import { PAIRED_STRINGS } from './paired-strings';

export type Arrangement = 'wide' | 'stacked' | 'side' | 'compact';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelBox {
  party: Party;
  x: number; // left edge
  y: number; // centre
  width: number;
  height: number;
  /** Height of the tappable area around the box (≥ 44 px in the stacked arrangement). */
  hit: number;
  lines: string[];
  /** Where a leader from the map meets the label (the side facing its map). */
  edgeX: number;
  /** Where links attach (the side facing the other column). */
  linkX: number;
}

/** A zoom of a city map: screen = base projection × k + (x, y). */
export interface ZoomT {
  k: number;
  x: number;
  y: number;
}

export interface CityLayout {
  city: City;
  projection: CityProjection;
  /** The box the map is drawn (and clipped) in. */
  frame: Rect;
  title: { x: number; y: number };
  /** A heading over the city's column of the chart, where the map is not right above it. */
  columnTitle?: { x: number; y: number };
  /** The zoom that shows the active places (identity when nothing is active). */
  focus: ZoomT;
  labels: LabelBox[];
}

export interface LinkLayout {
  pair: PairNode;
  from: Party;
  to: Party;
  /** Start (Changchun column) and end (Tianjin column). */
  ends: [[number, number], [number, number]];
}

export interface PairedLayout {
  arrangement: Arrangement;
  width: number;
  height: number;
  lang: Lang;
  cities: Record<City, CityLayout>;
  links: LinkLayout[];
  /** Places that are selected or hovered: outlined, named and zoomed to. */
  active: Set<string>;
  /**
   * Where the zoom buttons go (top-left corner; a column of `size` px buttons when `vertical`,
   * inside a map's corner in an embed) and the room under the Changchun map (legend).
   */
  controls: { x: number; y: number; width: number; size: number; vertical?: boolean };
  /** Where the "Ctrl + wheel zooms" hint goes; null where there is no room (an embed shows its own overlay). */
  hint: Rect | null;
  spare: Rect | null;
  fontSize: number;
  /**
   * Whether a leader from a label lower than its map's frame turns up the gutter (cityView): where
   * the legend's room, the zoom buttons and the hint lie under the maps. Presenting, with nothing
   * there, leaders stay straight (an elbow ran 3 px from the labels' edge in a projector's narrow gutter).
   */
  elbows: boolean;
}

export interface LayoutState {
  pair: string | null;
  place: string | null;
  /** A project: its zones are the places shown. */
  project?: string | null;
  /** Pairings or parties under the pointer; they win over the selection while they last. */
  hover?: readonly string[];
}

export const MIN_PLACE_PX = 24;
/** Zoom target for the smallest active place, with room to spare over MIN_PLACE_PX. */
const TARGET_PLACE_PX = 30;
const MAX_ZOOM = 40;
export const ZONE_MARK = 6;
export const ZONE_MARK_ACTIVE = 12;
export const TAP = 44;
export const CONTROLS_H = 44;

const LABEL_PAD = { unit: 7, zone: 19 } as const;

type Bounds = [[number, number], [number, number]];

/** Each place measured once in plain Mercator (scale 1, no translation): a fitted map is that × s + t. */
interface RawGeometry {
  city: Record<City, Bounds>;
  bounds: Map<string, Bounds>;
  area: Map<string, number>;
  point: Map<string, [number, number]>;
}
const rawCache = new WeakMap<Model, RawGeometry>();

/** The city maps' projection (src/views/city-mercator.ts: d3's Mercator without clipping or resampling, and without d3-geo). */
export { cityMercator };

/**
 * Shared with the embed's arrangements (paired-layout-embed.ts). The districts' extents and areas
 * in this plain Mercator come with the boundaries (geo/lib/mercator.mjs measures them at build
 * time, and its checks that they are this geometry's): two d3-geo passes over every district
 * were part of the first render's long task on a phone. Only the label points are projected here.
 */
export function raw(model: Model): RawGeometry {
  let r = rawCache.get(model);
  if (r) return r;
  const projection = cityMercator().scale(1).translate([0, 0]);
  r = { city: {} as Record<City, Bounds>, bounds: new Map(), area: new Map(), point: new Map() };
  for (const city of CITIES) {
    // The city's bounds are the union of its districts'.
    let [[x0, y0], [x1, y1]]: Bounds = [[Infinity, Infinity], [-Infinity, -Infinity]];
    for (const p of model.partiesByCity[city]) {
      r.point.set(p.id, projection(p.point)!);
      if (p.properties) {
        const [bx0, by0, bx1, by1] = p.properties.mercator_bounds;
        r.bounds.set(p.id, [[bx0, by0], [bx1, by1]]);
        r.area.set(p.id, p.properties.mercator_area);
        [[x0, y0], [x1, y1]] = [[Math.min(x0, bx0), Math.min(y0, by0)], [Math.max(x1, bx1), Math.max(y1, by1)]];
      }
    }
    r.city[city] = [[x0, y0], [x1, y1]];
  }
  rawCache.set(model, r);
  return r;
}

/** Fits a city into a box, hugging it: the frame keeps the box's top-left corner. */
/** Shared with the embed's arrangements (paired-layout-embed.ts). */
export function fit(model: Model, city: City, box: Rect): { projection: CityProjection; height: number; width: number } {
  const [[x0, y0], [x1, y1]] = raw(model).city[city];
  const s = Math.min(box.width / (x1 - x0), box.height / (y1 - y0));
  const projection = cityMercator().scale(s).translate([box.x - x0 * s, box.y - y0 * s]);
  return { projection, width: (x1 - x0) * s, height: (y1 - y0) * s };
}

/** A fitted projection's scale and translation, to map raw Mercator coordinates. */
function toScreen(projection: CityProjection, [x, y]: [number, number]): [number, number] {
  const s = projection.scale();
  const [tx, ty] = projection.translate();
  return [x * s + tx, y * s + ty];
}

/** Shared with the embed's arrangements (paired-layout-embed.ts). `s`: the type's scale over the desk size (DESK_FONT); the boxes' padding grows with it. */
export function labelWidths(model: Model, city: City, lang: Lang, fontSize: number, s = 1): number {
  return Math.max(...model.partiesByCity[city].map((p) => textWidth(p.short[lang], fontSize) + (LABEL_PAD[p.kind] + 7) * s));
}

/** The active places: the hover while there is one, else the selection. */
export function activeParties(model: Model, state: LayoutState): Set<string> {
  const hover = hoverParties(model, state.hover ?? []);
  return hover.size ? hover : selectedParties(model, state);
}

/** Screen bounds of a place at a zoom (zones: their mark at its drawn size). */
export function placeBounds(model: Model, c: Pick<CityLayout, 'projection'>, party: Party, t: ZoomT, active: boolean): Rect {
  const rb = raw(model).bounds.get(party.id);
  if (rb) {
    const [x0, y0] = toScreen(c.projection, rb[0]);
    const [x1, y1] = toScreen(c.projection, rb[1]);
    return { x: x0 * t.k + t.x, y: y0 * t.k + t.y, width: (x1 - x0) * t.k, height: (y1 - y0) * t.k };
  }
  const [px, py] = toScreen(c.projection, raw(model).point.get(party.id)!);
  const r = active ? ZONE_MARK_ACTIVE : ZONE_MARK;
  return { x: px * t.k + t.x - r, y: py * t.k + t.y - r, width: 2 * r, height: 2 * r };
}

/** Shared with the embed's arrangements (paired-layout-embed.ts). */
export function focusZoom(model: Model, c: Omit<CityLayout, 'focus' | 'labels'>, active: Set<string>): ZoomT {
  const identity = { k: 1, x: 0, y: 0 };
  const parties = model.partiesByCity[c.city].filter((p) => active.has(p.id));
  if (!parties.length) return identity;
  const base = parties.map((p) => ({ p, b: placeBounds(model, c, p, identity, false) }));
  const units = base.filter((e) => e.p.properties);
  // A zone is a point: zoom until the district it lies in is as legible as a selected district.
  const hosts = parties.flatMap((p) => (p.zone ? [model.parties.get(p.zone.pointUnit)!] : []));
  const dims = [...units.map((e) => e.b), ...hosts.map((h) => placeBounds(model, c, h, identity, false))].map((b) => Math.min(b.width, b.height));
  const minDim = dims.length ? Math.min(...dims) : Infinity;
  const union = (list: typeof base) => {
    const x0 = Math.min(...list.map((e) => e.b.x));
    const y0 = Math.min(...list.map((e) => e.b.y));
    return { x0, y0, x1: Math.max(...list.map((e) => e.b.x + e.b.width)), y1: Math.max(...list.map((e) => e.b.y + e.b.height)) };
  };
  const u = union(base);
  const m = 10; // a little room around the places (names go beside a mark near the edge)
  const f = c.frame;
  const kFit = Math.min((f.width - 2 * m) / Math.max(1, u.x1 - u.x0), (f.height - 2 * m) / Math.max(1, u.y1 - u.y0));
  // As little zoom as makes the smallest place TARGET_PLACE_PX, down to MIN_PLACE_PX if that
  // keeps all the places in the frame: the more of the city around them, the better.
  const kMin = Math.max(1, (MIN_PLACE_PX + 1) / minDim);
  const kTarget = Math.max(1, TARGET_PLACE_PX / minDim);
  const k = Math.min(MAX_ZOOM, Math.min(kTarget, Math.max(kMin, kFit)));
  // Centre on all the places if they fit at that zoom, else on the districts that need it.
  const centreOn = k <= kFit || !units.length ? u : union(units);
  const cx = (centreOn.x0 + centreOn.x1) / 2;
  const cy = (centreOn.y0 + centreOn.y1) / 2;
  let x = f.x + f.width / 2 - k * cx;
  let y = f.y + f.height / 2 - k * cy;
  // Keep the city filling the frame: no empty margin where the map could show more of it.
  const [bx0, by0] = toScreen(c.projection, raw(model).city[c.city][0]);
  const [bx1, by1] = toScreen(c.projection, raw(model).city[c.city][1]);
  const clamp = (v: number, lo: number, hi: number) => (lo <= hi ? Math.min(hi, Math.max(lo, v)) : (lo + hi) / 2);
  x = clamp(x, f.x + f.width - k * bx1, f.x - k * bx0);
  y = clamp(y, f.y + f.height - k * by1, f.y - k * by0);
  return { k, x, y };
}

/** Shared with the embed's arrangements (paired-layout-embed.ts). */
export function placeLabels(model: Model, city: City, lang: Lang, rowY: (row: number) => number, x: number, width: number, fontSize: number, boxH: (lines: number) => number, hit: number, mapSide: 'left' | 'right' | 'none', maxLines = 2, s = 1): LabelBox[] {
  const out: LabelBox[] = [];
  let row = 0;
  for (const g of chartGroups(model)) {
    const parties = g[city];
    parties.forEach((party, i) => {
      // A side with fewer parties than the group's rows sits centred against the other side.
      const centre = row + (g.rows - parties.length) / 2 + i;
      const room = width - (LABEL_PAD[party.kind] + 7) * s;
      const lines = wrapText(party.short[lang], fontSize, room, maxLines) ?? [ellipsize(party.short[lang], fontSize, room)];
      const y = rowY(centre);
      out.push({
        party, x, y, width, height: boxH(lines.length), hit, lines,
        edgeX: mapSide === 'left' ? x : mapSide === 'right' ? x + width : x,
        linkX: city === 'changchun' ? x + width : x,
      });
    });
    row += g.rows;
  }
  return out;
}

/** Shared with the embed's arrangements (paired-layout-embed.ts). */
export function totalRows(model: Model): number {
  return chartGroups(model).reduce((n, g) => n + g.rows, 0);
}

/** Shared with the embed's arrangements (paired-layout-embed.ts). */
export function linksOf(model: Model, cities: Record<City, CityLayout>): LinkLayout[] {
  const boxOf = new Map<string, LabelBox>();
  for (const city of CITIES) for (const b of cities[city].labels) boxOf.set(b.party.id, b);
  return model.pairs.flatMap((pair) =>
    pair.links.map(({ from, to }) => {
      const a = boxOf.get(from.id)!;
      const b = boxOf.get(to.id)!;
      return { pair, from, to, ends: [[a.linkX, a.y], [b.linkX, b.y]] as [[number, number], [number, number]] };
    }),
  );
}

export interface LayoutInput {
  width: number;
  height: number;
  lang: Lang;
  state: LayoutState;
  /**
   * The labels' type size in px: DESK_FONT at reading distance; a projector asks for more (about
   * 1/45 of the screen's height). The side-by-side arrangement takes the largest size up to this
   * that still fits it; the stacked one (a phone) keeps the desk size.
   */
  fontSize?: number;
  /** Pointed at with a finger (a coarse pointer): an embed's zoom buttons are then TAP px, not its small mouse size. */
  touch?: boolean;
  /** Presenting: nothing lies under the maps (present.css hides the legend and the hint and puts the zoom buttons in the box's corner). */
  presenting?: boolean;
}

/** The labels' type size at reading distance. */
export const DESK_FONT = 13;

export function layoutPaired(model: Model, { width, height, lang, state, fontSize = DESK_FONT, presenting = false }: LayoutInput): PairedLayout {
  const active = activeParties(model, state);
  // A larger type is worth tighter spacing: on a 1024×768 projector the English names' columns
  // left the maps under 140 px at any size over the desk's, and the room read 13 px names.
  for (let f = Math.max(DESK_FONT, Math.floor(fontSize)); f > DESK_FONT; f--) {
    const wide = layoutWide(model, width, height, lang, active, f) ?? layoutWide(model, width, height, lang, active, f, TIGHT);
    if (wide) return { ...wide, elbows: !presenting };
  }
  const wide = layoutWide(model, width, height, lang, active, DESK_FONT);
  return wide ? { ...wide, elbows: !presenting } : layoutStacked(model, width, lang, active);
}

const PAD = 12;
const TOP = 34;
/** The zoom hint's type and line (styles.css .zoom-hint: 12 px, line-height 1.35), its gap before the buttons, and the room two lines need under them past the page's padding. */
const HINT_FONT = 12;
const HINT_LINE = 17;
const HINT_GAP = 16;
const HINT_BELOW = 2 * HINT_LINE - 6;

/** The room between the parts of the side-by-side arrangement: the links' corridor, the gap between a map and its column, the narrowest map. */
interface Spacing {
  corridor: (width: number) => number;
  gap: number;
  minMap: number;
}
const ROOMY: Spacing = { corridor: (w) => Math.round(Math.min(160, Math.max(56, w * 0.09))), gap: 16, minMap: 140 };
/** For a larger type that does not fit ROOMY: links as steep as still read (they never cross: the columns keep the plan's order), maps down to 120 px. */
const TIGHT: Spacing = { corridor: (w) => Math.round(Math.max(40, w * 0.06)), gap: 10, minMap: 120 };

/**
 * The side-by-side arrangement, or null if it does not fit (maps under `spacing.minMap` px, rows
 * too low for the type: 24 px at the desk size). Everything that frames the type (rows, boxes,
 * the title's band) grows with `fontSize`; the maps take what is left.
 */
function layoutWide(model: Model, width: number, height: number, lang: Lang, active: Set<string>, fontSize = DESK_FONT, spacing = ROOMY): PairedLayout | null {
  const s = fontSize / DESK_FONT;
  const top = Math.round(TOP * s);
  const colW = { changchun: labelWidths(model, 'changchun', lang, fontSize, s), tianjin: labelWidths(model, 'tianjin', lang, fontSize, s) };
  const corridor = spacing.corridor(width);
  const gap = spacing.gap;
  const mapW = Math.floor((width - 2 * PAD - colW.changchun - colW.tianjin - corridor - 2 * gap) / 2);
  const rows = totalRows(model);
  const pitch = Math.min(32 * s, (height - top - PAD) / rows);
  if (mapW < spacing.minMap || pitch < Math.max(24, fontSize * 1.5)) return null;
  const boxH = Math.min(Math.round(24 * s), Math.floor(pitch - 2));
  const ccColX = PAD + mapW + gap;
  const tjColX = width - PAD - mapW - gap - colW.tianjin;
  const rowY = (r: number) => top + pitch * r + pitch / 2;
  // The zoom hint (12 px type, styles.css) on the buttons' row where the Tianjin map leaves it room
  // (a 2,560 px screen), else under them, in room taken off the maps' height: it was set under
  // the buttons at any height and ran up to a line past the bottom of the map's box.
  const hintW = Math.max(textWidth(PAIRED_STRINGS[lang].hintWheel, HINT_FONT), textWidth(PAIRED_STRINGS[lang].hintTouch, HINT_FONT));
  const hintBeside = mapW - 3 * TAP - 8 - HINT_GAP >= hintW;
  const mapH = height - top - PAD - CONTROLS_H - 8 - (hintBeside ? 0 : HINT_BELOW);
  const cities = {} as Record<City, CityLayout>;
  for (const city of CITIES) {
    const x = city === 'changchun' ? PAD : width - PAD - mapW;
    const fitted = fit(model, city, { x, y: top, width: mapW, height: mapH });
    // Centre the map in its column's width if it came out narrower (a tall city in a wide box).
    const dx = (mapW - fitted.width) / 2;
    fitted.projection.translate([fitted.projection.translate()[0] + dx, fitted.projection.translate()[1]]);
    const frame = { x, y: top, width: mapW, height: Math.ceil(fitted.height) };
    const base = { city, projection: fitted.projection, frame, title: { x: x + mapW / 2, y: top - Math.round(12 * s) } };
    const colX = city === 'changchun' ? ccColX : tjColX;
    cities[city] = {
      ...base,
      focus: focusZoom(model, base, active),
      labels: placeLabels(model, city, lang, rowY, colX, colW[city], fontSize, () => boxH, boxH, city === 'changchun' ? 'left' : 'right', 2, s),
    };
  }
  const cc = cities.changchun.frame;
  const tj = cities.tianjin.frame;
  const spareY = cc.y + cc.height + 12;
  return {
    arrangement: 'wide',
    width,
    height,
    lang,
    cities,
    links: linksOf(model, cities),
    active,
    controls: { x: tj.x + tj.width - 3 * TAP - 8, y: tj.y + tj.height + 8, width: 3 * TAP + 8, size: TAP },
    hint: hintBeside
      ? { x: tj.x, y: tj.y + tj.height + 8 + (CONTROLS_H - HINT_LINE) / 2, width: tj.width - 3 * TAP - 8 - HINT_GAP, height: 0 }
      : { x: tj.x, y: tj.y + tj.height + 58, width: tj.width, height: 0 },
    spare: height - spareY - PAD >= 250 && mapW >= 200 ? { x: PAD, y: spareY, width: mapW, height: height - spareY - PAD } : null,
    fontSize,
    elbows: true,
  };
}

/** Narrow screens: both maps side by side on top, the chart under them with rows a thumb can hit. */
function layoutStacked(model: Model, width: number, lang: Lang, active: Set<string>): PairedLayout {
  const pad = width < 340 ? 6 : width < 400 ? 8 : PAD;
  const fontSize = DESK_FONT;
  const mapW = Math.floor((width - 3 * pad) / 2);
  const mapBoxH = Math.round(Math.min(320, mapW * 1.15));
  const corridorMin = 36;
  const colW = Math.floor(Math.min(Math.max(labelWidths(model, 'changchun', lang, fontSize), labelWidths(model, 'tianjin', lang, fontSize)), (width - 2 * pad - corridorMin) / 2));
  const cities = {} as Record<City, CityLayout>;
  let mapsBottom = 0;
  const fits = CITIES.map((city) => {
    const x = city === 'changchun' ? pad : width - pad - mapW;
    return { city, x, fitted: fit(model, city, { x, y: TOP, width: mapW, height: mapBoxH }) };
  });
  const frameH = Math.ceil(Math.max(...fits.map((f) => f.fitted.height)));
  mapsBottom = TOP + frameH;
  const controlsY = mapsBottom + 6;
  const chartTop = controlsY + CONTROLS_H + 10;
  const pitch = TAP;
  const rowY = (r: number) => chartTop + pitch * r + pitch / 2;
  for (const { city, x, fitted } of fits) {
    const dx = (mapW - fitted.width) / 2;
    const dy = (frameH - fitted.height) / 2;
    fitted.projection.translate([fitted.projection.translate()[0] + dx, fitted.projection.translate()[1] + dy]);
    const frame = { x, y: TOP, width: mapW, height: frameH };
    const base = { city, projection: fitted.projection, frame, title: { x: x + mapW / 2, y: TOP - 10 } };
    const colX = city === 'changchun' ? pad : width - pad - colW;
    cities[city] = {
      ...base,
      focus: focusZoom(model, base, active),
      labels: placeLabels(model, city, lang, rowY, colX, colW, fontSize, (n) => (n > 1 ? 38 : 30), TAP, 'none'),
    };
  }
  return {
    arrangement: 'stacked',
    width,
    height: chartTop + pitch * totalRows(model) + pad,
    lang,
    cities,
    links: linksOf(model, cities),
    active,
    controls: { x: width - pad - 3 * TAP - 8, y: controlsY, width: 3 * TAP + 8, size: TAP },
    hint: { x: pad, y: controlsY, width: width - 2 * pad - 3 * TAP - 16, height: CONTROLS_H },
    spare: null,
    fontSize,
    elbows: false,
  };
}

/** The curve of a link: leaves and enters its columns horizontally. */
export function linkPath(l: LinkLayout): string {
  const [[x1, y1], [x2, y2]] = l.ends;
  const mx = (x1 + x2) / 2;
  return `M${x1.toFixed(1)},${y1.toFixed(1)}C${mx.toFixed(1)},${y1.toFixed(1)} ${mx.toFixed(1)},${y2.toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`;
}

export interface Leader {
  party: Party;
  /** At the label's edge. */
  from: [number, number];
  /** The bends between, if any (see cityView). */
  via: [number, number][];
  /** At the place. */
  to: [number, number];
}

/** A leader as the straight segments it is drawn with. */
export const leaderSegments = (l: Leader): [[number, number], [number, number]][] => {
  const points = [l.from, ...l.via, l.to];
  return points.slice(1).map((p, i) => [points[i]!, p]);
};

export interface CityView {
  names: MapName[];
  /** Leaders from the active labels to their places: all from one point, so they cannot cross. */
  leaders: Leader[];
  /** Where each zone's mark is drawn, and its half-size. */
  marks: { party: Party; x: number; y: number; r: number; hidden: boolean }[];
}

const box = (r: Rect) => ({ minX: r.x, minY: r.y, maxX: r.x + r.width, maxY: r.y + r.height });

/** What a city map shows at a zoom: its names, zone marks and the active pair's leaders. */
export function cityView(model: Model, layout: PairedLayout, city: City, t: ZoomT): CityView {
  const c = layout.cities[city];
  const r = raw(model);
  const s2 = c.projection.scale() ** 2;
  const f = c.frame;
  const within = ([x, y]: [number, number]) => x >= f.x && x <= f.x + f.width && y >= f.y && y <= f.y + f.height;
  const parties = c.labels.map((b) => b.party);
  const at = (p: Party): [number, number] => {
    const [x, y] = toScreen(c.projection, r.point.get(p.id)!);
    return [x * t.k + t.x, y * t.k + t.y];
  };
  // Zone marks grow with the type (a projector's labels are larger).
  const s = layout.fontSize / DESK_FONT;
  const markR = (p: Party) => (layout.active.has(p.id) ? ZONE_MARK_ACTIVE : ZONE_MARK) * s;
  const marks = parties.filter((p) => p.kind === 'zone').map((p) => {
    const [x, y] = at(p);
    return { party: p, x, y, r: markR(p), hidden: false };
  });
  const near = ([x, y]: [number, number], m: number) => x >= f.x - m && x <= f.x + f.width + m && y >= f.y - m && y <= f.y + f.height + m;
  const places: NamePlace[] = parties
    .filter((p) => near(at(p), p.kind === 'zone' ? ZONE_MARK_ACTIVE * s : 0) || layout.active.has(p.id))
    .map((p) => ({
      party: p,
      at: at(p),
      mark: p.kind === 'zone' ? markR(p) : 0,
      area: (r.area.get(p.id) ?? 0) * s2 * t.k * t.k,
      obstacleOnly: !within(at(p)) && !layout.active.has(p.id),
      bounds: p.kind !== 'zone' && layout.active.has(p.id) ? box(placeBounds(model, c, p, t, true)) : undefined,
    }));
  // The leaders first: the names of the places they pass keep off them.
  let leaders: Leader[] = [];
  if (layout.arrangement === 'wide') {
    const boxes = c.labels.filter((b) => layout.active.has(b.party.id) && within(at(b.party)));
    if (boxes.length) {
      const y = boxes.reduce((s, b) => s + b.y, 0) / boxes.length;
      const from: [number, number] = [boxes[0]!.edgeX, y];
      // A label lower than the map's frame: straight to its place, the leader ran up across what
      // lies under the map (the legend's words under Changchun's, the zoom buttons and hint under
      // Tianjin's). It runs up the gutter between the column and the map instead, as an elbow, and
      // turns into the map at its bottom edge; the places' lines fan out from there, so they never cross.
      const bottom = f.y + f.height;
      let gutter = city === 'changchun' ? (from[0] + f.x + f.width) / 2 : (from[0] + f.x) / 2;
      // Under a larger type the zoom buttons can be wider than the Tianjin map and reach into the
      // gutter (a 1024×768 projector in English): the trunk keeps left of them, or, with no room
      // left, the leader stays straight (presenting moves the buttons to the box's bottom corner).
      if (city === 'tianjin') gutter = Math.min(gutter, (from[0] + layout.controls.x) / 2);
      // Only where a straight line would pass under the frame: a label just below it (朝阳区 at
      // 1280×800) keeps a straight leader rather than a hook a few pixels tall.
      const edge = city === 'changchun' ? f.x + f.width : f.x;
      const under = boxes.some((b) => {
        const [tx, ty] = at(b.party);
        return from[1] + ((ty - from[1]) * (edge - from[0])) / (tx - from[0] || 1e-9) > bottom + 6;
      });
      const elbow = layout.elbows && under && (city === 'changchun' || gutter - from[0] >= 3);
      const via: [number, number][] = elbow ? [[gutter, y], [gutter, bottom]] : [];
      leaders = boxes.map((b) => ({ party: b.party, from, via, to: at(b.party) }));
    }
  }
  const names = placeMapNames(places, f, layout.lang, layout.active, s, leaders.flatMap(leaderSegments));
  // An unselected zone's mark under a selected place's name gives way to the name.
  for (const m of marks) {
    if (layout.active.has(m.party.id)) continue;
    m.hidden = names.some((n) => n.active && n.box.minX < m.x + m.r && n.box.maxX > m.x - m.r && n.box.minY < m.y + m.r && n.box.maxY > m.y - m.r);
  }
  return { names, leaders, marks };
}
