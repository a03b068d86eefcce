// Where each label of the national map goes: a greedy point-label placement against everything
// already on the map. Each label tries its candidate boxes in order of
// preference; a box that overlaps a placed label, a dot, an arc's end, the inset or the map's
// edge is out; among the rest the one crossing the fewest arc samples wins. A city label with
// no free box next to its dot moves farther out on a leader line. Pure: no DOM, so the rules
// are tested in node; the map measures the text and draws what this returns.
export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface LabelRequest {
  id: string;
  /** The point the label names (a city's dot, the point a province's arcs end at). */
  anchor: [number, number];
  /** The text's box, measured. */
  width: number;
  height: number;
  /** 'dot': around a dot of radius `radius`, with a leader line when nothing near is free. 'area': near the point, inside the area it names. */
  kind: 'dot' | 'area';
  radius?: number;
  /** An optional label (a province name on a phone) is left out when nothing is free; a required one is always placed. */
  optional?: boolean;
  /** Where the label may go (an area's name inside its area); a box failing it is taken only when no other is free. */
  within?: (box: Box) => boolean;
}

export interface PlacedLabel {
  id: string;
  /** The text's box where it goes. */
  box: Box;
  /** A leader line from the anchor's edge to the box, when the label moved away from its point. */
  leader: [[number, number], [number, number]] | null;
}

interface Item extends Box {
  /** Hard items block a candidate. */
  hard: boolean;
  /** For an obstacle: the label it belongs to (a city's own dot, which its candidates already keep clear of). */
  owner?: string;
}

/** One arc's samples (each a 2 × 2 px box around its point) and their common box. */
interface SoftLine {
  box: Box;
  xy: Float64Array;
}

function softLine(points: [number, number][]): SoftLine {
  const xy = new Float64Array(points.length * 2);
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  points.forEach(([x, y], i) => {
    xy[2 * i] = x;
    xy[2 * i + 1] = y;
    box.minX = Math.min(box.minX, x - 1);
    box.minY = Math.min(box.minY, y - 1);
    box.maxX = Math.max(box.maxX, x + 1);
    box.maxY = Math.max(box.maxY, y + 1);
  });
  return { box, xy };
}

