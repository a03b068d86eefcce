// Names written on the city maps themselves, placed without collisions: selected places first,
// then the paired districts by size, then the zones; a name that would touch another name, a
// zone mark or the frame's edge tries a few nearby spots and is dropped if none is free
// (rbush finds the collisions). Pure geometry.
import RBush from 'rbush';
import type { Lang } from '../i18n/strings';
import type { Party } from '../model/types';
import { textWidth } from './text-width';

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface MapName {
  party: Party;
  text: string;
  /** Anchor point of the text (its middle, start or end; y is the text's centre line). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  size: number;
  active: boolean;
  box: Box;
  /** The text as drawn: one line, or two for a long selected name on a small map. */
  lines: string[];
  lineHeight: number;
  /** The place lies outside the map's frame; the name at the edge points to it. */
  offFrame?: boolean;
}

const ARROWS = ['→', '↘', '↓', '↙', '←', '↖', '↑', '↗'];

function offFrame([x, y]: [number, number], f: { x: number; y: number; width: number; height: number }): { at: [number, number]; arrow: string } | null {
  if (x >= f.x && x <= f.x + f.width && y >= f.y && y <= f.y + f.height) return null;
  const cx = f.x + f.width / 2;
  const cy = f.y + f.height / 2;
  const angle = Math.atan2(y - cy, x - cx);
  const arrow = ARROWS[((Math.round(angle / (Math.PI / 4)) % 8) + 8) % 8]!;
  return { at: [Math.min(Math.max(x, f.x), f.x + f.width), Math.min(Math.max(y, f.y), f.y + f.height)], arrow };
}

function splitInTwo(text: string): string[] {
  const words = text.split(' ');
  let best = [text];
  let bestW = Infinity;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    const b = words.slice(i).join(' ');
    const w = Math.max(a.length, b.length);
    if (w < bestW) [best, bestW] = [[a, b], w];
  }
  return best;
}

/** Where a name may go, best first: on a district's label point or beside a zone's mark. */
function spots(p: NamePlace, w: number, h: number): [number, number, 'start' | 'middle' | 'end'][] {
  const [x, y] = p.at;
  if (p.mark) {
    const g = p.mark + 3;
    const out: [number, number, 'start' | 'middle' | 'end'][] = [];
    for (const d of [0, 1, 2.5, 4, 6, 9]) {
      const dx = g + d * 6;
      const dy = g + h / 2 + d * 6;
      out.push([x + dx, y, 'start'], [x - dx, y, 'end'], [x, y - dy, 'middle'], [x, y + dy, 'middle'], [x + dx, y - dy, 'start'], [x + dx, y + dy, 'start'], [x - dx, y - dy, 'end'], [x - dx, y + dy, 'end']);
    }
    return out;
  }
  return [[x, y, 'middle'], [x, y - h, 'middle'], [x, y + h, 'middle'], [x + w / 2, y, 'start'], [x - w / 2, y, 'end'], [x, y - 2 * h, 'middle'], [x, y + 2 * h, 'middle']];
}

export interface NamePlace {
  party: Party;
  /** Screen position of the place's label point or zone mark. */
  at: [number, number];
  /** Half the zone mark's size (0 for a district). */
  mark: number;
  /** Drawn area in px² (districts), for priority. */
  area: number;
  /** A zone whose mark shows at the frame's edge though its point is outside: avoided, not named. */
  obstacleOnly?: boolean;
  /** A selected district's outline on screen: a name that would cover much of it goes beside it. */
  bounds?: Box;
}

/**
 * Spots beside a selected district, clear of its outline: right, left, above, below. Written on the
 * place, a name wider than the place hid what it names (朝阳区, a narrow strip on the 1280×800 map,
 * under its own name).
 */
function besideSpots(at: [number, number], b: Box, h: number): [number, number, 'start' | 'middle' | 'end'][] {
  const cx = (b.minX + b.maxX) / 2;
  const g = 4;
  const out: [number, number, 'start' | 'middle' | 'end'][] = [];
  // Level with the place's label point, else a line or two up or down its side.
  for (const d of [0, 1, -1, 2, -2]) {
    const y = Math.min(Math.max(at[1] + d * h, b.minY + h / 2), b.maxY - h / 2);
    out.push([b.maxX + g, y, 'start'], [b.minX - g, y, 'end']);
  }
  out.push([cx, b.minY - g - h / 2, 'middle'], [cx, b.maxY + g + h / 2, 'middle']);
  return out;
}

