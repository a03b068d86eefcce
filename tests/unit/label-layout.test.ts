import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../src/model/label-layout';

const gaps = (ys: number[]) => ys.slice(1).map((y, i) => y - ys[i]!);

describe('spreadLabels', () => {
  it('leaves labels that do not collide where they want to be', () => {
    expect(spreadLabels([10, 50, 90], 20, 0, 100)).toEqual([10, 50, 90]);
  });

  it('pushes colliding labels apart by at least one step', () => {
    const ys = spreadLabels([50, 51, 52, 53], 20, 0, 200);
    for (const g of gaps(ys)) expect(g).toBeGreaterThanOrEqual(20 - 1e-9);
  });

  it('keeps every label inside the column', () => {
    const ys = spreadLabels([95, 96, 97, 98], 20, 0, 100);
    expect(Math.max(...ys)).toBeLessThanOrEqual(100);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    for (const g of gaps(ys)) expect(g).toBeGreaterThanOrEqual(20 - 1e-9);
  });

  it('spaces evenly when the column is too short for all labels', () => {
    const ys = spreadLabels([0, 0, 0, 0, 0], 30, 0, 80);
    expect(ys).toEqual([0, 20, 40, 60, 80]);
  });

  it('keeps the order it was given', () => {
    const ys = spreadLabels([5, 5, 40, 41, 42, 100], 12, 0, 120);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });
});
