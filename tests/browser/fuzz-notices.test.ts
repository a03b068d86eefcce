// Fuzzed links in the real page: whatever the hash, the map stays drawn, nothing throws,
// and every value it cannot use is named in a visible notice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Values no field accepts, from plain typos to markup and broken escapes. */
const badValue = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => !['zh', 'en', 'paired', '0', '1', 'true', 'false'].includes(s) && !/^([1-9]|1[0-8])$/.test(s)),
  fc.constantFrom('<img src=x onerror=alert(1)>', '__proto__', 'toString', '"quoted"', '天津', 'x'.repeat(200)),
);

describe('fuzzed links in the browser', () => {
  it('names every unusable value in a visible notice and keeps the map (40 random links)', async () => {
    const w = await openPage(browser, { path: '#lang=en' });
    const { page } = w;
    const cases = fc.sample(fc.tuple(fc.constantFrom('pair', 'lang', 'view', 'embed', 'task', 'group'), badValue), { numRuns: 40, seed: 20180317 });
    for (const [key, value] of cases) {
      const hash = `#${key}=${encodeURIComponent(value)}`;
      // A hash change is a history navigation: the app reads it like a new link.
      await page.evaluate((h) => (location.hash = h), hash);
      const notice = page.locator(`#notices [data-notice="unknown-${key}"]`);
      await expect.poll(() => notice.isVisible(), { message: hash }).toBe(true);
      expect((await notice.textContent())!.length, hash).toBeGreaterThan(5);
      expect(await page.locator('svg.paired-map .label').count(), hash).toBe(40);
    }
    // A broken escape is reported as a malformed link.
    await page.evaluate(() => (location.hash = '#pair=%E0%A4%A'));
    await expect.poll(() => page.locator('#notices [data-notice="malformed"]').isVisible()).toBe(true);
    expect(w.errors).toEqual([]);
    await page.context().close();
  });
});

describe('what a link holds besides the map’s own keys', () => {
  it('names a mistyped key and the first value of a key given twice', async () => {
    const w = await openPage(browser, { path: '#lang=en&pari=chaoyang-heping&pair=nanguan-hexi&pair=chaoyang-heping' });
    const { page } = w;
    await expect.poll(() => page.locator('#notices [data-notice="unknown-key"]').textContent()).toContain('“pari”');
    expect(await page.locator('#notices [data-notice="repeated-key"]').textContent()).toContain('pair=nanguan-hexi');
    // The later value is the one shown.
    expect(await page.locator('.label.is-selected[data-party="chaoyang"]').count()).toBe(1);
    await page.context().close();
  });

  it('a ?query link works like the hash: the map’s keys move into the hash, the host’s parameters stay', async () => {
    const w = await openPage(browser, { path: '?utm_source=news&pair=chaoyang-heping&lang=en' });
    const { page } = w;
    expect(await page.locator('.label.is-selected[data-party="chaoyang"]').count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^en/);
    expect(await page.evaluate(() => location.search)).toBe('?utm_source=news');
    expect(await page.evaluate(() => location.hash)).toMatch(/pair=chaoyang-heping/);
    expect(await page.locator('#notices [data-notice]').count()).toBe(0);
    await page.context().close();
  });
});
