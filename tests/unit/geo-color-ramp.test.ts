// The arcs' colour ramps through fastRamp (src/geo-view/color-ramp.ts): for every progress along a
// line, the same colour as MapLibre's own gradient expression gives, so the ramp texture
// renderColorRamp fills (premultiplied channels to bytes, as RGBAImage.setPixel) is the same, texel
// for texel; and gradients of any other shape are left to MapLibre.
import { describe, expect, it } from 'vitest';
import { createPropertyExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import { fastRamp, useFastRamp } from '../../src/geo-view/color-ramp';
import { arcGradient } from '../../src/geo-view/arc-lines';

const spec = (latest as unknown as Record<string, Record<string, object>>).paint_line!['line-gradient']!;
type Evaluable = { evaluate(globals: { lineProgress?: number }): { r: number; g: number; b: number; a: number } };
function expression(value: unknown): Evaluable {
  const parsed = createPropertyExpression(value, 'line-gradient', spec as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value as unknown as Evaluable;
}
/** RGBAImage.setPixel's bytes for a colour. */
const texel = (c: { r: number; g: number; b: number; a: number }) => [c.r, c.g, c.b].map((v) => Math.round((v * 255) / c.a)).concat(Math.round(c.a * 255));

/** Progress values as renderColorRamp makes them: 256 per row, each row a clip [start, end] of a line. */
function progressValues(): number[] {
  const values: number[] = [];
  const clips = [[0, 1], [0, 0.37], [0.2, 0.9], [0.61, 1], [1 / 3, 2 / 3], [0.999, 1], [0, 1e-7]];
  for (const [start, end] of clips) for (let i = 0; i < 256; i++) { const p = i / 255; values.push(start! * (1 - p) + end! * p); }
  return values.concat([-1, 2, NaN, 0.5 + Number.EPSILON, 1 / 64, 63 / 64]);
}

describe('fastRamp', () => {
  const gradients: [string, unknown][] = [];
  for (const kind of ['district', 'zone'] as const) {
    gradients.push([`${kind} at rest`, arcGradient(kind)]);
    for (const time of [0, 0.13, 0.5, 0.9999]) gradients.push([`${kind} flowing at ${time}`, arcGradient(kind, time, 1)]);
  }
  gradients.push(['transparent stops', ['interpolate', ['linear'], ['line-progress'], 0, 'rgba(255,0,0,0)', 0.5, 'rgba(0,0,255,0.5)', 1, 'rgba(0,255,0,0)']]);
  gradients.push(['two stops', ['interpolate', ['linear'], ['line-progress'], 0.2, '#2a6fb0', 0.8, '#b8472d']]);

  it.each(gradients)('gives MapLibre\'s colour at every progress: %s', (_, gradient) => {
    const slow = expression(gradient);
    const fast = fastRamp(expression(gradient));
    expect(fast).not.toBeNull();
    let same = 0;
    const values = progressValues();
    for (const v of values) {
      const a = slow.evaluate({ lineProgress: v });
      const b = fast!.evaluate({ lineProgress: v });
      expect([b.r, b.g, b.b, b.a], `progress ${v}`).toEqual([a.r, a.g, a.b, a.a]);
      expect(texel(b)).toEqual(texel(a));
      same++;
    }
    expect(same).toBe(values.length);
  });

  it('leaves other gradients to MapLibre', () => {
    for (const gradient of [
      ['step', ['line-progress'], '#000', 0.5, '#fff'],
      ['interpolate', ['exponential', 2], ['line-progress'], 0, '#000', 1, '#fff'],
      ['interpolate-hcl', ['linear'], ['line-progress'], 0, '#000', 1, '#fff'],
      ['interpolate', ['linear'], ['line-progress'], 0, ['to-color', ['concat', '#', 'fff']], 1, '#000'],
    ]) {
      const e = expression(gradient);
      // A colour built at evaluation (not folded to a literal) is not a literal stop.
      if (fastRamp(e) !== null) expect(JSON.stringify(gradient)).toContain('concat');
    }
    expect(fastRamp(expression(['step', ['line-progress'], '#000', 0.5, '#fff']))).toBeNull();
    expect(fastRamp(expression(['interpolate', ['exponential', 2], ['line-progress'], 0, '#000', 1, '#fff']))).toBeNull();
    expect(fastRamp(expression(['interpolate-hcl', ['linear'], ['line-progress'], 0, '#000', 1, '#fff']))).toBeNull();
    expect(fastRamp({ evaluate: () => null } as never)).toBeNull();
  });

  it('follows the layer\'s gradient as it changes, and keeps the rest of the expression', () => {
    let current = expression(arcGradient('zone'));
    const layer = { gradientExpression: () => current };
    useFastRamp(layer);
    useFastRamp(layer);
    const first = layer.gradientExpression();
    expect(first).not.toBe(current);
    expect(layer.gradientExpression()).toBe(first);
    expect((first as unknown as { _styleExpression: unknown })._styleExpression).toBe((current as unknown as { _styleExpression: unknown })._styleExpression);
    current = expression(arcGradient('zone', 0.3, 1));
    const second = layer.gradientExpression();
    expect(second).not.toBe(first);
    expect(second.evaluate({ lineProgress: 0.41 })).toEqual(current.evaluate({ lineProgress: 0.41 }));
  });
});
