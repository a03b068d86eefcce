// Finding things in real Chromium: the search combobox (Chinese, English, pinyin, keyboard only),
// the key-task filter on the map, the panel and the URL, and the legend. Expected sets come from
// the content, never from the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ARTIFACTS, launch, openPage, screenshot, waitForMap, shot, pdfPicture } from './harness';
import { content } from '../../src/content/index';
import { filterMatches } from '../../src/model/filter';
import { LEGEND_KEYS, LEGEND_STRINGS } from '../../src/legend/strings';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const hashParam = (page: Page, key: string) => page.evaluate((k) => new URLSearchParams(location.hash.slice(1)).get(k), key);

/** data-pair of every link the filter highlights, by basis. */
async function highlighted(page: Page) {
  return page.locator('svg.paired-map .link.is-match').evaluateAll((els) => ({
    all: [...new Set(els.map((e) => e.getAttribute('data-pair')!))].sort(),
    stated: [...new Set(els.filter((e) => e.classList.contains('is-match-stated')).map((e) => e.getAttribute('data-pair')!))].sort(),
    related: [...new Set(els.filter((e) => e.classList.contains('is-match-related')).map((e) => e.getAttribute('data-pair')!))].sort(),
  }));
}

function expected(choice: { task: number | null; group: number | null }) {
  const m = filterMatches(content, choice)!;
  const by = (b: string) => [...m.pairs].filter(([, basis]) => basis === b).map(([id]) => id).sort();
  return { all: [...m.pairs.keys()].sort(), stated: by('stated'), related: by('related') };
}

