// The single file (npm run build:single) opened from a USB stick: file://, one file, no network.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, screenshot } from './harness';

const BUILT = resolve(import.meta.dirname, '../../dist-single/index.html');

let browser: Browser;
let fileUrl: string;
beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error('dist-single/index.html is missing: run `npm run build:single` (npm test does).');
  // Copied alone into an empty folder, as on a USB stick: nothing next to it to load.
  const stick = mkdtempSync(join(tmpdir(), 'usb-'));
  const file = join(stick, '津长对口合作地图.html');
  copyFileSync(BUILT, file);
  fileUrl = pathToFileURL(file).href;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the single-file build', () => {
  it('is one HTML file with its data, under the strict policy plus hashes of its inline code', () => {
    const html = readFileSync(BUILT, 'utf8');
    // The markup alone, without the inlined code (which itself contains the embed snippet's <script src>).
    const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>').replace(/(<style\b[^>]*>)[\s\S]*?<\/style>/g, '$1</style>');
    expect(markup).not.toMatch(/<script[^>]+src=|<link[^>]+rel="(stylesheet|preload|modulepreload)"/);
    expect(markup.match(/<script\b/g)).toHaveLength(1);
    // The boundaries are in the file (bundled as a JS object literal).
    expect(html).toMatch(/\barcs"?:\[\[/);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    expect(policy).toMatch(/script-src 'self' 'sha256-[^']+'/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(statSync(BUILT).size).toBeLessThan(1_000_000);
  });

  it('opens from file://, draws the map, selects a pair, with no errors and no request but itself', async () => {
    const w = await openPage(browser, { path: fileUrl, allowOrigins: ['null'] });
    const { page } = w;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    expect(await page.locator('svg.paired-map .label').count()).toBe(40);
    expect(await page.locator('path.unit').count()).toBe(27);
    await page.locator('.labels-changchun .label[data-party="chaoyang"]').click();
    await expect.poll(() => page.locator('.label.is-selected[data-party="heping"]').count()).toBe(1);
    await expect.poll(() => page.locator('#panel').textContent()).toMatch(/和平区/);
    expect(await page.evaluate(() => location.hash)).toBe('#pair=chaoyang-heping&lang=zh');
    // The national view, loaded on demand, works from the file too (its TopoJSON is inlined).
    await page.locator('.view-button[data-view="national"]').click();
    await page.locator('.national svg path').first().waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.locator('.national-status.has-error').count()).toBe(0);
    await screenshot(page, 'single-file-national');
    // No Embed button: a file on a stick has no address to embed.
    expect(await page.locator('.embed-button').count()).toBe(0);
    await screenshot(page, 'single-file-selected');
    expect(requests.filter((u) => !u.startsWith('data:') && !u.startsWith(fileUrl))).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.offOrigin).toEqual([]);
    await page.context().close();
  });
});
