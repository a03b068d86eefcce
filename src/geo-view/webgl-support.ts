// MapLibre 6 needs WebGL2. Ask before downloading ~700 KB of code that could not run.

let failed = false;

/**
 * Whether to try the WebGL map: the browser has the WebGL2 API, and no map of this page has
 * failed to create its context. No context is created to ask: under SwiftShader each one is a
 * synchronous round trip to the GPU process, behind whatever it is drawing (0.4–1.1 s of a cold
 * `#view=geo` in the profile, docs/performance.md), and the map makes its own at once. A browser
 * that has the API but cannot make a context (WebGL turned off, a blocked GPU) finds out there:
 * MapLibre's constructor throws, and the view falls back to the SVG map with the same notice as a
 * browser without the API (definition.ts). public/boot.js asks the same for a link to the view.
 */
export function hasWebGL2(): boolean {
  return !failed && typeof WebGL2RenderingContext === 'function';
}

/** MapLibre could not create its WebGL2 context: later opens go straight to the SVG map. */
export function noteNoWebGL2(): void {
  failed = true;
}

/** MapLibre's error when `getContext('webgl2')` gives nothing (its constructor throws it). */
export function isNoWebGL2Error(e: unknown): boolean {
  return e instanceof Error && e.name === 'GPUInitializationError';
}
