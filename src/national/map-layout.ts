// Where the mainland and the 南海诸岛 inset go in a drawing of a given size: one rule for the
// phone's arrangement (the inset under the mainland) and the desk's (the inset in the lower
// right corner, over open sea east of Taiwan, as a graphics desk's locator map has it).
// Pure (no DOM): the unit tests run it over the real geometry at every width.
import { fit, type Box, type Projected } from './projected';

/** The inset is this many times as tall as wide (its window on the sea is about that shape, and the caption goes under it). */
export const INSET_ASPECT = 1.4;
/**
 * The narrowest inset in a corner: the English caption's two lines ("South China" / "Sea
 * islands", 11 px) inside it and the islands still told apart. A narrower corner gets the phone's
 * arrangement instead.
 */
export const MIN_INSET = 84;
/**
 * Below this width the drawing is a phone's. The sea east of Taiwan is about an eighth of the
 * map's width: in a box 0.82 as tall as wide it holds MIN_INSET from 550 px once the mainland
 * moves left within its box, and from 520 px with the mainland 3 % smaller (the unit test checks
 * both over the real outlines). The column figure (552 px) gets the desk's map, names and all.
 */
export const NARROW_BELOW = 520;
/** The inset's distance from the drawing's edges, and the sea kept between it and any land or dash. */
const EDGE = 6;
const GAP = 4;

export interface Fit {
  k: number;
  tx: number;
  ty: number;
}

export interface MapLayout {
  narrow: boolean;
  /** The mainland's scale and shift (projected.ts: k·xy + t). */
  at: Fit;
  /** The inset's frame. */
  inset: { x: number; y: number; w: number; h: number };
}

/**
 * The widest inset (INSET_ASPECT tall) whose frame, in the corner (right, bottom), keeps GAP px
 * from every point of `shapes` drawn at `at`. A polygon whose box's lower right corner is already
 * clear is skipped whole: only the few near the corner (Taiwan, the coast, the dashes) are read
 * point by point.
 */
export function cornerRoom(shapes: readonly Projected[], { k, tx, ty }: Fit, right: number, bottom: number): number {
  let room = Infinity;
  const clear = (x: number, y: number) => Math.max(right - x - GAP, (bottom - y - GAP) / INSET_ASPECT);
  for (const s of shapes)
    for (const { rings, box } of s.polygons) {
      if (clear(k * box.maxX + tx, k * box.maxY + ty) >= room) continue;
      for (const xy of rings) for (let i = 0; i < xy.length; i += 2) room = Math.min(room, clear(k * xy[i]! + tx, k * xy[i + 1]! + ty));
    }
  return room;
}

/**
 * The desk's arrangement: the mainland fitted to `extent`; the inset as wide as `want` where the
 * corner's sea allows. Where it does not, the mainland moves left and up within its box (the room
 * the fit left around it), and only then gets smaller: no land or dash is ever under the inset.
 */
export function deskLayout(box: Box, shapes: readonly Projected[], w: number, h: number, extent: [[number, number], [number, number]], want: number): MapLayout {
  const at = fit(box, extent);
  const right = w - EDGE, bottom = h - EDGE;
  const [[x0, y0]] = extent;
  let room = cornerRoom(shapes, at, right, bottom);
  if (room < want) {
    // Left first (a shift left widens the corner one for one), then up.
    at.tx -= Math.min(k1(at.k * box.minX + at.tx - x0), want - room);
    room = cornerRoom(shapes, at, right, bottom);
    if (room < want) {
      at.ty -= Math.min(k1(at.k * box.minY + at.ty - y0), (want - room) * INSET_ASPECT);
      room = cornerRoom(shapes, at, right, bottom);
    }
  }
  // A box too small for even the narrowest inset beside the whole mainland: a smaller mainland,
  // kept in the box's top left corner.
  for (let i = 0; room < MIN_INSET && i < 40; i++) {
    const left = at.k * box.minX + at.tx, top = at.k * box.minY + at.ty;
    at.k *= 0.97;
    at.tx = left - at.k * box.minX;
    at.ty = top - at.k * box.minY;
    room = cornerRoom(shapes, at, right, bottom);
  }
  const iw = Math.floor(Math.min(want, room));
  const ih = Math.round(iw * INSET_ASPECT);
  return { narrow: false, at, inset: { x: right - iw, y: bottom - ih, w: iw, h: ih } };
}

/** Never negative (a fit can leave the mainland a hair outside its extent by rounding). */
const k1 = (v: number) => Math.max(0, v);

/** The inset wanted at a desk: a sixth of the width, at least MIN_INSET. */
export const deskInset = (w: number) => Math.max(MIN_INSET, Math.round(w * 0.16));

/** The phone's inset, under the mainland at the right: 0.3 of the width. */
export function phoneInset(w: number, h: number, noteRow: number): MapLayout['inset'] {
  const iw = Math.round(w * 0.3);
  const ih = Math.round(iw * INSET_ASPECT);
  return { x: w - iw - EDGE, y: h - noteRow - ih - EDGE, w: iw, h: ih };
}
