// Accessibility in real Chromium: axe-core on every view and mode, keyboard paths with visible
// focus, the table of all pairings, and the dark scheme.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, screenshot } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core in the page (injected through DevTools, so the page's CSP does not block it) and
 * returns the serious and critical findings, with the offending elements for the failure message.
 */
async function seriousViolations(page: Page): Promise<Finding[]> {
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const PAGES: [string, string, Parameters<typeof openPage>[1]][] = [
  ['overview zh', 'a11y-overview-zh', { path: '#lang=zh' }],
  ['a selected pair en', 'a11y-pair-en', { path: '#pair=chaoyang-heping&lang=en' }],
  ['overview, dark scheme', 'a11y-overview-dark', { path: '#lang=zh', colorScheme: 'dark' }],
  ['a selected pair, dark scheme, en', 'a11y-pair-dark-en', { path: '#pair=jingyue-nankai&lang=en', colorScheme: 'dark' }],
  ['a phone', 'a11y-phone-zh', { path: '#pair=chaoyang-heping', viewport: { width: 390, height: 844 } }],
  ['the national view', 'a11y-national-zh', { path: '#view=national&national=heilongjiang-guangdong', ready: 'svg.national-map .arc', map: false }],
  ['the national view, dark scheme', 'a11y-national-dark', { path: '#view=national&lang=en', ready: 'svg.national-map .arc', map: false, colorScheme: 'dark' }],
  ['the geographic view', 'a11y-geo-zh', { path: '#view=geo&pair=chaoyang-heping', ready: '.geo-view[data-ready="true"]', map: false, reducedMotion: 'reduce' }],
  ['presentation mode', 'a11y-present-zh', { path: '#mode=present&step=2', viewport: { width: 1920, height: 1080 } }],
  ['embed mode', 'a11y-embed-en', { path: '#pair=chaoyang-heping&lang=en&embed=1' }],
];

describe('axe-core finds no serious or critical violations', () => {
  for (const [name, shot, options] of PAGES) {
    it(name, async () => {
      const w = await openPage(browser, options);
      const { page } = w;
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      // Open the table too, so its markup is checked with the page.
      if (await page.locator('.pairings-table-box').isVisible()) await page.locator('.pairings-table-box summary').click();
      await screenshot(page, shot);
      const found = await seriousViolations(page);
      expect(found, JSON.stringify(found, null, 1)).toEqual([]);
      expect(w.errors).toEqual([]);
      await page.context().close();
    });
  }
});

/** The focused element's outline, as the reader sees it. */
async function focusRing(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { tag: el.tagName, text: el.textContent?.trim() ?? '', style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
}

describe('keyboard', () => {
  it('the first Tab shows a skip button that takes focus to the pairings, with a visible ring all the way', async () => {
    const w = await openPage(browser, { path: '#lang=zh' });
    const { page } = w;
    await page.keyboard.press('Tab');
    const first = await focusRing(page);
    expect(first.text).toBe('跳到结对列表');
    const box = await page.locator('.skip-link').boundingBox();
    expect(box && box.y >= 0 && box.height > 10).toBe(true);
    await screenshot(page, 'a11y-skip-link');
    await page.keyboard.press('Enter');
    const inPanel = await page.evaluate(() => document.getElementById('panel')!.contains(document.activeElement));
    expect(inPanel).toBe(true);
    // Every stop of the next 25 Tabs shows a focus ring of at least 2 px.
    for (let i = 0; i < 25; i++) {
      const ring = await focusRing(page);
      expect(ring.style, `${ring.tag} ${ring.text}`).not.toBe('none');
      expect(ring.width, `${ring.tag} ${ring.text}`).toBeGreaterThanOrEqual(2);
      await page.keyboard.press('Tab');
    }
    await page.context().close();
  });
});

describe('the table of all pairings', () => {
  it('has a caption, column and row headers and a row for each of the 16 pairings; its button selects the pair', async () => {
    const w = await openPage(browser, { path: '#lang=zh' });
    const { page } = w;
    await page.locator('.pairings-table-box summary').click();
    const table = page.locator('table.pairings-table');
    await expect(table.locator('caption').textContent()).resolves.toContain('§三(四)15');
    expect(await table.locator('thead th[scope="col"]').count()).toBe(7);
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => ({
      pair: tr.getAttribute('data-pair'),
      header: tr.querySelector('th[scope="row"]')?.textContent ?? '',
      cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
    })));
    expect(rows).toHaveLength(16);
    const heping = rows.find((r) => r.pair === 'chaoyang-heping')!;
    expect(heping.header).toBe('朝阳区');
    expect(heping.cells[1]).toBe('和平区');
    // Multi-partner pairings list every partner.
    const jingyue = rows.find((r) => r.header.includes('净月'))!;
    expect(jingyue.cells[1]).toContain('南开区');
    expect(jingyue.cells[1]).toContain('中心商务区');
    for (const r of rows) expect(r.cells[4], r.pair!).toMatch(/实施方案|437号|§/);
    await table.locator('tr[data-pair="chaoyang-heping"] .table-show').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('pair=chaoyang-heping');
    await expect(page.locator('#panel').textContent()).resolves.toContain('津门风情街');
    await page.context().close();
  });

  it('switches language with the page', async () => {
    const w = await openPage(browser, { path: '#lang=en' });
    const { page } = w;
    await page.locator('.pairings-table-box summary').click();
    await expect(page.locator('tr[data-pair="chaoyang-heping"] th').textContent()).resolves.toMatch(/Chaoyang/);
    await page.locator('#lang-switch').click();
    await expect(page.locator('tr[data-pair="chaoyang-heping"] th').textContent()).resolves.toBe('朝阳区');
    // Still open after the switch: the reader opened it.
    expect(await page.locator('.pairings-table-box').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.context().close();
  });
});

/** Relative luminance of a CSS rgb() colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('prefers-color-scheme', () => {
  it('dark: the page and the paired map turn dark with light text; the national map keeps its light paper', async () => {
    const w = await openPage(browser, { path: '#lang=zh', colorScheme: 'dark' });
    const { page } = w;
    const colors = await page.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
      label: getComputedStyle(document.querySelector('.label-box')!).fill,
      labelText: getComputedStyle(document.querySelector('.label-text')!).fill,
    }));
    expect(luminance(colors.body)).toBeLessThan(0.05);
    expect(luminance(colors.text)).toBeGreaterThan(0.6);
    expect(luminance(colors.label)).toBeLessThan(0.1);
    expect(luminance(colors.labelText)).toBeGreaterThan(0.6);
    await screenshot(page, 'dark-overview-zh');
    await page.locator('.view-button', { hasText: '全国' }).click();
    await page.locator('svg.national-map .arc').first().waitFor();
    const paper = await page.locator('.national-map-box').evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(luminance(paper)).toBeGreaterThan(0.9);
    await screenshot(page, 'dark-national-zh');
    await page.context().close();
  });

  it('light is the default, and presenting stays black on white whatever the scheme', async () => {
    const w = await openPage(browser, { path: '#mode=present&step=1', colorScheme: 'dark', viewport: { width: 1920, height: 1080 } });
    const bg = await w.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(luminance(bg)).toBeGreaterThan(0.9);
    await w.page.context().close();
  });
});
