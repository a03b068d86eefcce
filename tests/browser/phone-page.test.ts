// The paired page on a phone (issue 11 item 4): with nothing selected it is at most three
// screens long, and the first screen shows both city maps and the start of the chart.
// (On main before the overview folded: 6,368 px in Chinese, 7,773 px in English at 390×844.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, screenshot } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The phones a reader holds (CSS px): 320×640 (small Android), 360×740 (the common Android),
 * 375×667 (iPhone SE 2nd/3rd gen, 8), 390×844 (iPhone 12–15), 414×896 (iPhone 11, XR), 430×932
 * (Pro Max). 320×568 (the 4-inch iPhone SE of 2016) is not one of them: its chart alone (23 rows
 * of 44 px for a thumb, and both maps) is 1,280 px, 2.3 of its screens.
 */
const PHONES = [
  [320, 640],
  [360, 740],
  [375, 667],
  [390, 844],
  [414, 896],
  [430, 932],
] as const;

/**
 * Everything a thumb can hit that is on the page and smaller than 44 × 44 px: controls (buttons,
 * selects, inputs, folds' summaries) and the chart's rows (their tap areas). Text links inside
 * sentences are left out (WCAG 2.5.8's inline exception).
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const shown = (e: Element) => {
      const b = e.getBoundingClientRect();
      const style = getComputedStyle(e);
      // Laid out, visible and not parked off screen (the skip button waits at top: -10rem for the keyboard).
      return b.width > 0 && b.height > 0 && style.visibility !== 'hidden' && b.bottom + scrollY > 0 && !e.closest('[hidden], .visually-hidden');
    };
    const name = (e: Element) => `${e.localName}.${[...e.classList].join('.')}${e.getAttribute('data-party') ? `[${e.getAttribute('data-party')}]` : ''} "${(e.textContent ?? '').trim().slice(0, 20)}"`;
    for (const e of document.querySelectorAll('button, select, input:not([type="hidden"]), summary, [role="button"]')) {
      if (!shown(e)) continue;
      const b = e.getBoundingClientRect();
      if (b.width < 44 - 0.5 || b.height < 44 - 0.5) out.push(`${name(e)} ${Math.round(b.width)}×${Math.round(b.height)}`);
    }
    for (const e of document.querySelectorAll('svg.paired-map .label-hit')) {
      const b = e.getBoundingClientRect();
      if (b.width < 44 - 0.5 || b.height < 44 - 0.5) out.push(`row ${name(e.parentElement!)} ${Math.round(b.width)}×${Math.round(b.height)}`);
    }
    return out;
  });
}

describe('the paired page on a phone', () => {
  for (const [width, height] of PHONES)
    for (const lang of ['zh', 'en'] as const)
      it(`${width}×${height} ${lang}: at most three screens long; both maps and the chart's first row on the first screen; every target ≥ 44 px`, async () => {
        const { page } = await openPage(browser, { path: `#lang=${lang}`, viewport: { width, height }, isMobile: true, hasTouch: true });
        const seen = await page.evaluate(() => {
          const bottom = (s: string) => document.querySelector(s)!.getBoundingClientRect().bottom;
          return {
            length: document.documentElement.scrollHeight,
            maps: Math.max(bottom('.city-changchun .map-bg'), bottom('.city-tianjin .map-bg')),
            firstRow: bottom('.labels-changchun .label'),
            sentence: bottom('#subtitle'),
          };
        });
        // Issue 11.4: with nothing selected, at most three screens. (On main before: 320×640 2,180 zh /
        // 2,337 en px, 3.4–3.7 screens; 360×740 en 2,318 px, 3.1.)
        expect(seen.length, 'page length').toBeLessThanOrEqual(3 * height);
        // The first screen explains itself: the sentence on 对口合作, both maps, the chart's first row.
        expect(seen.sentence, 'the one-sentence explanation on the first screen').toBeLessThanOrEqual(height);
        expect(seen.maps, 'both city maps on the first screen').toBeLessThanOrEqual(height);
        expect(seen.firstRow, "the chart's first row on the first screen").toBeLessThanOrEqual(height);
        expect(await smallTargets(page), 'targets under 44 px at rest').toEqual([]);
        // The search box's hint is whole, not cut mid-word ("Search districts, zo" at 320 px).
        const hint = await page.locator('.search-input').evaluate((input: HTMLInputElement) => {
          const style = getComputedStyle(input);
          const ctx = document.createElement('canvas').getContext('2d')!;
          ctx.font = style.font;
          const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return { text: input.placeholder, width: ctx.measureText(input.placeholder).width, room };
        });
        expect(hint.width, `the search hint "${hint.text}" fits its box`).toBeLessThanOrEqual(hint.room + 1);
        // What waits behind "More" and the folds is all there, a tap away, and as easy to hit.
        await page.locator('#toolbar-more').click();
        for (const selector of ['.present-enter', '.export-button', '#find-filter']) await expect.poll(() => page.locator(selector).isVisible(), { message: selector }).toBe(true);
        for (const summary of await page.locator('details:not([open]) > summary').all()) if (await summary.isVisible()) await summary.click();
        await expect.poll(() => page.locator('#panel .fold.projects .project').first().isVisible()).toBe(true);
        expect(await smallTargets(page), 'targets under 44 px with everything open').toEqual([]);
        await screenshot(page, `phone-page-${width}-${lang}`);
      });
  for (const lang of ['zh', 'en'] as const)
    it(`390×844 ${lang}: a tap on a row keeps the reader where they are and sums the pair up in a sheet on screen`, async () => {
      // On main before: the page jumped ~1,000 px to the panel, away from the highlight.
      const { page } = await openPage(browser, { path: `#lang=${lang}`, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      const row = page.locator('.labels-changchun .label[data-party="nanguan"]');
      await row.scrollIntoViewIfNeeded();
      const before = await page.evaluate(() => scrollY);
      await row.click();
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('pair=nanguan-hexi');
      const sheet = page.locator('.sheet');
      await expect.poll(() => sheet.isVisible()).toBe(true);
      expect(Math.abs((await page.evaluate(() => scrollY)) - before), 'the page did not jump').toBeLessThan(50);
      expect(await sheet.locator('.sheet-title').textContent()).toMatch(lang === 'zh' ? /南关区.*⟷.*河西区/ : /Nanguan.*⟷.*Hexi/);
      // The highlighted row and the sheet are on the screen together, the row not under the sheet.
      const rowBox = (await page.locator('.labels-changchun .label.is-selected[data-party="nanguan"]').boundingBox())!;
      const sheetBox = (await sheet.boundingBox())!;
      expect(rowBox.y).toBeGreaterThanOrEqual(0);
      expect(rowBox.y + rowBox.height).toBeLessThanOrEqual(sheetBox.y);
      expect(await smallTargets(page), 'targets under 44 px with the sheet open').toEqual([]);
      await screenshot(page, `phone-sheet-${lang}`);
      // Scrolled to the end, the page's last words come out from under the sheet.
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(() => page.evaluate(() => document.querySelector('.site-footer')!.getBoundingClientRect().bottom), { message: 'the footer above the sheet' }).toBeLessThanOrEqual((await sheet.boundingBox())!.y);
      // "Details" goes to the panel; × clears the selection and the sheet goes.
      await sheet.locator('.sheet-details').click();
      await expect.poll(() => page.locator('#panel .pair-title').evaluate((e) => e.getBoundingClientRect().top < innerHeight)).toBe(true);
      await sheet.locator('.sheet-close').click();
      await expect.poll(() => sheet.isVisible()).toBe(false);
      expect(await page.evaluate(() => location.hash)).not.toContain('pair=');
    });
});
