// The arcs' colour ramps, worked out faster and to the same texels. MapLibre draws a `line-gradient`
// from a texture it renders on the main thread for each line layer of each tile (renderColorRamp):
// 256 evaluations of the layer's gradient expression per line of the tile, each through the
// expression's general machinery (its evaluation context and error handling, the `interpolate`
// node, a colour interpolation that allocates an array and a Color). In the frame that makes the
// map load, the arcs' ramps were its largest single item (≈ 90–115 ms of main thread at 4× CPU,
// docs/performance.md item 16); the flow along the arcs renders them again in every frame after.
//
// `fastRamp` answers the same question for the one shape of gradient the arcs use (`interpolate`,
// linear, over `line-progress`, literal colour stops): the same stop search, the same arithmetic in
// the same order as MapLibre's `Interpolate.evaluate` and `Color.interpolate` ('rgb'), so every
// texel comes out the same (tests/unit/geo-color-ramp.test.ts checks it against MapLibre's own
// expressions). Any other gradient, or an expression whose private shape is not what it reads
// (another MapLibre), is left to MapLibre: `null`. Pure: no DOM, no WebGL.

/** What renderColorRamp reads of a colour: premultiplied channels, 0–1. */
export interface RampColor {
  r: number;
  g: number;
  b: number;
  a: number;
}

type Expression = { evaluate(globals: { lineProgress?: number }, ...rest: unknown[]): unknown };

/** The private fields of MapLibre's expressions read here (style-spec's StyleExpression, Interpolate, Literal, Color). */
interface Internals {
  _styleExpression?: {
    expression?: {
      operator?: unknown;
      interpolation?: { name?: unknown };
      type?: { kind?: unknown };
      input?: { name?: unknown };
      labels?: unknown;
      outputs?: { value?: unknown; evaluate?: (...args: unknown[]) => unknown }[];
    };
  };
}

const isColor = (c: unknown): c is RampColor & { rgb: readonly number[] } =>
  !!c && typeof c === 'object' && ['r', 'g', 'b', 'a'].every((k) => typeof (c as Record<string, unknown>)[k] === 'number') && Array.isArray((c as { rgb?: unknown }).rgb);

/**
 * `expression` (a layer's `line-gradient`, as MapLibre's line layer hands it to renderColorRamp)
 * with an `evaluate` that gives the same colour for every `lineProgress`, or null if the gradient
 * is not a linear interpolation of literal colours over `line-progress`.
 */
export function fastRamp<E extends Expression>(expression: E): E | null {
  const root = (expression as Internals)._styleExpression;
  const node = root?.expression;
  // (A global state, if the style has one, is not read: the stops are literals, the input `line-progress`.)
  if (!root || !node) return null;
  if (node.operator !== 'interpolate' || node.interpolation?.name !== 'linear' || node.type?.kind !== 'color' || node.input?.name !== 'line-progress') return null;
  const labels = node.labels;
  const outputs = node.outputs;
  if (!Array.isArray(labels) || !Array.isArray(outputs) || labels.length < 2 || outputs.length !== labels.length) return null;
  if (!labels.every((l, i) => typeof l === 'number' && Number.isFinite(l) && (i === 0 || l > labels[i - 1]!))) return null;
  // Literal stops only: a literal's value is what it evaluates to, with no context at all.
  const colors: (RampColor & { rgb: readonly number[] })[] = [];
  for (const output of outputs) {
    let value: unknown;
    try {
      value = output.evaluate?.();
    } catch {
      return null;
    }
    if (value !== output.value || !isColor(value)) return null;
    colors.push(value);
  }
  // Each stop's colour not premultiplied, as Color.interpolate reads it (its `rgb`).
  const rgb = colors.map((c) => [...c.rgb] as [number, number, number, number]);
  const n = labels.length;
  const last = n - 1;
  const fast = Object.create(expression) as E;
  fast.evaluate = (globals: { lineProgress?: number }): RampColor => {
    // `line-progress` evaluates to this (`|| 0`: no progress, or NaN, is the line's start).
    const value = globals.lineProgress || 0;
    if (value <= labels[0]) return colors[0]!;
    if (value >= labels[last]) return colors[last]!;
    // The stop at or below `value` (style-spec's findStopLessThanOrEqualTo).
    let lower = 0;
    let upper = last;
    let index = 0;
    while (lower <= upper) {
      index = Math.floor((lower + upper) / 2);
      if (labels[index] <= value) {
        if (index === last || value < labels[index + 1]) break;
        lower = index + 1;
      } else upper = index - 1;
    }
    // Interpolate.interpolationFactor, linear; then interpolateNumber per channel and a Color made
    // from the result not premultiplied (`new Color(r, g, b, a, false)` multiplies by a).
    const from = labels[index];
    const difference = labels[index + 1] - from;
    const t = difference === 0 ? 0 : (value - from) / difference;
    const x = rgb[index]!;
    const y = rgb[index + 1]!;
    const a = x[3] + t * (y[3] - x[3]);
    return { r: (x[0] + t * (y[0] - x[0])) * a, g: (x[1] + t * (y[1] - x[1])) * a, b: (x[2] + t * (y[2] - x[2])) * a, a };
  };
  return fast;
}

/**
 * Has MapLibre's line layer `layer` (map.getLayer) render its gradient through fastRamp: its
 * `gradientExpression()` (what renderColorRamp evaluates) answers with the fast copy of the
 * current gradient, made again when the gradient changes (the flow sets it every frame). A layer
 * without that method (another MapLibre) is left alone.
 */
export function useFastRamp(layer: unknown): void {
  const target = layer as { gradientExpression?: () => Expression; fastRamp?: true } | undefined;
  if (!target || target.fastRamp || typeof target.gradientExpression !== 'function') return;
  const original = target.gradientExpression.bind(target);
  let from: Expression | undefined;
  let fast: Expression | undefined;
  target.gradientExpression = () => {
    const expression = original();
    if (expression !== from) {
      from = expression;
      fast = (expression && fastRamp(expression)) || expression;
    }
    return fast!;
  };
  target.fastRamp = true;
}