/** How many lines have a sample touching `area` (a label crossing one line costs the same however long the crossing). */
function linesCrossed(lines: SoftLine[], area: Box): number {
  let n = 0;
  for (const { box, xy } of lines) {
    if (!intersects(box, area)) continue;
    for (let i = 0; i < xy.length; i += 2) {
      const x = xy[i]!, y = xy[i + 1]!;
      if (x - 1 <= area.maxX && area.minX <= x + 1 && y - 1 <= area.maxY && area.minY <= y + 1) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** What crossing one arc costs, in ranks of candidates: a city's name would rather cross an arc
 * than go more than a ring out on a leader; a province's name (context, no leader) takes any
 * free place inside its province before one an arc runs through. */
const CROSSING = { dot: 24, area: 40 } as const;
const OWN_DOT = 10;

/** The halo around text (paint-order stroke) and a little air. */
const GAP = 2;

function boxAt(x: number, y: number, w: number, h: number): Box {
  return { minX: x, minY: y, maxX: x + w, maxY: y + h };
}

/** Candidate boxes for a label, most preferred first: beside its point, then farther out. */
function candidates(r: LabelRequest): { box: Box; leader: boolean }[] {
  const [x, y] = r.anchor;
  const { width: w, height: h } = r;
  if (r.kind === 'area') {
    const out: { box: Box; leader: boolean }[] = [];
    // Below the point, above, beside, then a step farther each way: a province's name stays near
    // the point in its middle, and moves up to five steps (in its own height) out to keep clear of the arcs.
    const step = h / 13;
    for (const d of [6, 16, 28, 42, 58].map((v) => v * step)) {
      out.push({ box: boxAt(x - w / 2, y + d, w, h), leader: false });
      out.push({ box: boxAt(x - w / 2, y - d - h, w, h), leader: false });
      out.push({ box: boxAt(x + d, y - h / 2, w, h), leader: false });
      out.push({ box: boxAt(x - d - w, y - h / 2, w, h), leader: false });
      out.push({ box: boxAt(x + d * 0.7, y + d * 0.7, w, h), leader: false });
      out.push({ box: boxAt(x - d * 0.7 - w, y + d * 0.7, w, h), leader: false });
      out.push({ box: boxAt(x + d * 0.7, y - d * 0.7 - h, w, h), leader: false });
      out.push({ box: boxAt(x - d * 0.7 - w, y - d * 0.7 - h, w, h), leader: false });
    }
    return out;
  }
  const rad = r.radius ?? 4;
  const out: { box: Box; leader: boolean }[] = [];
  // The eight places around a dot (right first, as maps read), then the same at leader distances.
  for (const [i, d] of [rad + 3, rad + 16, rad + 30, rad + 46, rad + 64, rad + 84].entries()) {
    const diag = d * 0.75;
    const ring = [
      boxAt(x + d, y - h / 2, w, h),
      boxAt(x - d - w, y - h / 2, w, h),
      boxAt(x + diag, y - diag - h, w, h),
      boxAt(x + diag, y + diag, w, h),
      boxAt(x - diag - w, y - diag - h, w, h),
      boxAt(x - diag - w, y + diag, w, h),
      boxAt(x - w / 2, y - d - h, w, h),
      boxAt(x - w / 2, y + d, w, h),
    ];
    for (const box of ring) out.push({ box, leader: i > 0 });
  }
  return out;
}

function grow(b: Box, by: number): Box {
  return { minX: b.minX - by, minY: b.minY - by, maxX: b.maxX + by, maxY: b.maxY + by };
}

function inside(b: Box, bounds: Box): boolean {
  return b.minX >= bounds.minX && b.minY >= bounds.minY && b.maxX <= bounds.maxX && b.maxY <= bounds.maxY;
}

/** The point on a box's edge nearest to p. */
function nearestOnBox(b: Box, [px, py]: [number, number]): [number, number] {
  return [Math.min(Math.max(px, b.minX), b.maxX), Math.min(Math.max(py, b.minY), b.maxY)];
}

/** Whether the segment's middle part (away from its own dot) passes over anything hard. */
function crossesHard(hard: Item[], [ax, ay]: [number, number], [bx, by]: [number, number]): boolean {
  for (let t = 0.35; t < 1; t += 0.1) {
    const x = ax + (bx - ax) * t, y = ay + (by - ay) * t;
    const p = { minX: x - 0.5, minY: y - 0.5, maxX: x + 0.5, maxY: y + 0.5 };
    if (hard.some((h) => intersects(h, p))) return true;
  }
  return false;
}

/** Whether two boxes touch or overlap (as rbush tests them). */
function intersects(a: Box, b: Box): boolean {
  return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

export interface PlacementInput {
  /** Labels in order of priority: the first are placed first and get the best places. */
  labels: LabelRequest[];
  /** What labels must not cover: dots, arcs' ends, the inset's frame, the source line. */
  obstacles: (Box & { owner?: string })[];
  /** Points along each arc, one list per arc: a label may cross an arc, but fewer crossings are better. */
  soft?: [number, number][][];
  /** The drawing's extent: labels stay inside. */
  bounds: Box;
}

export function placeLabels({ labels, obstacles, soft = [], bounds }: PlacementInput): PlacedLabel[] {
  // The arcs' samples (hundreds, on 7 lines) by line, each line with its box: a candidate is tested
  // against the samples of the one or two lines whose box it touches. (An R-tree of the samples,
  // rbush, was loaded for every drawing: its bulk load, run once and cold, cost more on a
  // throttled phone than all the candidates' tests.) The hard items (a few dozen: dots, frames,
  // the names placed so far) in a list: inserting each placed name into a tree cost more than scanning them.
  const lines = soft.map(softLine);
  const hard: Item[] = obstacles.map((b) => ({ ...b, hard: true }));
  const placed: PlacedLabel[] = [];
  for (const r of labels) {
    let best: { box: Box; leader: boolean; cost: number } | null = null;
    candidates(r).forEach((c, rank) => {
      // A candidate costs at least its rank: once one is found that cheap, no later one can win.
      if (best && rank >= best.cost) return;
      if (!inside(c.box, bounds)) return;
      const area = grow(c.box, GAP);
      if (hard.some((h) => h.owner !== r.id && intersects(h, area))) return;
      // After the cheap tests: `within` reads the province's outline point by point (three points a box).
      const outside = r.within && !r.within(c.box);
      if (outside && r.optional) return;
      // A leader line must not run through a label placed before it.
      if (c.leader && crossesHard(hard, r.anchor, nearestOnBox(c.box, r.anchor))) return;
      // Preference order first; each arc crossed costs a ring of candidates, a leader line a little more.
      // (A box touching the label's own dot costs 10 more, as a crossing did when the items shared
      // one tree. Every place of the first ring touches it, so it must stay below the leader's
      // price: at a crossing's 24 every city went out on a leader.)
      const own = hard.some((h) => h.owner === r.id && intersects(h, area)) ? OWN_DOT : 0;
      const cost = rank + CROSSING[r.kind] * linesCrossed(lines, area) + own + (c.leader ? 12 : 0) + (outside ? 1000 : 0);
      if (!best || cost < best.cost) best = { ...c, cost };
    });
    const chosen = best as { box: Box; leader: boolean; cost: number } | null;
    if (!chosen) {
      // An area's name is context (the province is coloured and the arcs end in it): with no free
      // place it is left out rather than laid over a city's name (吉林 under 长春 while
      // presenting at 1024×768, where the type is 17 px on a 748 px map).
      if (r.optional || r.kind === 'area') continue;
      // Nothing is free for a city (a map far too small): the place with the least in the way rather than lose it.
      const inBounds = candidates(r).filter((c) => inside(c.box, bounds));
      const hardHits = (c: { box: Box }) => {
        const area = grow(c.box, GAP);
        return hard.filter((h) => h.owner !== r.id && intersects(h, area)).length;
      };
      const fallback = (inBounds.length ? inBounds : candidates(r)).reduce((a, b) => (hardHits(b) < hardHits(a) ? b : a));
      placed.push({ id: r.id, box: fallback.box, leader: null });
      hard.push({ ...fallback.box, hard: true });
      continue;
    }
    let leader: PlacedLabel['leader'] = null;
    if (chosen.leader) {
      const end = nearestOnBox(chosen.box, r.anchor);
      const [ax, ay] = r.anchor;
      const len = Math.hypot(end[0] - ax, end[1] - ay) || 1;
      const rad = (r.radius ?? 4) + 1;
      leader = [[ax + ((end[0] - ax) / len) * rad, ay + ((end[1] - ay) / len) * rad], end];
    }
    placed.push({ id: r.id, box: chosen.box, leader });
    hard.push({ ...chosen.box, hard: true });
  }
  return placed;
}

/** Whether two boxes overlap (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
}
