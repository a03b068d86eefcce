// The geographic view's labels as one list with a priority each, for deck.gl's
// CollisionFilterExtension: where two would overlap, the GPU keeps the one of higher priority
// (selected and hovered places, then the two city names, then districts and zones, then provinces).
// One list, one TextLayer: the filter compares picking colours, which repeat across layers.
// Pure: no DOM, no WebGL.
import type { Lang } from '../i18n/strings';
import type { Party } from '../model/types';
import type { ProvinceProperties } from './region';
import type { RGB } from './colors';

export type LabelKind = 'selected' | 'hovered' | 'city' | 'party' | 'province';

export interface GeoLabel {
  /** A party's id, `city:<city>` or `province:<code>`. */
  id: string;
  kind: LabelKind;
  text: string;
  position: [number, number];
  /** −1000…1000, higher wins (deck.gl's getCollisionPriority range). */
  priority: number;
  size: number;
  color: RGB;
  /** Background and border; a province name has neither (it is the land's own lettering). */
  background: [number, number, number, number];
  border: [number, number, number, number];
  /** Pixels: a city's name sits above its point, a zone's right of its dot (see offsetAbove). */
  offset: [number, number];
  /** Where the text is: centred on its point, or (a zone's name) right of its dot, or left of it near the map's right edge. */
  anchor: 'middle' | 'start' | 'end';
  party?: Party;
}

/** A label's box around its text (px), and the larger box each label claims in the collision map. */
/** The labels' font (deck.gl lays them out in it; webgl-view.ts measures their widths in it). */
export const FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export const LABEL_PADDING: [number, number] = [4, 1];
export const COLLISION_PADDING: [number, number] = [34, 12];

/**
 * The desk's district label size (px). Presenting asks for larger type through `--map-label-size`
 * (1/45 of the screen's height): every size, padding, offset and gap grows by `asked / DESK_SIZE`,
 * so the labels read across a room and claim room in the collision map to match.
 */
export const DESK_SIZE = 13;
export const labelScale = (asked: number): number => (Number.isFinite(asked) && asked > DESK_SIZE ? asked / DESK_SIZE : 1);
const times = ([x, y]: [number, number], k: number): [number, number] => [x * k, y * k];
export const labelPadding = (scale = 1): [number, number] => times(LABEL_PADDING, scale);
/**
 * The filter hides a label only if a higher one's box (with this padding) covers its anchor, so the
 * side padding must reach past half the longest name a neighbour may have: English names run
 * longer than Chinese ones. (Padding alone never parted two labels of equal priority: see untie.)
 */
export const collisionPadding = (scale = 1, lang: Lang = 'zh'): [number, number] => times([lang === 'en' ? 46 : COLLISION_PADDING[0], COLLISION_PADDING[1]], scale);

/**
 * The filter shows a label only where its own box in the collision map covers its anchor (it
 * samples 5×5 px there, deck.gl#8104): a label moved off its point by a pixel offset larger than
 * that box has no anchor of its own and is never shown (the city names, 26 px above their points,
 * never were). So a city name sits only as high above its point as keeps 4 px of its box below
 * the point, and a zone's name goes right of its dot, where the box's side padding covers the dot.
 */
export function offsetAbove(size: number, scale = 1): [number, number] {
  return [0, -(size / 2 + (COLLISION_PADDING[1] - 4) * scale)];
}
export const ZONE_GAP = 9;

export const PRIORITY: Record<LabelKind, number> = { selected: 1000, hovered: 900, city: 800, party: 300, province: 0 };

/** Below this zoom districts are specks: only the selection, the hover, cities and provinces are named. */
export const ALL_LABELS_ZOOM = 7.5;

export interface LabelInput {
  lang: Lang;
  zoom: number;
  parties: Party[];
  chosen: Set<string>;
  hovered: Set<string>;
  cities: { id: string; text: string; position: [number, number]; color: RGB }[];
  provinces: ProvinceProperties[];
  cityColor: Record<string, RGB>;
  ink: RGB;
  /** Type scale (labelScale): 1 at the desk, about 1.85 on a 1080-line projector. */
  scale?: number;
  /** Zones whose name goes left of the dot: on the right it would run off the map (see zonesAtRightEdge). */
  leftOfDot?: Set<string>;
}

