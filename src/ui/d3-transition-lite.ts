// What d3-zoom takes from d3-transition, without d3-transition. d3-transition patches d3-selection
// when imported and brings d3-color, d3-timer, d3-ease and most of d3-interpolate with it (~9 KB
// gzip of the first paint) for two animations: zoom to the selection and the +/− buttons. d3-zoom
// needs only `interrupt` and `selection.interrupt()` (which d3-transition adds to d3-selection), and
// a transition object only for its double-click zoom, which the paired view turns off.
// config/d3-zoom-lite.ts points d3-zoom's import of 'd3-transition' here; zoom-tween.ts animates instead.
import { selection } from 'd3-selection';

/** The frame each element's running zoom tween waits for (zoom-tween.ts). */
export const running = new WeakMap<Element, number>();

/** Stops a running zoom tween on the element: d3-zoom calls it when a gesture starts (a wheel, a drag, a pinch). */
export function interrupt(node: Element): void {
  const frame = running.get(node);
  if (frame !== undefined) cancelAnimationFrame(frame);
  running.delete(node);
}

// zoom.transform calls selection.interrupt() before it applies a transform.
(selection.prototype as unknown as { interrupt(): unknown }).interrupt = function (this: { each(f: (this: unknown) => void): unknown }) {
  return this.each(function () {
    if (this instanceof Element) interrupt(this);
  });
};