export const NAME_SIZE = { zh: 12, en: 11 } as const;
export const ACTIVE_NAME_SIZE = 13;
/** A line's height as the browser measures text (the CJK font's ascent + descent), so boxes that do not touch here do not touch on screen. */
const LINE = 1.5;

/**
 * `scale`: the type's size over the desk size (a projector's labels are larger, src/views/paired-layout.ts).
 * `lines`: the selection's leader lines. The other places' names keep off them: a leader running
 * through "Nanguan" on its way to 净月 read as Nanguan's own line (1280×800, 净月 selected).
 */
export function placeMapNames(places: NamePlace[], frame: { x: number; y: number; width: number; height: number }, lang: Lang, active: ReadonlySet<string>, scale = 1, lines: [[number, number], [number, number]][] = []): MapName[] {
  const nameSize = NAME_SIZE[lang] * scale;
  // Zone marks are obstacles for every name but their own; a selected place's name only avoids
  // the selected marks (the view hides an unselected mark it covers).
  const tree = new RBush<Box>();
  const activeTree = new RBush<Box>();
  const marks = new Map<string, Box>();
  for (const p of places) {
    if (!p.mark) continue;
    const m = { minX: p.at[0] - p.mark, minY: p.at[1] - p.mark, maxX: p.at[0] + p.mark, maxY: p.at[1] + p.mark };
    marks.set(p.party.id, m);
    tree.insert(m);
    if (active.has(p.party.id)) activeTree.insert(m);
  }
  // Each leader goes into the tree as small boxes every 4 px along it.
  for (const [[x1, y1], [x2, y2]] of lines)
    for (let i = 0, n = Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 4) || 1; i <= n; i++) {
      const x = x1 + ((x2 - x1) * i) / n, y = y1 + ((y2 - y1) * i) / n;
      tree.insert({ minX: x - 1.5, minY: y - 1.5, maxX: x + 1.5, maxY: y + 1.5 });
    }
  // Ties by id in code-unit order, not localeCompare: its first call loads ICU's collation data
  // (50 ms of a throttled phone's start-up), and for these ASCII ids the order is the same.
  const rank = (p: NamePlace) => (active.has(p.party.id) ? 0 : p.party.pairs.length ? 1 : 2) * 10 + (p.mark ? 1 : 0);
  const ordered = [...places].sort((a, b) => rank(a) - rank(b) || b.area - a.area || (a.party.id < b.party.id ? -1 : a.party.id > b.party.id ? 1 : 0));
  const inside = (b: Box) => b.minX >= frame.x + 2 && b.maxX <= frame.x + frame.width - 2 && b.minY >= frame.y + 2 && b.maxY <= frame.y + frame.height - 2;
  const out: MapName[] = [];
  // A small selected district's box keeps the other names off it, once the selected names are
  // placed: "Tianjin Port FTZ" written across the selected 宝坻区 read as part of the selection.
  let selectedKept = false;
  for (const p of ordered) {
    if (p.obstacleOnly) continue;
    const isActive = active.has(p.party.id);
    if (!isActive && !selectedKept) {
      selectedKept = true;
      // Only a small one's (its box at most an eighth of the map): a large district's box covers
      // half the map, and the names inside it belong there. With 2 px to spare: "Nanguan" set
      // edge to edge under 九台区's box (1280×800, English) sat on its outline's southern tip.
      for (const q of places)
        if (q.bounds && active.has(q.party.id) && (q.bounds.maxX - q.bounds.minX) * (q.bounds.maxY - q.bounds.minY) <= (frame.width * frame.height) / 8)
          tree.insert({ minX: q.bounds.minX - 2, minY: q.bounds.minY - 2, maxX: q.bounds.maxX + 2, maxY: q.bounds.maxY + 2 });
    }
    const size = (isActive ? ACTIVE_NAME_SIZE : NAME_SIZE[lang]) * scale;
    const off = offFrame(p.at, frame);
    if (off) {
      // A selected place beyond the frame (a zone 40 km from its partner district on a phone):
      // its name waits at the edge, with an arrow pointing the way.
      const text = `${off.arrow} ${p.party.short[lang]}`;
      // Smaller type where the frame is narrow (an embed's map); no pointer if even that is too wide.
      const fits = (s: number) => textWidth(text, s) + Math.ceil(s * 0.06 * text.length) + 2 <= frame.width - 6;
      const size = [isActive ? ACTIVE_NAME_SIZE : NAME_SIZE[lang], NAME_SIZE[lang], 10].find(fits);
      if (size === undefined) continue;
      const lh = Math.ceil(size * LINE);
      const w = textWidth(text, size) + Math.ceil(size * 0.06 * text.length) + 2;
      const [ex, ey] = off.at;
      const left = Math.min(Math.max(ex - w / 2, frame.x + 3), frame.x + frame.width - 3 - w);
      const top = Math.min(Math.max(ey - lh / 2, frame.y + 3), frame.y + frame.height - 3 - lh);
      const box = { minX: left, minY: top, maxX: left + w, maxY: top + lh };
      if (!activeTree.search(box).length) {
        tree.insert(box);
        activeTree.insert(box);
        out.push({ party: p.party, text, lines: [text], lineHeight: lh, x: left, y: top + lh / 2, anchor: 'start', size, active: isActive, box, offFrame: true });
      }
      continue;
    }
    const text = p.party.short[lang];
    const own = marks.get(p.party.id);
    // One line first; a selected place's long English name may take two.
    const layouts: [string[], number][] = [[[text], size]];
    if (isActive) layouts.push([[text], nameSize]);
    if (isActive && text.includes(' ')) layouts.push([splitInTwo(text), size], [splitInTwo(text), nameSize], [splitInTwo(text), 10 * scale]);
    let placed = false;
    // A selected place's name that finds no free spot in a small map (an embed's) may slide
    // along into the frame: the last round of tries, after every spot in place.
    const rounds = [...(p.bounds ? (['beside', 'nudged'] as const).flatMap((how) => layouts.map(([l, s]) => [l, s, how] as const)) : []), ...layouts.map(([l, s]) => [l, s, false] as const), ...(isActive ? layouts.map(([l, s]) => [l, s, true] as const) : [])];
    for (const [lines, size, slide] of rounds) {
      const w = Math.max(...lines.map((l) => textWidth(l, size))) + (isActive ? Math.ceil(size * 0.06 * text.length) : 0) + 2;
      const lh = Math.ceil(size * LINE);
      const h = lh * lines.length;
      // A selected district the name would half cover: beside it (in any of the layouts, smaller
      // type included) where nothing else is, no mark and no leader, before the usual spots.
      // (`bounds` is set for a selected district only.)
      const beside = p.bounds && (slide === 'beside' || slide === 'nudged') ? (w * h > p.area / 2 ? besideSpots(p.at, p.bounds, h) : []) : null;
      for (let [sx, sy, anchor] of beside ?? spots(p, w, h)) {
        let left = anchor === 'start' ? sx : anchor === 'end' ? sx - w : sx - w / 2;
        if (slide === true || slide === 'nudged') {
          left = Math.min(Math.max(left, frame.x + 2), frame.x + frame.width - 2 - w);
          if (slide === true) sy = Math.min(Math.max(sy, frame.y + 2 + h / 2), frame.y + frame.height - 2 - h / 2);
          // On a small map, when no spot beside the place is free, a name may slide into the frame
          // over the edge of the place's box (the box is larger than the place): by a quarter of
          // the name at most.
          else if (anchor !== 'middle' && Math.min(left + w, p.bounds!.maxX) - Math.max(left, p.bounds!.minX) > w / 4) continue;
          [sx, anchor] = [left, 'start'];
        }
        const box = { minX: left, minY: sy - h / 2, maxX: left + w, maxY: sy + h / 2 };
        if (!inside(box)) continue;
        if ((isActive && !beside ? activeTree : tree).search(box).some((hit) => hit !== own)) continue;
        tree.insert(box);
        activeTree.insert(box);
        out.push({ party: p.party, text, lines, lineHeight: lh, x: sx, y: sy, anchor, size, active: isActive, box });
        placed = true;
        break;
      }
      if (placed) break;
    }
  }
  return out;
}
