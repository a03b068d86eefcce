// The national map's label placement: no label over another, a dot, an obstacle or the edge.
import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, type LabelRequest } from '../../src/national/label-placement';

const bounds = { minX: 0, minY: 0, maxX: 400, maxY: 300 };
const dot = (x: number, y: number) => ({ minX: x - 6, minY: y - 6, maxX: x + 6, maxY: y + 6 });

describe('placeLabels', () => {
  it('puts a lone label right of its dot', () => {
    const [p] = placeLabels({ labels: [{ id: 'a', anchor: [100, 100], width: 30, height: 14, kind: 'dot' }], obstacles: [], bounds });
    expect(p!.box.minX).toBeGreaterThan(100);
    expect(p!.leader).toBeNull();
  });

  it('keeps a cluster of close dots apart (天津 and 大连 a few px apart), moving one out on a leader when needed', () => {
    const points: [number, number][] = [[200, 150], [212, 148], [205, 158], [196, 162], [215, 165], [190, 140]];
    const labels: LabelRequest[] = points.map((anchor, i) => ({ id: `c${i}`, anchor, width: 40, height: 14, kind: 'dot' }));
    const obstacles = points.map(([x, y]) => dot(x, y));
    const placed = placeLabels({ labels, obstacles, bounds });
    expect(placed).toHaveLength(labels.length);
    for (const a of placed) {
      for (const b of placed) if (a !== b) expect(overlaps(a.box, b.box), `${a.id} × ${b.id}`).toBe(false);
      for (const o of obstacles) expect(overlaps(a.box, o)).toBe(false);
      expect(a.box.minX >= 0 && a.box.maxX <= 400 && a.box.minY >= 0 && a.box.maxY <= 300).toBe(true);
    }
    expect(placed.some((p) => p.leader)).toBe(true);
  });

  it('prefers a place that crosses no arc (an arc beside the dot, an arc along its row)', () => {
    // An arc straight down through the place right of the dot: the label goes left instead.
    const arc: [number, number][] = Array.from({ length: 76 }, (_, i) => [120, i * 4]);
    const [p] = placeLabels({ labels: [{ id: 'a', anchor: [100, 100], width: 30, height: 14, kind: 'dot' }], obstacles: [], soft: [arc], bounds });
    expect(p!.box.maxX).toBeLessThan(100);
    // A line along the dot's row runs through the places beside it: the label goes above it, right (the next in order).
    const row: [number, number][] = Array.from({ length: 101 }, (_, i) => [i * 4, 100]);
    const [q] = placeLabels({ labels: [{ id: 'a', anchor: [100, 100], width: 30, height: 14, kind: 'dot' }], obstacles: [], soft: [row], bounds });
    expect(q!.box.minX).toBeGreaterThan(100);
    expect(q!.box.maxY).toBeLessThan(99);
  });

  it("moves a city's name one ring out on a leader rather than let an arc run through it", () => {
    // An arc curling round the dot 14 px out, through every place beside it (as where several
    // pairings start: 长春 at 1280×800 had the Harbin–Shenzhen arc through its first letter), and
    // clear of the ring beyond. With a crossing costing 10 the name stayed beside its dot, across the arc.
    const lines: [number, number][][] = [Array.from({ length: 30 }, (_, i) => [200 + Math.cos(i / 4.8) * 14, 150 + Math.sin(i / 4.8) * 14] as [number, number])];
    const [p] = placeLabels({ labels: [{ id: 'a', anchor: [200, 150], width: 30, height: 14, kind: 'dot', radius: 4 }], obstacles: [{ ...dot(200, 150), owner: 'a' }], soft: lines, bounds });
    const crossed = lines.filter((l) => l.some(([x, y]) => x >= p!.box.minX - 2 && x <= p!.box.maxX + 2 && y >= p!.box.minY - 2 && y <= p!.box.maxY + 2));
    expect(crossed, `label at ${JSON.stringify(p!.box)}`).toHaveLength(0);
    expect(p!.leader).not.toBeNull();
    // With no arc near, the same dot keeps its name right beside it: no leader (every city had one
    // when the first ring's touching its own dot was priced as a crossing).
    const [q] = placeLabels({ labels: [{ id: 'a', anchor: [200, 150], width: 30, height: 14, kind: 'dot', radius: 4 }], obstacles: [{ ...dot(200, 150), owner: 'a' }], bounds });
    expect(q!.leader).toBeNull();
    expect(q!.box.minX).toBeGreaterThan(200);
  });

  it("takes a clear place farther out in a province rather than one an arc runs through (Jiangsu at 2560 px)", () => {
    // Arcs fill the 40 px around the province's point (lines every 4 px): every place of the old
    // three rings (6, 16 and 28 px out) crossed one, and the name was drawn across an arc.
    const hatch: [number, number][][] = Array.from({ length: 26 }, (_, j) => Array.from({ length: 36 }, (_, i) => [130 + i * 4, 150 + j * 4] as [number, number]));
    const [p] = placeLabels({ labels: [{ id: 'p', anchor: [200, 200], width: 40, height: 13, kind: 'area' }], obstacles: [], soft: hatch, bounds });
    const crossed = hatch.filter((l) => l.some(([x, y]) => x >= p!.box.minX - 2 && x <= p!.box.maxX + 2 && y >= p!.box.minY - 2 && y <= p!.box.maxY + 2));
    expect(crossed, `label at ${JSON.stringify(p!.box)}`).toHaveLength(0);
    // Still near its point (within the five rings, about four times its height).
    expect(Math.abs((p!.box.minY + p!.box.maxY) / 2 - 200)).toBeLessThanOrEqual(58 + 13);
  });

  it("leaves out an area's name that has no free place rather than lay it over a city's", () => {
    const placed = placeLabels({
      labels: [
        { id: 'city', anchor: [50, 50], width: 60, height: 16, kind: 'dot' },
        // Hemmed in by the city's name and the map's edges: every candidate is taken.
        { id: 'area', anchor: [60, 52], width: 380, height: 280, kind: 'area' },
      ],
      obstacles: [dot(50, 50)],
      bounds,
    });
    expect(placed.map((p) => p.id)).toEqual(['city']);
  });

  it('leaves out an optional label with no room, and keeps an area name inside its area', () => {
    const placed = placeLabels({
      labels: [
        { id: 'in', anchor: [50, 50], width: 20, height: 10, kind: 'area', optional: true, within: (b) => b.minX >= 40 },
        { id: 'none', anchor: [50, 50], width: 20, height: 10, kind: 'area', optional: true, within: () => false },
      ],
      obstacles: [],
      bounds,
    });
    expect(placed.map((p) => p.id)).toEqual(['in']);
    expect(placed[0]!.box.minX).toBeGreaterThanOrEqual(40);
  });
});
