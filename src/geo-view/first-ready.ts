// The first time on this page that the geographic view has something to show: its map ready (the
// WebGL map idle with its arcs, or the SVG map drawn) or a notice that it cannot be. The view's frame
// (definition.ts, a lazy chunk) reports it; the entry (entry.ts, the first paint's chunk) waits
// for it under a `#view=geo` link, so the page is shown with its map (mapShown). Tiny on purpose:
// it is in the first paint's bundle.

let settle!: () => void;

/** Settles the first time the view reports (below); never rejects. */
export const firstReady = new Promise<void>((resolve) => (settle = resolve));

/** The view is ready, or has said why not: later calls do nothing. */
export function reportReady(): void {
  settle();
}