describe('search', () => {
  // "hp" exists only in the build-time pinyin index (initials), so it fails without it.
  // One page for the seven spellings (a page load each cost 13 s): back to the overview between them.
  it('finds 和平区 by 和平, Heping, heping, hépíng, “he ping”, ＨＥＰＩＮＧ and hp, and Enter selects its pairing with 朝阳区', { timeout: 300_000 }, async () => {
    const w = await openPage(browser);
    const { page } = w;
    const input = page.locator('#find-search');
    await expect.poll(() => input.getAttribute('role')).toBe('combobox');
    for (const query of ['和平', 'Heping', 'heping', 'hépíng', 'he ping', 'ＨＥＰＩＮＧ', 'hp']) {
      await page.evaluate(() => {
        location.hash = '#';
      });
      await expect.poll(() => page.locator('#panel').getAttribute('data-view'), { message: query }).not.toBe('pair');
      await input.fill('');
      await input.click();
      await input.pressSequentially(query, { delay: 20 });
      const first = page.locator('#find-results [role="option"]').first();
      await first.waitFor();
      await expect.poll(() => first.getAttribute('data-entry'), { message: query }).toBe('heping');
      expect(await first.getAttribute('aria-selected'), query).toBe('true');
      expect(await input.getAttribute('aria-expanded'), query).toBe('true');
      expect(await input.getAttribute('aria-activedescendant'), query).toBe(await first.getAttribute('id'));
      // Name in the current language, the other language, city and kind.
      const text = await first.textContent();
      expect(text, query).toContain('和平区');
      expect(text, query).toContain('Heping District');
      expect(text, query).toContain('天津');
      expect(text, query).toContain('市辖区');
      await input.press('Enter');
      await expect.poll(() => hashParam(page, 'pair'), { message: query }).toBe('chaoyang-heping');
      expect(await input.getAttribute('aria-expanded'), query).toBe('false');
      await expect.poll(() => page.locator('#panel').getAttribute('data-view'), { message: query }).toBe('pair');
      const title = await page.locator('#panel .pair-title').textContent();
      expect(title, query).toContain('朝阳区');
      expect(title, query).toContain('和平区');
      expect(await page.locator('svg.paired-map .link.is-selected').first().getAttribute('data-pair'), query).toBe('chaoyang-heping');
    }
  });

  it('finds a zone by pinyin and a partial name, and an unpaired unit as a place (en)', async () => {
    const w = await openPage(browser, { path: '#lang=en' });
    const { page } = w;
    const input = page.locator('#find-search');
    expect(await input.getAttribute('placeholder')).toMatch(/^Search/);
    for (const [query, entry, key, value] of [
      ['jingyue', 'cc-jingyue', 'pair', 'jingyue-nankai'],
      // Pinyin only (the English name says "High-tech"): needs the build-time index.
      ['jingyue gaoxin', 'cc-jingyue', 'pair', 'jingyue-nankai'],
      ['jygxq', 'cc-jingyue', 'pair', 'jingyue-nankai'],
      ['净月', 'cc-jingyue', 'pair', 'jingyue-nankai'],
      ['gongzhuling', 'gongzhuling', 'place', 'gongzhuling'],
      ['lvyuan', 'lvyuan', 'pair', 'lvyuan-hebei'],
    ] as const) {
      await input.fill('');
      await input.click();
      await input.pressSequentially(query, { delay: 20 });
      const first = page.locator('#find-results [role="option"]').first();
      await expect.poll(() => first.getAttribute('data-entry'), { message: query }).toBe(entry);
      await input.press('Enter');
      await expect.poll(() => hashParam(page, key), { message: query }).toBe(value);
    }
    // In English the option leads with the English name and gives the Chinese one too.
    await input.fill('');
    await input.pressSequentially('Jingyue', { delay: 20 });
    const text = await page.locator('#find-results [role="option"]').first().textContent();
    expect(text).toMatch(/^Changchun Jingyue/);
    expect(text).toContain('净月');
    expect(text).toContain('functional zone');
    await page.context().close();
  });

  it('works by keyboard only: Tab in, ↓ ↑ move, Enter chooses, Esc closes, and a miss says so', async () => {
    const w = await openPage(browser);
    const { page } = w;
    for (let i = 0; i < 20; i++) {
      if (await page.evaluate(() => document.activeElement?.id === 'find-search')) break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('find-search');
    await page.keyboard.type('he', { delay: 30 });
    const options = page.locator('#find-results [role="option"]');
    await options.first().waitFor();
    expect(await options.count()).toBeGreaterThan(2);
    const input = page.locator('#find-search');
    const active = () => input.getAttribute('aria-activedescendant');
    expect(await active()).toBe('find-option-0');
    await page.keyboard.press('ArrowDown');
    expect(await active()).toBe('find-option-1');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await active()).toBe(`find-option-${(await options.count()) - 1}`);
    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#find-results').isVisible()).toBe(false);
    // Esc on a closed box clears it; the page's own Esc is not triggered.
    await page.keyboard.press('Escape');
    expect(await input.inputValue()).toBe('');
    await page.keyboard.type('hexi', { delay: 30 });
    await expect.poll(() => options.first().getAttribute('data-entry')).toBe('hexi');
    await page.keyboard.press('Enter');
    await expect.poll(() => hashParam(page, 'pair')).toBe('nanguan-hexi');
    // A query that matches nothing: a visible message, no listbox.
    await input.focus();
    await input.fill('');
    await page.keyboard.type('zzqx', { delay: 30 });
    const status = page.locator('.search-status.is-empty');
    await expect.poll(() => status.isVisible()).toBe(true);
    expect(await status.textContent()).toContain('zzqx');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    await page.context().close();
  });

  it('chooses an option with the mouse', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await page.locator('#find-search').click();
    await page.keyboard.type('shuangchuang', { delay: 20 });
    const option = page.locator('#find-results [role="option"][data-entry="jinchang-innovation-base"]');
    await option.click();
    // A project is shown where it lies (src/projects): its zones on the maps, its own panel page.
    await expect.poll(() => hashParam(page, 'project')).toBe('jinchang-innovation-base');
    await expect.poll(() => page.locator('#panel').getAttribute('data-view')).toBe('project');
    await page.context().close();
  });
});

