// The city maps' animated zoom (src/ui/zoom-tween.ts, which replaced d3-transition to keep ~9 KB
// gzip off the first paint): the + button and the zoom to a selected pairing move each map in
// steps to where d3-zoom's own transition took it, ⟲ brings it back, and a reader who asked for
// less motion gets the jump at once. The page's clock is paused and stepped by the test, so a
// loaded machine cannot skip the frames. Each animated case fails on a jump (planted: t = 1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, expectClean } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Every transform a city map's zoom layer takes from now on, in order. */
async function recordZoom(page: Page, city = 'changchun'): Promise<() => Promise<string[]>> {
  await page.evaluate((city) => {
    const layer = document.querySelector(`.city-${city} .zoom-layer`)!;
    const seen: string[] = [];
    (window as unknown as { zoomSeen: string[] }).zoomSeen = seen;
    new MutationObserver((records) => records.forEach(() => seen.push(layer.getAttribute('transform') ?? ''))).observe(layer, { attributes: true, attributeFilter: ['transform'] });
  }, city);
  return () => page.evaluate(() => [...(window as unknown as { zoomSeen: string[] }).zoomSeen]);
}

const scaleOf = (t: string | null) => Number(/scale\(([\d.]+)\)/.exec(t ?? '')?.[1] ?? NaN);

describe('the city maps zoom', () => {
  it('with the + button, in steps, to 1.6×, and ⟲ brings them back to 1×', async () => {
    const w = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    const { page } = w;
    const layer = page.locator('.city-changchun .zoom-layer');
    const scale = async () => scaleOf(await layer.getAttribute('transform'));
    expect(await scale()).toBe(1);
    // The page's clock and frames from here on are the test's: a loaded machine cannot skip the frames.
    // Paused: time moves only by runFor.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    await page.locator('.zoom-in').evaluate((b: HTMLElement) => b.click());
    await page.clock.runFor(100);
    const midway = await scale();
    expect(midway, 'animated: on the way after 100 of 250 ms').toBeGreaterThan(1.01);
    expect(midway).toBeLessThan(1.59);
    await page.clock.runFor(100);
    expect(await scale(), 'further on, still growing').toBeGreaterThan(midway);
    await page.clock.runFor(200);
    expect(await scale()).toBeCloseTo(1.6, 5);
    await page.clock.runFor(1000);
    expect(await scale(), 'and it stays').toBeCloseTo(1.6, 5);
    await page.locator('.zoom-reset').evaluate((b: HTMLElement) => b.click());
    await page.clock.runFor(1000);
    expect(await layer.getAttribute('transform')).toBe('translate(0,0) scale(1)');
    await expectClean(w);
    await page.context().close();
  });

  it('to a selected pairing, in steps, and stays there', async () => {
    const w = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    const { page } = w;
    const layer = page.locator('.city-tianjin .zoom-layer');
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    await page.locator('.labels-tianjin .label[data-party="heping"]').evaluate((g) => g.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    await page.clock.runFor(150);
    const midway = await layer.getAttribute('transform');
    await page.clock.runFor(1000);
    const there = (await layer.getAttribute('transform')) ?? '';
    expect(scaleOf(there), 'zoomed in on 和平区').toBeGreaterThan(2);
    // Animated: after 150 of 450 ms it is neither where it started nor where it ends.
    expect(midway).not.toBe('translate(0,0) scale(1)');
    expect(midway).not.toBe(there);
    await page.clock.runFor(1000);
    expect(await layer.getAttribute('transform'), 'and it stays').toBe(there);
    // 和平区 (10 km²) is drawn at least 24 px across once there (issue 11 item 2).
    const box = (await page.locator('.city-tianjin .unit[data-party="heping"]').boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    await expectClean(w);
    await page.context().close();
  });

  it('at once for a reader who asked for less motion', async () => {
    const w = await openPage(browser, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const { page } = w;
    const layer = page.locator('.city-changchun .zoom-layer');
    const seen = await recordZoom(page);
    await page.locator('.zoom-in').click();
    await expect.poll(async () => scaleOf(await layer.getAttribute('transform'))).toBeCloseTo(1.6, 5);
    const steps = (await seen()).map(scaleOf);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.filter((k) => Math.abs(k - 1.6) > 1e-6), 'no frames on the way').toEqual([]);
    await expectClean(w);
    await page.context().close();
  });
});
