// Geometry checks shared by the layout unit tests and the browser tests: do two boxes
// overlap, do two curves cross. Plain math, no DOM.
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function overlaps(a: Box, b: Box, tolerance = 0.5): boolean {
  return a.x < b.x + b.w - tolerance && b.x < a.x + a.w - tolerance && a.y < b.y + b.h - tolerance && b.y < a.y + a.h - tolerance;
}

export type Pt = [number, number];

function orient(a: Pt, b: Pt, c: Pt): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

/** Proper crossing of two segments (touching at an end does not count). */
export function segmentsCross(p1: Pt, p2: Pt, q1: Pt, q2: Pt): boolean {
  const d1 = orient(q1, q2, p1);
  const d2 = orient(q1, q2, p2);
  const d3 = orient(p1, p2, q1);
  const d4 = orient(p1, p2, q2);
  const eps = 1e-6;
  return ((d1 > eps && d2 < -eps) || (d1 < -eps && d2 > eps)) && ((d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps));
}

/** Do two polylines cross anywhere but at a shared end? */
export function polylinesCross(a: Pt[], b: Pt[]): boolean {
  const near = (p: Pt, q: Pt) => Math.hypot(p[0] - q[0], p[1] - q[1]) < 1;
  const shared = near(a[0]!, b[0]!) || near(a.at(-1)!, b.at(-1)!) || near(a[0]!, b.at(-1)!) || near(a.at(-1)!, b[0]!);
  for (let i = 1; i < a.length; i++) {
    for (let j = 1; j < b.length; j++) {
      if (!segmentsCross(a[i - 1]!, a[i]!, b[j - 1]!, b[j]!)) continue;
      // Curves that fan from one end run together near it; only a crossing away from that end counts.
      if (shared && (i === 1 || j === 1 || i === a.length - 1 || j === b.length - 1)) continue;
      return true;
    }
  }
  return false;
}

/** Number of crossing pairs among polylines. */
export function crossings(lines: Pt[][]): number {
  let n = 0;
  for (let i = 0; i < lines.length; i++) for (let j = i + 1; j < lines.length; j++) if (polylinesCross(lines[i]!, lines[j]!)) n++;
  return n;
}

/** A cubic Bézier from an SVG path "M x,y C x,y x,y x,y" sampled into a polyline. */
export function sampleCubic(d: string, steps = 24): Pt[] {
  const n = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  if (n.length < 8) return [];
  const [x0, y0, x1, y1, x2, y2, x3, y3] = n as [number, number, number, number, number, number, number, number];
  const out: Pt[] = [];
  for (let s = 0; s <= steps; s++) {
    const t = s / steps;
    const u = 1 - t;
    out.push([u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3, u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3]);
  }
  return out;
}