describe('key-task filter', () => {
  it('highlights exactly the pairings the content links to a task, round-trips the URL across reload', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await page.locator('#find-filter').selectOption('t10');
    await expect.poll(() => hashParam(page, 'task')).toBe('10');
    const want = expected({ task: 10, group: null });
    expect(want.all.length).toBeGreaterThan(0);
    await expect.poll(() => highlighted(page)).toEqual(want);
    const summary = page.locator('.filter-summary');
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.textContent()).toContain(`任务10`);
    expect(await summary.textContent()).toContain(`${want.all.length} 对结对（${want.stated.length} 对文件明确、${want.related.length} 对主题相关）`);
    expect(await summary.textContent()).toContain('§三(二)10');
    // Other links are dimmed.
    const dim = await page.locator('svg.paired-map .link:not(.is-match) .link-line').first().evaluate((e) => Number(getComputedStyle(e).opacity));
    expect(dim).toBeLessThan(0.3);
    // The panel's list marks the same pairings, in words too.
    const listed = await page.locator('#panel .pair-button.is-match').evaluateAll((els) => els.map((e) => e.getAttribute('data-pair')!).sort());
    expect(listed).toEqual(want.all);
    expect(await page.locator('#panel .pair-button.is-match .match-badge').first().textContent()).toBe('主题相关');
    await page.reload();
    await waitForMap(page);
    expect(await page.locator('#find-filter').inputValue()).toBe('t10');
    await expect.poll(() => highlighted(page)).toEqual(want);
    // Clear.
    await page.locator('.filter-clear').click();
    await expect.poll(() => hashParam(page, 'task')).toBe(null);
    expect(await page.locator('svg.paired-map .link.is-match').count()).toBe(0);
    expect(await summary.isVisible()).toBe(false);
    await page.context().close();
  });

  it('on a phone, the folded list of pairings marks the same pairings once the reader opens it', async () => {
    // The overview's folds are built when opened (src/views/panel.ts), after the filter painted the panel.
    const w = await openPage(browser, { path: '#task=10', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const { page } = w;
    const want = expected({ task: 10, group: null });
    await page.locator('#panel .fold.pair-list > summary').click();
    await expect.poll(() => page.locator('#panel .pair-button.is-match').evaluateAll((els) => els.map((e) => e.getAttribute('data-pair')!).sort())).toEqual(want.all);
    expect(await page.locator('#panel .pair-button.is-match .match-badge').count()).toBe(want.all.length);
    await page.context().close();
  });

  it('tells stated from related visibly (group 1), and a selection still reads as selected (en)', async () => {
    const w = await openPage(browser, { path: '#group=1&lang=en' });
    const { page } = w;
    const want = expected({ task: null, group: 1 });
    expect(want.stated.length).toBeGreaterThan(0);
    expect(want.related.length).toBeGreaterThan(0);
    await expect.poll(() => highlighted(page)).toEqual(want);
    const halo = (pair: string) =>
      page.locator(`svg.paired-map .link[data-pair="${pair}"] .link-halo`).first().evaluate((e) => {
        const s = getComputedStyle(e);
        return { stroke: s.stroke, dash: s.strokeDasharray, width: parseFloat(s.strokeWidth) };
      });
    const stated = await halo(want.stated[0]!);
    const related = await halo(want.related[0]!);
    expect(stated.width).toBeGreaterThan(4);
    expect(stated.dash).toBe('none');
    expect(related.dash).not.toBe('none');
    expect(stated.stroke).not.toBe(related.stroke);
    expect(await page.locator('.filter-summary').textContent()).toMatch(/^Group 1 .*: 2 pairings \(1 stated, 1 related\)/);
    // Select a highlighted pairing: its line is the selection colour, its band stays.
    await page.locator(`#panel .pair-button[data-pair="${want.stated[0]}"]`).click();
    await expect.poll(() => hashParam(page, 'pair')).toBe(want.stated[0]);
    const line = await page.locator(`svg.paired-map .link[data-pair="${want.stated[0]}"] .link-line`).first().evaluate((e) => getComputedStyle(e).stroke);
    expect(line).toBe('rgb(192, 57, 43)');
    expect((await halo(want.stated[0]!)).dash).toBe('none');
    await screenshot(page, 'find-filter-selected-desktop-en');
    await page.context().close();
  });

  it('is hidden while presenting (control and highlight), and back on leaving', async () => {
    const w = await openPage(browser, { path: '#task=10' });
    const { page } = w;
    await expect.poll(() => page.locator('svg.paired-map .link.is-match').count()).toBeGreaterThan(0);
    await page.locator('.present-enter').click();
    await expect.poll(() => hashParam(page, 'mode')).toBe('present');
    expect(await page.locator('.find-bar').isVisible()).toBe(false);
    expect(await page.locator('#legend').isVisible()).toBe(false);
    await expect.poll(() => page.locator('svg.paired-map .link.is-match').count()).toBe(0);
    expect(await hashParam(page, 'task')).toBe('10');
    await page.keyboard.press('Escape');
    await expect.poll(() => hashParam(page, 'mode')).toBe(null);
    await expect.poll(() => page.locator('svg.paired-map .link.is-match').count()).toBeGreaterThan(0);
    expect(await page.locator('.find-bar').isVisible()).toBe(true);
    await page.context().close();
  });

  it('reports unknown and hostile task and group values in a notice', async () => {
    for (const [hash, kind] of [
      ['#task=99', 'unknown-task'],
      ['#task=06', 'unknown-task'],
      ['#group=x%3Cb%3E', 'unknown-group'],
      ['#group=7', 'unknown-group'],
    ] as const) {
      const w = await openPage(browser, { path: hash });
      const notice = w.page.locator(`#notices [data-notice="${kind}"]`);
      await expect.poll(() => notice.isVisible(), { message: hash }).toBe(true);
      expect(await w.page.locator('svg.paired-map .link.is-match').count()).toBe(0);
      await w.page.context().close();
    }
  });

  it('highlights the geographic view’s WebGL arcs: stated wide and opaque, related lighter, others faint', async () => {
    const w = await openPage(browser, { path: '#view=geo&group=1', ready: ".geo-view[data-ready][data-renderer='webgl']", reducedMotion: 'reduce' });
    const { page } = w;
    const want = expected({ task: null, group: 1 });
    type Style = { pair: string; alpha: number; width: number };
    const styles = () => page.evaluate(() => (document.querySelector('.geo-view') as HTMLElement & { geoDebug: { arcStyles(): Style[] } }).geoDebug.arcStyles());
    const s = await styles();
    const of = (pair: string) => s.filter((x) => x.pair === pair);
    for (const x of of(want.stated[0]!)) expect(x).toMatchObject({ alpha: 255, width: 5 });
    for (const x of of(want.related[0]!)) expect(x.alpha).toBe(150);
    for (const x of s.filter((x) => !want.all.includes(x.pair))) expect(x.alpha).toBeLessThan(50);
    // The view's own legend says what wide and light mean while the filter is on, and not after.
    await expect(page.locator('.geo-legend-match.is-stated').textContent()).resolves.toContain('文件明确');
    expect(await page.locator('.geo-legend-match.is-related').isVisible()).toBe(true);
    await screenshot(page, 'find-geo-webgl-group1');
    await page.evaluate(() => { location.hash = '#view=geo'; });
    await expect.poll(() => page.locator('.geo-legend-match').first().isVisible()).toBe(false);
    await page.context().close();
  });

  it('highlights the geographic view’s SVG map (no WebGL) too', async () => {
    const noGl = await launch(['--disable-webgl', '--disable-3d-apis']);
    try {
      const w = await openPage(noGl, { path: '#view=geo&group=1', ready: ".geo-view[data-ready][data-renderer='svg']" });
      const { page } = w;
      const want = expected({ task: null, group: 1 });
      const geoMatches = () =>
        page.locator('.geo-svg .geo-link.is-match').evaluateAll((els) => ({
          stated: [...new Set(els.filter((e) => e.classList.contains('is-match-stated')).map((e) => e.getAttribute('data-pair')!))].sort(),
          related: [...new Set(els.filter((e) => e.classList.contains('is-match-related')).map((e) => e.getAttribute('data-pair')!))].sort(),
        }));
      await expect.poll(geoMatches).toEqual({ stated: want.stated, related: want.related });
      // The legend is the paired view's: the geographic view has its own, which names the bands.
      expect(await page.locator('#legend').isVisible()).toBe(false);
      expect(await page.locator('.geo-legend-match.is-stated').isVisible()).toBe(true);
      await page.context().close();
    } finally {
      await noGl.close();
    }
  });
});

