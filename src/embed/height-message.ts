// Tells the embedding page how tall the map is, whenever that changes, in the style of
// Datawrapper's `datawrapper-height` message: { "tj-cc-map-height": { "<id>": 640 } }.
// public/embed.js (on the parent page) applies it to the iframe.

export const HEIGHT_KEY = 'tj-cc-map-height';
/** Identifies the map in the message; embed.js matches the iframe by event.source. */
export const EMBED_ID = 'tj-cc-map';

export function heightMessage(height: number): Record<string, Record<string, number>> {
  return { [HEIGHT_KEY]: { [EMBED_ID]: Math.ceil(height) } };
}

/** Posts the body's height now and after every change; returns a function that posts it again. */
export function startHeightMessages(target: Window): () => void {
  let last = -1;
  const post = (force = false) => {
    // The body, not scrollHeight: scrollHeight never falls below the iframe's own height.
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    // The height is not a secret, and the parent's origin is any news site: '*'.
    target.postMessage(heightMessage(height), '*');
  };
  new ResizeObserver(() => post()).observe(document.body);
  post();
  return () => post(true);
}
