// The code a journalist pastes into an article: an iframe of the current state plus embed.js.
import type { AppState } from '../state/app-state';

/** The sandbox the snippet asks for: scripts and storage for the map, popups for "open the full map". */
export const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** The site's address without its hash, e.g. https://example.org/map/index.html → https://example.org/map/ */
export function siteUrl(href: string): string {
  const url = new URL(href);
  url.hash = '';
  url.search = '';
  url.pathname = url.pathname.replace(/index\.html$/, '');
  return url.href;
}

/** Writes a state as a URL hash: the app's `url.serialize` (AppContext). */
export type SerializeHash = (state: AppState) => string;

export function embedUrl(site: string, state: AppState, serializeHash: SerializeHash): string {
  return `${site}${serializeHash({ ...state, embed: true })}`;
}

/** The full map for the same state: what "open the full map" links to. */
export function fullUrl(site: string, state: AppState, serializeHash: SerializeHash): string {
  return `${site}${serializeHash({ ...state, embed: false })}`;
}

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function snippetHtml(site: string, state: AppState, serializeHash: SerializeHash, title: string, height = 640): string {
  return [
    `<iframe src="${attr(embedUrl(site, state, serializeHash))}" title="${attr(title)}" width="100%" height="${height}" style="width:100%;max-width:100%;border:0" sandbox="${SANDBOX}" loading="lazy"></iframe>`,
    `<script src="${attr(new URL('embed.js', site).href)}" async></script>`,
  ].join('\n');
}
