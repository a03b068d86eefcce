// The page's address, when the build knows it: `SITE_URL=https://example.org/map/ npm run build`
// adds <link rel="canonical"> and og:url, and makes the social card's address absolute (crawlers
// of WeChat, Weibo, X and Facebook do not resolve a relative og:image). Without SITE_URL the page
// works from any path (relative base), so it names no address of its own: a wrong canonical link
// would tell search engines the map lives somewhere else.
import type { Plugin } from 'vite';

/** Checks and normalises SITE_URL: absolute http(s), ending in a slash (the folder of index.html). */
export function siteUrl(value: string | undefined = process.env.SITE_URL): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL=${value}: not an absolute URL (e.g. https://example.org/map/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL=${value}: must be http(s)`);
  if (url.search || url.hash) throw new Error(`SITE_URL=${value}: no query or hash (the map's state lives in the hash)`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** index.html's head with the site's address filled in (pure, for the unit test). */
export function withSiteUrl(html: string, site: string | null): string {
  if (!site) return html;
  const abs = (path: string) => escape(new URL(path, site).href);
  return html
    .replace(/(<meta (?:property|name)="(?:og|twitter):image" content=")([^"]+)(")/g, (_, a: string, path: string, b: string) => `${a}${abs(path)}${b}`)
    .replace('</head>', `  <link rel="canonical" href="${escape(site)}" />\n    <meta property="og:url" content="${escape(site)}" />\n  </head>`);
}

export function siteMeta(): Plugin {
  const site = siteUrl();
  return { name: 'site-meta', apply: 'build', transformIndexHtml: { order: 'post', handler: (html) => withSiteUrl(html, site) } };
}