describe('legend', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`lists every link kind and symbol in ${lang}, with swatches drawn like the map`, async () => {
      const w = await openPage(browser, { path: `#lang=${lang}` });
      const { page } = w;
      const legend = page.locator('#legend');
      expect(await legend.isVisible()).toBe(true);
      const items = await legend.locator('li[data-legend]').evaluateAll((els) => els.map((e) => ({ key: e.getAttribute('data-legend')!, text: e.textContent!.trim() })));
      expect(items.map((i) => i.key)).toEqual([...LEGEND_KEYS]);
      for (const i of items) expect(i.text).toBe(LEGEND_STRINGS[lang].items[i.key as (typeof LEGEND_KEYS)[number]]);
      for (const key of ['district-pair', 'zone-pair', 'sub-pairing', 'match-stated', 'match-related']) expect(items.some((i) => i.key === key)).toBe(true);
      // The swatches use the map's own dashes: compare computed styles with real links.
      const dash = (sel: string) => page.locator(sel).first().evaluate((e) => getComputedStyle(e).strokeDasharray);
      expect(await dash('[data-legend="zone-pair"] .legend-line')).toBe(await dash('svg.paired-map .link.is-zone:not(.is-sub) .link-line'));
      expect(await dash('[data-legend="sub-pairing"] .legend-line')).toBe(await dash('svg.paired-map .link.is-sub .link-line'));
      expect(await dash('[data-legend="district-pair"] .legend-line')).toBe('none');
      await page.context().close();
    });
  }
});

