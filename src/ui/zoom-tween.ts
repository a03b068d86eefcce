// Animated zoom for d3-zoom without d3-transition (see d3-transition-lite.ts for why): steps
// zoom.transform once per frame along d3's smooth zoom path (interpolate-zoom.ts, cubic in-out), about
// the centre of the zoom's extent, as `selection.transition().call(zoom.transform, target)` did.
import { interpolateZoom } from './interpolate-zoom';
import { select } from 'd3-selection';
import { zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { interrupt, running } from './d3-transition-lite';

type Extent = [[number, number], [number, number]];

const extentOf = <E extends Element>(node: E, z: ZoomBehavior<E, unknown>): Extent =>
  (z.extent() as unknown as (this: E) => Extent).call(node);

const cubicInOut = (t: number) => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;

/** Applies a transform at once, stopping a running tween (a figure is drawn still; reduced motion). */
export function jumpZoom<E extends Element>(node: E, z: ZoomBehavior<E, unknown>, target: ZoomTransform): void {
  interrupt(node);
  select(node).call(z.transform as never, target);
}

/**
 * Moves the element's zoom to `target` over `duration` ms. A new tween, a jump or a gesture on the
 * same element stops this one where it is.
 */
export function tweenZoom<E extends Element>(node: E, z: ZoomBehavior<E, unknown>, target: ZoomTransform, duration: number): void {
  interrupt(node);
  const [[x0, y0], [x1, y1]] = extentOf(node, z);
  const p: [number, number] = [(x0 + x1) / 2, (y0 + y1) / 2];
  const w = Math.max(x1 - x0, y1 - y0);
  const from = zoomTransform(node);
  const a = from.invert(p);
  const b = target.invert(p);
  const path = interpolateZoom([a[0], a[1], w / from.k], [b[0], b[1], w / target.k]);
  const start = performance.now();
  const step = () => {
    // A redraw replaced the map: its successor has its own zoom.
    if (!node.isConnected) return void running.delete(node);
    // performance.now(), not the frame's timestamp, which can be older than `start`.
    const t = Math.min(1, Math.max(0, (performance.now() - start) / Math.max(duration, 1)));
    const [cx, cy, cw] = path(cubicInOut(t));
    const k = w / cw;
    // zoom.transform interrupts first: that cancels nothing (this frame has fired), the next is asked for below.
    select(node).call(z.transform as never, t === 1 ? target : zoomIdentity.translate(p[0] - cx * k, p[1] - cy * k).scale(k));
    if (t < 1) running.set(node, requestAnimationFrame(step));
    else running.delete(node);
  };
  running.set(node, requestAnimationFrame(step));
}

/** Where zoom.scaleBy(factor) takes the element: about the extent's centre, within the zoom's limits. */
export function scaledBy<E extends Element>(node: E, z: ZoomBehavior<E, unknown>, factor: number): ZoomTransform {
  const extent = extentOf(node, z);
  const [[x0, y0], [x1, y1]] = extent;
  const p: [number, number] = [(x0 + x1) / 2, (y0 + y1) / 2];
  const from = zoomTransform(node);
  const [lo, hi] = z.scaleExtent();
  const k = Math.max(lo, Math.min(hi, from.k * factor));
  const q = from.invert(p);
  return z.constrain()(zoomIdentity.translate(p[0] - q[0] * k, p[1] - q[1] * k).scale(k), extent, z.translateExtent());
}
