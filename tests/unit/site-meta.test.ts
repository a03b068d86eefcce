// The head a search engine and a link preview read: title, description, Open Graph / Twitter card
// tags with the social card (a real PNG), robots.txt; canonical link and absolute card address
// when the build knows the site's address (SITE_URL).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteUrl, withSiteUrl } from '../../config/site-meta';

const ROOT = resolve(import.meta.dirname, '../..');
const html = readFileSync(resolve(ROOT, 'index.html'), 'utf8');
const meta = (h: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(h)?.[1];

describe('page metadata', () => {
  it('has a bilingual title and description and a complete link preview', () => {
    const title = /<title>([^<]+)<\/title>/.exec(html)![1]!;
    expect(title).toMatch(/[\u4e00-\u9fff]/);
    expect(title).toMatch(/Tianjin–Changchun/);
    const description = /<meta name="description" content="([^"]+)"/.exec(html)![1]!;
    expect(description).toMatch(/[\u4e00-\u9fff]/);
    expect(description).toMatch(/pairings/);
    for (const key of ['og:title', 'og:description', 'og:image', 'og:image:alt', 'og:type', 'twitter:card']) expect(meta(html, key), key).toBeTruthy();
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
  });

  it('points to a real 1200×630 PNG', () => {
    const png = readFileSync(resolve(ROOT, 'public', meta(html, 'og:image')!));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(meta(html, 'og:image:width')), Number(meta(html, 'og:image:height'))]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('has a robots.txt that lets crawlers in', () => {
    const robots = readFileSync(resolve(ROOT, 'public/robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
  });

  it('with SITE_URL: a canonical link, og:url and absolute card addresses', () => {
    const out = withSiteUrl(html, siteUrl('https://example.org/map'));
    expect(out).toContain('<link rel="canonical" href="https://example.org/map/" />');
    expect(meta(out, 'og:url')).toBe('https://example.org/map/');
    expect(meta(out, 'og:image')).toBe('https://example.org/map/social-card.png');
    // Without it, no address is made up.
    expect(withSiteUrl(html, siteUrl(undefined))).not.toContain('rel="canonical"');
  });

  it('rejects a SITE_URL that is not an absolute http(s) address', () => {
    expect(() => siteUrl('example.org/map/')).toThrow(/SITE_URL=example.org\/map\/: not an absolute URL/);
    expect(() => siteUrl('ftp://example.org/')).toThrow(/http/);
    expect(() => siteUrl('https://example.org/#pair=x')).toThrow(/hash/);
  });
});