describe('print', () => {
  for (const c of [
    { lang: 'zh', hash: '#group=1&pair=new-area-binhai&lang=zh', summary: '2对结对（1对文件明确、1对主题相关）', clear: '清除筛选' },
    // The longest case: the English overview, whose panel needs the most room, with a filter on.
    { lang: 'en', hash: '#group=1&lang=en', summary: '2pairings(1stated,1related)', clear: 'Clearfilter' },
  ] as const) {
    it(`prints the filter summary and the legend on the one A4 page (${c.lang})`, async () => {
      const w = await openPage(browser, { path: c.hash });
      const { page } = w;
      await page.emulateMedia({ media: 'print' });
      await expect.poll(() => page.locator('#panel').getAttribute('data-print-pt'), { timeout: 20_000 }).not.toBeNull();
      const file = resolve(ARTIFACTS, `find-print-${c.lang}.pdf`);
      await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
      const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
      const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      pdfPicture(file, `find-print-${c.lang}`);
      expect(pages).toBe(1);
      expect(text).toContain(c.summary);
      expect(text).toContain(LEGEND_STRINGS[c.lang].items['match-related'].replace(/\s+/g, ''));
      expect(text).toContain(LEGEND_STRINGS[c.lang].items['zone-pair'].replace(/\s+/g, ''));
      expect(text).not.toContain(c.clear);
      await page.context().close();
    });
  }
});

describe('screenshots', () => {
  for (const size of [
    { name: 'desktop', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    it(`search open and a filter on at ${size.width}×${size.height}`, async () => {
      const w = await openPage(browser, { viewport: { width: size.width, height: size.height }, path: '#group=1' });
      const { page } = w;
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(pageWidth, 'no horizontal scrolling').toBeLessThanOrEqual(size.width);
      await screenshot(page, `find-filter-${size.name}-zh`);
      await shot(page, `find-filter-${size.name}-zh-top`);
      // The legend: open on a wide screen, folded on a phone (one line, opened by its summary).
      const legendOpen = () => page.locator('#legend').evaluate((d) => (d as HTMLDetailsElement).open);
      expect(await legendOpen()).toBe(size.width > 600);
      if (size.width <= 600) {
        await page.locator('#legend summary').click();
        expect(await legendOpen()).toBe(true);
      }
      await shot(page.locator('#legend'), `find-legend-${size.name}-zh`);
      await page.locator('#find-search').click();
      await page.keyboard.type('he', { delay: 20 });
      await page.locator('#find-results [role="option"]').first().waitFor();
      // What is on screen (the page is long on a phone): the open list over the map.
      await shot(page, `find-search-${size.name}-zh`);
      await page.context().close();
    });
  }
});
