// Tells the embedding page how tall the map is, in the style of Datawrapper's
// `datawrapper-height` message: { "tj-cc-map-height": { "<id>": 640 } }.
// public/embed.js (on the parent page) applies it to the iframe.
import type { AppContext } from '../app-context';

export const HEIGHT_KEY = 'tj-cc-map-height';
/** Identifies the map in the message; embed.js matches the iframe by event.source. */
export const EMBED_ID = 'tj-cc-map';
/** A ceiling no state reaches at any width (embed.js has the same one). */
export const MAX_HEIGHT = 4000;
/**
 * Growths in a row, at the same width and without any render in between, after which the height
 * is taken to follow the frame's own height (a feedback loop) and no longer sent.
 */
const FEEDBACK_GROWTHS = 3;

export function heightMessage(height: number): Record<string, Record<string, number>> {
  return { [HEIGHT_KEY]: { [EMBED_ID]: Math.ceil(height) } };
}

/**
 * Posts the body's height now and whenever it changes; returns a function that posts it
 * again. The embed's layout depends on the width only (src/embed/embed.css), so the height
 * cannot follow the iframe's height; should some state still do so (content sized by the
 * viewport), the growth stops being reported after a few rounds instead of running to the cap.
 */
export function startHeightMessages(target: Window, app: Pick<AppContext, 'onRender' | 'onShow'>): () => void {
  let last = -1;
  let lastWidth = -1;
  let growths = 0;
  /**
   * Nothing is sent before the page is shown: while it is hidden the view draws in tasks of its
   * own and the page can grow step by step, which the guard below would take for a feedback loop
   * (and the parent would size the frame to each step).
   */
  let shown = false;
  app.onRender(() => (growths = 0));
  const post = (force = false) => {
    if (!shown) return;
    // The body, not scrollHeight: scrollHeight never falls below the iframe's own height.
    const height = Math.min(MAX_HEIGHT, Math.ceil(document.body.getBoundingClientRect().height));
    const width = window.innerWidth;
    if (height === last && !force) return;
    const sameWidth = width === lastWidth;
    // Grown although nothing was drawn anew, the width is the same and the frame already has the
    // height we asked for: the content is following the frame.
    growths = sameWidth && height > last && window.innerHeight >= last - 1 ? growths + 1 : 0;
    if (growths >= FEEDBACK_GROWTHS) {
      if (force) target.postMessage(heightMessage(last), '*');
      return;
    }
    last = height;
    lastWidth = width;
    // The height is not a secret, and the parent's origin is any news site: '*'.
    target.postMessage(heightMessage(height), '*');
  };
  // Straight from the observer (once per rendering step): an iframe scrolled out of view gets no
  // animation frames, and its height must be right before the reader scrolls to it.
  new ResizeObserver(() => post()).observe(document.body);
  app.onShow(() => {
    shown = true;
    post();
  });
  return () => post(true);
}
