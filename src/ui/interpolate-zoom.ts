// d3-interpolate's interpolateZoom (van Wijk and Nuij's smooth zoom path), copied from
// d3-interpolate 3.0.2 (ISC licence, copyright 2010-2026 Mike Bostock) so that d3-zoom and
// zoom-tween.ts need not import d3-interpolate: its bundle builds the colour interpolators at load
// (an unremovable top-level call into d3-color), ~5 KB gzip of the first paint for nothing we use.
// vite.config.ts (config/d3-zoom-lite.ts) gives d3-zoom this file for 'd3-interpolate'.

export type ZoomView = [number, number, number];
export interface ZoomInterpolator {
  (t: number): ZoomView;
  /** The recommended length in ms (d3's), for a path of this length. */
  duration: number;
}

const EPSILON2 = 1e-12;
const RHO = Math.SQRT2;
const RHO2 = 2;
const RHO4 = 4;
const cosh = (x: number) => ((x = Math.exp(x)) + 1 / x) / 2;
const sinh = (x: number) => ((x = Math.exp(x)) - 1 / x) / 2;
const tanh = (x: number) => ((x = Math.exp(2 * x)) - 1) / (x + 1);

/** From the view p0 = [ux0, uy0, w0] to p1 = [ux1, uy1, w1] (centre and width). */
export function interpolateZoom(p0: ZoomView, p1: ZoomView): ZoomInterpolator {
  const [ux0, uy0, w0] = p0;
  const [ux1, uy1, w1] = p1;
  const dx = ux1 - ux0;
  const dy = uy1 - uy0;
  const d2 = dx * dx + dy * dy;
  let i: (t: number) => ZoomView;
  let S: number;
  if (d2 < EPSILON2) {
    // Same centre: zoom only.
    S = Math.log(w1 / w0) / RHO;
    i = (t) => [ux0 + t * dx, uy0 + t * dy, w0 * Math.exp(RHO * t * S)];
  } else {
    const d1 = Math.sqrt(d2);
    const b0 = (w1 * w1 - w0 * w0 + RHO4 * d2) / (2 * w0 * RHO2 * d1);
    const b1 = (w1 * w1 - w0 * w0 - RHO4 * d2) / (2 * w1 * RHO2 * d1);
    const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
    const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
    S = (r1 - r0) / RHO;
    i = (t) => {
      const s = t * S;
      const coshr0 = cosh(r0);
      const u = (w0 / (RHO2 * d1)) * (coshr0 * tanh(RHO * s + r0) - sinh(r0));
      return [ux0 + u * dx, uy0 + u * dy, (w0 * coshr0) / cosh(RHO * s + r0)];
    };
  }
  return Object.assign(i, { duration: (Math.abs(S) * 1000 * RHO) / Math.SQRT2 });
}