export function buildLabels(input: LabelInput): GeoLabel[] {
  const { lang, zoom, chosen, hovered } = input;
  const k = input.scale ?? 1;
  const labels: GeoLabel[] = [];
  for (const p of input.parties) {
    const isChosen = chosen.has(p.id);
    const isHovered = hovered.has(p.id);
    if (!isChosen && !isHovered && zoom < ALL_LABELS_ZOOM) continue;
    const kind: LabelKind = isChosen ? 'selected' : isHovered ? 'hovered' : 'party';
    const cityColor = input.cityColor[p.city]!;
    labels.push({
      id: p.id,
      kind,
      text: p.short[lang],
      position: p.point,
      // Among districts, the paired ones first, then the larger (its name has room to show).
      priority: PRIORITY[kind] + (kind === 'party' ? (p.pairs.length ? 50 : 0) + (p.kind === 'unit' ? 20 : 0) : 0),
      size: (isChosen ? 15 : DESK_SIZE) * k,
      color: isChosen ? input.ink : [60, 68, 78],
      background: isChosen ? [255, 255, 255, 250] : [255, 255, 255, 215],
      border: [...cityColor, isChosen ? 255 : 0],
      offset: p.kind === 'zone' ? [(input.leftOfDot?.has(p.id) ? -ZONE_GAP : ZONE_GAP) * k, 0] : [0, 0],
      anchor: p.kind === 'zone' ? (input.leftOfDot?.has(p.id) ? 'end' : 'start') : 'middle',
      party: p,
    });
  }
  if (zoom < ALL_LABELS_ZOOM + 1) {
    // A city's name stands above its point, so its anchor is at its box's foot and the filter
    // cannot see a label just above that overlaps its letters; the labels that outrank it (a
    // selected or hovered place of that city, named in full beside the inset titled with the
    // city) would then lie on it. So while one of its places is named so, the city's name waits.
    const named = new Set<string>(labels.flatMap((l) => (l.kind !== 'party' && l.party ? [l.party.city] : [])));
    for (const c of input.cities) {
      if (named.has(c.id)) continue;
      labels.push({ id: `city:${c.id}`, kind: 'city', text: c.text, position: c.position, priority: PRIORITY.city, size: 20 * k, color: c.color, background: [255, 255, 255, 225], border: [0, 0, 0, 0], offset: offsetAbove(20 * k, k), anchor: 'middle' });
    }
  }
  if (zoom < ALL_LABELS_ZOOM) {
    for (const p of input.provinces) {
      const name = lang === 'zh' ? p.name_zh : p.name_en;
      // A municipality is its city (天津市 is Tianjin): the city's own name says it, and the
      // province's lettering under it read as a second, stacked label ("天津 / 天津市").
      if (input.cities.some((c) => name.startsWith(c.text))) continue;
      labels.push({ id: `province:${p.code}`, kind: 'province', text: name, position: p.label, priority: PRIORITY.province, size: 12 * k, color: [120, 110, 100], background: [0, 0, 0, 0], border: [0, 0, 0, 0], offset: [0, 0], anchor: 'middle' });
    }
  }
  return untie(labels);
}

/**
 * The zones whose name, right of its dot, would run past the map's right edge (less `margin`):
 * they go left of the dot instead ("Dongjiang Port Zone" at zoom 9.5 over Tianjin was cut off).
 * `x` is a label's anchor on the screen and `width` its text's width, both px.
 */
export function zonesAtRightEdge(labels: GeoLabel[], x: (l: GeoLabel) => number, width: (l: GeoLabel) => number, mapWidth: number, scale = 1, margin = 4): Set<string> {
  const out = new Set<string>();
  for (const l of labels) {
    if (l.party?.kind !== 'zone') continue;
    const right = x(l) + ZONE_GAP * scale + width(l) + LABEL_PADDING[0] * scale;
    if (right > mapWidth - margin) out.add(l.id);
  }
  return out;
}

/** A box on the screen, px: left, top, right, bottom. */
export type ScreenRect = [left: number, top: number, right: number, bottom: number];

/**
 * The labels that would lie on something drawn over the map (the selection's insets, HTML over
 * the canvas): deck.gl's collision filter knows only the labels, so a province's name went half
 * under the Changchun inset presenting at 1024×768 (黑龙江). Their boxes are worked out as drawn —
 * the text's width, its size, the anchor and offset, the label's padding — plus `margin`; `x`/`y`
 * give a label's anchor on the screen, `width` its text's width (px).
 */
export function labelsUnder(
  labels: GeoLabel[],
  at: (l: GeoLabel) => [number, number],
  width: (l: GeoLabel) => number,
  obstacles: ScreenRect[],
  scale = 1,
  margin = 4,
): Set<string> {
  const out = new Set<string>();
  if (!obstacles.length) return out;
  const [px, py] = labelPadding(scale);
  for (const l of labels) {
    const [ax, ay] = at(l);
    const w = width(l);
    const x = ax + l.offset[0];
    const left = l.anchor === 'start' ? x : l.anchor === 'end' ? x - w : x - w / 2;
    const cy = ay + l.offset[1];
    const box: ScreenRect = [left - px - margin, cy - l.size / 2 - py - margin, left + w + px + margin, cy + l.size / 2 + py + margin];
    if (obstacles.some((o) => box[0] < o[2] && box[2] > o[0] && box[1] < o[3] && box[3] > o[1])) out.add(l.id);
  }
  return out;
}

/** How far below its class a label may be put to break a tie (less than the gap between any two classes). */
export const TIE_SPAN = 10;

/**
 * No two labels share a priority. deck.gl's collision pass draws each label's padded box and then
 * its letters, with a depth test on the priority (less-or-equal): between two labels of the same
 * priority the letters, drawn last, give each label its own anchor back, so both stay shown over
 * each other (Heping × Nankai at zoom 9.5, both paired districts; the text layer's polygon offset
 * is off for the same reason, webgl-view.ts). Among
 * equals the larger place keeps its name; each step is a few depth units of deck.gl's 16-bit
 * collision depth buffer (priority range ±1000 over 65,536 steps), and it stays inside its class.
 */
function untie(labels: GeoLabel[]): GeoLabel[] {
  const groups = new Map<number, GeoLabel[]>();
  for (const l of labels) groups.set(l.priority, [...(groups.get(l.priority) ?? []), l]);
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const ranked = [...group].sort((a, b) => room(b) - room(a) || (a.id < b.id ? -1 : 1));
    ranked.forEach((l, i) => (l.priority -= (i / ranked.length) * TIE_SPAN));
  }
  return labels;
}

/** A place's extent (its outline's box, square degrees): zones and provinces have none here, and keep their order by id. */
function room(label: GeoLabel): number {
  const g = label.party?.feature?.geometry;
  if (!g) return 0;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const poly of polys)
    for (const [x, y] of poly[0]!) {
      [w, s, e, n] = [Math.min(w, x!), Math.min(s, y!), Math.max(e, x!), Math.max(n, y!)];
    }
  return (e - w) * (n - s);
}
