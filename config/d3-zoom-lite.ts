// d3-zoom without what it imports only for animated transitions. d3-zoom imports `interrupt` from
// d3-transition and `interpolateZoom` from d3-interpolate; both packages run code at load that
// keeps them whole in the bundle (d3-transition patches d3-selection; d3-interpolate builds its
// colour interpolators, which pulls in d3-color): ~10 KB gzip of the first paint. The paired view
// animates its zoom itself (src/ui/zoom-tween.ts) and never hands d3-zoom a transition (double-click
// zoom is off), so d3-zoom gets the two small stand-ins below instead, and only d3-zoom does.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const STAND_INS: Record<string, string> = {
  'd3-transition': fileURLToPath(new URL('../src/ui/d3-transition-lite.ts', import.meta.url)),
  'd3-interpolate': fileURLToPath(new URL('../src/ui/interpolate-zoom.ts', import.meta.url)),
};

export function d3ZoomLite(): Plugin {
  return {
    name: 'd3-zoom-lite',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && /[\\/]node_modules[\\/]d3-zoom[\\/]/.test(importer) && source in STAND_INS) return STAND_INS[source];
      return null;
    },
  };
}
