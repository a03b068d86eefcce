// The site's Content-Security-Policy: nothing inline, nothing evaluated, nothing from
// another origin. Written into index.html as a <meta> tag at build time (dev keeps Vite's
// injected <style> tags working) and sent as a header by `vite preview`.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { BASEMAP_ORIGINS, offeredBasemaps } from '../src/geo-view/basemaps';

/**
 * Tile hosts of the basemaps this build offers (src/geo-view/basemaps.ts: VITE_BASEMAPS, default
 * `osm`; 天地图 only with a key; none in the single file). Only those: a build that offers no
 * basemap allows no tile host. The page asks them for nothing until the reader turns one on.
 */
export function basemapOrigins(mode = 'production', env: Record<string, string | undefined> = process.env): string[] {
  return offeredBasemaps(env.VITE_BASEMAPS, mode, Boolean(env.VITE_TIANDITU_KEY)).map((id) => BASEMAP_ORIGINS[id]!);
}

/** One list for every feature: see docs/offline-csp.md before adding to it. */
export function cspDirectives(mode = 'production'): Record<string, string[]> {
  return {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // Styles set through the CSSOM (el.style.x = …, as d3, MapLibre and deck.gl do) are allowed;
  // <style> elements and style="" attributes in markup are not.
  'style-src': ["'self'"],
  // Canvas exports and image previews are data: or blob: URLs.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  // Data files and TopoJSON come from our own origin; MapLibre fetches the tiles of an optional
  // basemap, when a visitor turns one on, from the allow-listed hosts only.
  'connect-src': ["'self'", ...basemapOrigins(mode)],
  // MapLibre's worker is a file of our origin (maplibregl.setWorkerUrl, src/geo-view); nothing builds
  // a worker from a blob: (deck.gl's loaders run on the main thread here), so blob: is not allowed.
  // img-src keeps blob: for the PNG export, which draws the SVG through an <img> of a blob: URL.
  'worker-src': ["'self'"],
  'child-src': ["'self'"],
  // The Embed dialog's live preview is an iframe of this same site.
  'frame-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
  };
}

/** The site's policy (the main build). */
export const CSP_DIRECTIVES: Record<string, string[]> = cspDirectives();

export function cspString(directives: Record<string, string[]> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The same policy with hashes for inline scripts and styles (the single-file build inlines everything). */
export function cspWithInline(scripts: string[], styles: string[]): string {
  const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
  // The single file offers no basemap, so its policy names no tile host.
  const single = cspDirectives('single');
  return cspString({
    ...single,
    // file:// pages have an opaque origin, so 'self' matches nothing there: only the hashed inline code runs.
    'script-src': [...single['script-src']!, ...scripts.map(hash)],
    'style-src': [...single['style-src']!, ...styles.map(hash)],
  });
}

function metaTag(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
}

/** Adds the policy to the built index.html, first in <head> so it covers everything after it. */
export function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/<head>/, `<head>\n    ${metaTag(cspString())}`),
    },
  };
}

/**
 * The single file: hashes every inline <script> and <style> once the bundle is inlined.
 * Rewrites the written file, so it runs after vite-plugin-singlefile whatever the plugin order.
 */
export function cspMetaInline(): Plugin {
  return {
    name: 'csp-meta-inline',
    apply: 'build',
    enforce: 'post',
    writeBundle(options, bundle) {
      for (const name of Object.keys(bundle).filter((f) => f.endsWith('.html'))) {
        const file = join(options.dir ?? 'dist', name);
        const html = readFileSync(file, 'utf8');
        const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter(Boolean);
        const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
        const policy = metaTag(cspWithInline(scripts, styles));
        const meta = /<meta http-equiv="Content-Security-Policy"[^>]*>/;
        writeFileSync(file, meta.test(html) ? html.replace(meta, () => policy) : html.replace(/<head>/, () => `<head>\n    ${policy}`));
      }
    },
  };
}
