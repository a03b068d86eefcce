// `npm run build:single` (vite build --mode single): one HTML file with everything inlined,
// data included, that works from a USB stick via file:// (no service worker, no fetch).
import { viteSingleFile } from 'vite-plugin-singlefile';
import type { Plugin, PluginOption } from 'vite';
import { cspMetaInline } from './csp.ts';

export const SINGLE_MODE = 'single';
export const SINGLE_OUT_DIR = 'dist-single';

/** Files under file:// cannot be fetched: the preload of the TopoJSON would only fail. */
function dropFetchPreloads(): Plugin {
  return {
    name: 'single-drop-preloads',
    transformIndexHtml: (html) => html.replace(/\s*<link rel="preload"[^>]*as="fetch"[^>]*>/g, ''),
  };
}

/** The file carries its scripts inline, so they cannot fail to arrive: no need for public/boot.js (not copied either). */
function dropBootScript(): Plugin {
  return {
    name: 'single-drop-boot',
    transformIndexHtml: (html) => html.replace(/\s*<script src="\.\/boot\.js"[^>]*><\/script>/, ''),
  };
}

export function singleFile(): PluginOption[] {
  return [dropFetchPreloads(), dropBootScript(), viteSingleFile({ removeViteModuleLoader: true }), cspMetaInline()];
}
