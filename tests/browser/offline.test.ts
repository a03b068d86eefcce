// Officials present without internet: after one visit the site reloads with the network off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, screenshot, waitForMap } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline', () => {
  it('after one visit, reloads and works with the network off', async () => {
    const w = await openPage(browser, { path: '#pair=chaoyang-heping&lang=en' });
    const { page } = w;
    // The footer says so once the service worker has the whole site.
    await expect.poll(() => page.locator('.offline-status').isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await page.locator('.offline-status').textContent()).toMatch(/without a network/);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);

    expect(w.errors).toEqual([]);

    await page.context().setOffline(true);
    // Really offline: anything not in the cache fails (and the browser logs that failure, which is ours).
    expect(await page.evaluate(() => fetch(`./not-cached-${Date.now()}.json`).then(() => 'loaded', () => 'failed'))).toBe('failed');
    await expect.poll(() => w.errors.length).toBe(1);
    expect(w.errors.pop()).toMatch(/ERR_INTERNET_DISCONNECTED/);
    await page.reload();
    await waitForMap(page);
    expect(await page.locator('svg.paired-map .label').count()).toBe(40);
    expect(await page.locator('.label.is-selected[data-party="chaoyang"]').count()).toBe(1);
    // Still usable: another pairing, and the other language.
    await page.locator('.labels-changchun .label[data-party="cc-etdz"]').click();
    await expect.poll(() => page.locator('#panel h2').first().textContent()).toMatch(/Economic and Technological/);
    await page.locator('#lang-switch').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await screenshot(page, 'offline-reload');
    expect(w.errors).toEqual([]);
    await page.context().close();
  });

  it('an embed registers no service worker, so an article’s reader does not download the whole site', async () => {
    const w = await openPage(browser, { path: '#pair=chaoyang-heping&embed=1' });
    const { page } = w;
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    // The app registers its worker while it starts (src/offline/register.ts), so by the time the
    // network is idle a registration would exist and sw.js would have been requested.
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    expect(requested.filter((p) => /maplibre|deckgl|sw\.js/.test(p))).toEqual([]);
    expect(w.errors).toEqual([]);
    await page.context().close();
  });
});
