// The national view and the timeline, in real Chromium against the production build.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, screenshot, type Watched } from './harness';
import { mapFaults } from './national-figure';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openNational(path: string, viewport = { width: 1280, height: 800 }): Promise<Watched> {
  const w = await openPage(browser, { path, viewport, map: false });
  await w.page.locator('svg.national-map .arc').first().waitFor({ state: 'attached', timeout: 30_000 });
  // The names are placed in a task after the map's first paint (national-map.ts): this drawing's are in.
  await w.page.locator('svg.national-map[data-labels="placed"]').waitFor({ state: 'attached', timeout: 30_000 });
  await w.page.evaluate(() => document.fonts.ready.then(() => undefined));
  return w;
}

/** Size on screen of the elements matching a selector: a drawn shape has width and height. */
async function drawnBoxes(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((els) => els.map((e) => {
    const b = e.getBoundingClientRect();
    return { w: b.width, h: b.height };
  }));
}

/** A real click on the middle of an arc, where a reader would click it. */
async function clickArc(page: Page, id: string): Promise<void> {
  const point = await page.locator(`svg.national-map .arc[data-national="${id}"] .arc-line`).evaluate((e) => {
    const path = e as SVGPathElement;
    const p = path.getPointAtLength(path.getTotalLength() / 2);
    const m = path.getScreenCTM()!;
    return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
  });
  await page.mouse.click(point.x, point.y);
}

const PAIRS_ZH = [
  ['liaoning-jiangsu', '辽宁省', '江苏省'],
  ['jilin-zhejiang', '吉林省', '浙江省'],
  ['heilongjiang-guangdong', '黑龙江省', '广东省'],
  ['shenyang-beijing', '沈阳市', '北京市'],
  ['dalian-shanghai', '大连市', '上海市'],
  ['changchun-tianjin', '长春市', '天津市'],
  ['harbin-shenzhen', '哈尔滨市', '深圳市'],
];

describe('the national view', () => {
  it('draws all seven pairings as arcs and lists them with both partners (zh)', async () => {
    const w = await openNational('#view=national&lang=zh');
    const { page } = w;
    const arcs = await page.locator('svg.national-map .arc').evaluateAll((els) => els.map((e) => e.getAttribute('data-national')));
    expect(arcs).toEqual(PAIRS_ZH.map((p) => p[0]));
    for (const l of await page.locator('svg.national-map .arc-line').evaluateAll((els) => els.map((e) => (e as SVGPathElement).getTotalLength()))) expect(l).toBeGreaterThan(20);
    const list = await page.locator('.national-panel .national-button').evaluateAll((els) => els.map((e) => [e.getAttribute('data-national'), e.querySelector('.side-northeast')!.textContent, e.querySelector('.side-east')!.textContent]));
    expect(list).toEqual(PAIRS_ZH);
    // The app's own panel gives way; the national panel is visible.
    expect(await page.locator('#panel').isVisible()).toBe(false);
    expect(await page.locator('.national-panel').isVisible()).toBe(true);
    await expect(page.locator('.national-note').textContent()).resolves.toContain('内蒙古');
    // City points at the eight seats, province pairs filled.
    expect(await page.locator('svg.national-map .place.city circle').count()).toBe(8);
    expect(await page.locator('svg.national-map > .provinces .province.is-northeast').count()).toBe(3);
    expect(await page.locator('svg.national-map > .provinces .province.is-east').count()).toBe(3);
    await screenshot(page, 'national-desktop-zh');
    await page.context().close();
  });

  it('is a map of the whole country: 34 units with 台湾省, 香港, 澳门, and the 南海诸岛 inset with the islands and the dashed line', async () => {
    const w = await openNational('#view=national');
    const { page } = w;
    const main = await page.locator('svg.national-map > .provinces .province').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(new Set(main).size).toBe(34);
    for (const code of ['710000', '810000', '820000', '460000']) {
      const [box] = await drawnBoxes(page, `svg.national-map > .provinces .province[data-code="${code}"]`);
      expect(box!.w * box!.h, `unit ${code} is drawn`).toBeGreaterThan(0.5);
    }
    // The inset: its frame, caption, Hainan's islands and the dashed line with its dashes.
    const inset = page.locator('svg.national-map [data-inset="south-china-sea"]');
    await expect(inset.locator('.inset-caption').textContent()).resolves.toBe('南海诸岛');
    const [line] = await drawnBoxes(page, 'svg.national-map [data-inset] .nine-dash[data-code="100000_JD"]');
    expect(line!.w).toBeGreaterThan(40);
    expect(line!.h).toBeGreaterThan(60);
    const dashes = await inset.locator('.nine-dash').evaluate((e) => (e.getAttribute('d') ?? '').split('M').length - 1);
    expect(dashes).toBeGreaterThanOrEqual(10);
    const hainanParts = await inset.locator('.province[data-code="460000"]').evaluate((e) => (e.getAttribute('d') ?? '').split('M').length - 1);
    expect(hainanParts).toBeGreaterThan(40);
    // Marked as a schematic map with its source.
    await expect(page.locator('svg.national-map .map-note').textContent()).resolves.toMatch(/示意图.*@esmjs\/geo/);
    await page.context().close();
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`clicking 长春–天津 opens the paired view in the same language (${lang})`, async () => {
      const w = await openNational(`#view=national&lang=${lang}`);
      const { page } = w;
      await clickArc(page, 'changchun-tianjin');
      await page.locator('svg.paired-map .label').first().waitFor({ state: 'attached' });
      expect(await page.evaluate(() => location.hash)).toBe(`#lang=${lang}`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang === 'zh' ? 'zh-CN' : 'en');
      expect(await page.locator('#panel').isVisible()).toBe(true);
      await page.context().close();
    });
  }

  it('fits its box on a desk, when the timeline strip arrives under it and when only the height changes', async () => {
    // On a cold load the strip took 40 px from the map's box after the view had measured it: the
    // map stayed 40 px taller than its box (overflow hidden) and lost its source line.
    const fits = (page: Page) => page.evaluate(() => {
      const box = document.querySelector<HTMLElement>('.national-map-box')!;
      const map = document.querySelector<SVGSVGElement>('svg.national-map')!;
      const note = map.querySelector('.map-note')!.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      return map.height.baseVal.value <= box.clientHeight && map.dataset.labels === 'placed' && note.bottom <= b.bottom && note.bottom > b.top;
    });
    for (const [lang, width, height] of [['en', 1280, 800], ['zh', 1440, 900], ['en', 2560, 1440]] as const) {
      const w = await openNational(`#view=national&lang=${lang}`, { width, height });
      await expect.poll(() => fits(w.page), { timeout: 10_000, message: `${width}×${height} ${lang}, cold` }).toBe(true);
      // The same width, a lower window: the map is drawn again for its box's new height.
      await w.page.setViewportSize({ width, height: height - 120 });
      await expect.poll(() => fits(w.page), { timeout: 10_000, message: `${width}×${height - 120} ${lang}, after a resize` }).toBe(true);
      await w.page.context().close();
    }
  }, 120_000);

  it('the Heilongjiang–Guangdong panel shows its 18 tasks in 4 groups with plan2018hg citations', async () => {
    const w = await openNational('#view=national');
    const { page } = w;
    await clickArc(page, 'heilongjiang-guangdong');
    await page.locator('.hg-tasks').waitFor();
    expect(await page.evaluate(() => location.hash)).toContain('national=heilongjiang-guangdong');
    expect(await page.locator('.hg-tasks .task-group').count()).toBe(4);
    const tasks = await page.locator('.hg-tasks .task').evaluateAll((els) => els.map((e) => [e.getAttribute('data-task'), e.querySelector('[data-doc]')?.getAttribute('data-doc'), e.querySelector('[data-doc]')?.textContent]));
    expect(tasks).toHaveLength(18);
    tasks.forEach(([id, doc, text], i) => {
      expect(id).toBe(String(i + 1));
      expect(doc).toBe('plan2018hg');
      expect(text).toMatch(new RegExp(`^黑粤方案 §四\\([一二三四]\\)${i + 1}$`));
    });
    await expect(page.locator('.coverage').textContent()).resolves.toContain('两省的对口合作实施方案');
    await expect(page.locator('.national-panel .sources').textContent()).resolves.toContain('黑龙江省与广东省对口合作实施方案');
    await screenshot(page, 'national-hg-panel-zh');
    await page.context().close();
  });

  it('says plainly when only workplan2017 covers a pairing, and cites city seats', async () => {
    const w = await openNational('#view=national&national=dalian-shanghai&lang=en');
    const { page } = w;
    await expect(page.locator('.only-workplan').textContent()).resolves.toBe('Of the documents this map holds, only Guobanfa [2017] No. 22 mentions this pairing');
    await expect(page.locator('.coverage li').count()).resolves.toBe(1);
    const seats = await page.locator('.seats li').allTextContents();
    expect(seats).toHaveLength(2);
    for (const s of seats) expect(s).toMatch(/\d+\.\d\d°E, \d+\.\d\d°N \(@esmjs\/geo@1\.0\.0 \w+ \d{6} center, GCJ-02→WGS-84\)/);
    expect(await page.locator('svg.national-map .arc.is-selected').getAttribute('data-national')).toBe('dalian-shanghai');
    await page.context().close();
  });

  it('shows a notice for an unknown pairing or event and keeps the rest of the link', async () => {
    const w = await openNational('#view=national&national=atlantis&event=nope&lang=en');
    const { page } = w;
    const notices = await page.locator('#notices .notice').allTextContents();
    expect(notices).toEqual(['There is no pairing “atlantis”; showing all seven.', 'The timeline has no event “nope”.']);
    expect(await page.locator('.national-panel .national-button').count()).toBe(7);
    await page.context().close();
  });

  it('in English, on a phone: map and list stacked, every partner named', async () => {
    const w = await openNational('#view=national&lang=en', { width: 390, height: 844 });
    const { page } = w;
    const names = await page.locator('.national-panel .national-button').allTextContents();
    expect(names.map((n) => n.replace(/\s+/g, ' '))).toEqual([
      'Liaoning Province⟷Jiangsu Province', 'Jilin Province⟷Zhejiang Province', 'Heilongjiang Province⟷Guangdong Province',
      'Shenyang⟷Beijing', 'Dalian⟷Shanghai', 'Changchun⟷Tianjin', 'Harbin⟷Shenzhen',
    ]);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    const map = await page.locator('svg.national-map').boundingBox();
    const panel = await page.locator('.national-panel').boundingBox();
    expect(panel!.y).toBeGreaterThanOrEqual(map!.y + map!.height - 1);
    await screenshot(page, 'national-phone-en');
    await page.context().close();
  });
});

/** Every label's box (getBBox, in the map's own units), every dot, every arc's ends, the inset and its caption, the source line. */
async function labelLayout(page: Page) {
  return page.evaluate(() => {
    const svgRoot = document.querySelector<SVGSVGElement>('svg.national-map')!;
    const box = (e: SVGGraphicsElement) => {
      const b = e.getBBox();
      return { minX: b.x, minY: b.y, maxX: b.x + b.width, maxY: b.y + b.height };
    };
    const labels = [...svgRoot.querySelectorAll<SVGTextElement>('text.label')].map((e) => ({ id: e.dataset.party ?? '', text: e.textContent ?? '', ...box(e) }));
    const dots = [...svgRoot.querySelectorAll<SVGCircleElement>('.place.city circle')].map((e) => ({ id: e.closest<SVGGElement>('[data-place]')!.dataset.place!, ...box(e) }));
    const ends = [...svgRoot.querySelectorAll<SVGPathElement>('.arc-line')].flatMap((p) => {
      const len = p.getTotalLength();
      return [p.getPointAtLength(0), p.getPointAtLength(len)].map((q) => ({ id: p.closest<SVGGElement>('[data-national]')!.dataset.national!, minX: q.x - 2, minY: q.y - 2, maxX: q.x + 2, maxY: q.y + 2 }));
    });
    const frame = box(svgRoot.querySelector<SVGRectElement>('.inset-frame')!);
    const caption = box(svgRoot.querySelector<SVGTextElement>('.inset-caption')!);
    const note = box(svgRoot.querySelector<SVGTextElement>('.map-note')!);
    const vb = svgRoot.viewBox.baseVal;
    return { labels, dots, ends, frame, caption, note, size: { w: vb.width, h: vb.height } };
  });
}
type B = { minX: number; minY: number; maxX: number; maxY: number };
const hit = (a: B, b: B) => a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
const within = (a: B, b: B) => a.minX >= b.minX - 0.5 && a.maxX <= b.maxX + 0.5 && a.minY >= b.minY - 0.5 && a.maxY <= b.maxY + 0.5;

describe('national labels never collide', () => {
  const SIZES = [[320, 640], [390, 844], [552, 900], [600, 960], [768, 1024], [1024, 768], [1280, 800], [1440, 900], [1920, 1080], [2560, 1440]] as const;
  for (const lang of ['zh', 'en'] as const) {
    it(`no label over another label, a dot, an arc's end, the inset or the source line; no land under the inset; the inset's caption inside it (${lang}, ${SIZES.length} sizes)`, async () => {
      const w = await openNational(`#view=national&lang=${lang}`, { width: SIZES[0][0], height: SIZES[0][1] });
      const { page } = w;
      for (const [width, height] of SIZES) {
        await page.setViewportSize({ width, height });
        // Redrawn for the new width (the map follows its box's width).
        await expect.poll(() => page.evaluate(() => {
          const box = document.querySelector<HTMLElement>('.national-map-box')!;
          const map = document.querySelector<SVGSVGElement>('svg.national-map')!;
          return map.viewBox.baseVal.width === Math.max(300, box.clientWidth) && map.dataset.labels === 'placed';
        }), { timeout: 20_000 }).toBe(true);
        const l = await labelLayout(page);
        const at = `${width}×${height} ${lang}`;
        // Every city is named, and from a column's width up (the desk's arrangement, map-layout.ts) every province too.
        expect(l.labels.filter((x) => ['dalian', 'tianjin', 'beijing', 'shenyang', 'changchun', 'harbin', 'shanghai', 'shenzhen'].includes(x.id)), at).toHaveLength(8);
        if (width >= 552) expect(l.labels.length, at).toBe(15);
        // And no land or dash of the mainland under the inset (nor a name; the caption inside it).
        expect(await page.evaluate(mapFaults, 'svg.national-map'), at).toEqual([]);
        for (const a of l.labels) {
          for (const b of l.labels) if (a !== b) expect(hit(a, b), `${at}: ${a.text} × ${b.text}`).toBe(false);
          for (const d of l.dots) if (d.id !== a.id) expect(hit(a, d), `${at}: ${a.text} over the dot of ${d.id}`).toBe(false);
          for (const e of l.ends) expect(hit(a, e), `${at}: ${a.text} over an end of ${e.id}`).toBe(false);
          expect(hit(a, l.frame), `${at}: ${a.text} over the inset`).toBe(false);
          expect(hit(a, l.note), `${at}: ${a.text} over the source line`).toBe(false);
          expect(within(a, { minX: 0, minY: 0, maxX: l.size.w, maxY: l.size.h }), `${at}: ${a.text} inside the map`).toBe(true);
        }
        expect(within(l.caption, l.frame), `${at}: the inset's caption inside the inset`).toBe(true);
        expect(hit(l.note, l.frame), `${at}: the source line clear of the inset`).toBe(false);
        if ([390, 552, 768, 1280, 1440].includes(width)) await screenshot(page, `national-labels-${width}-${lang}`);
      }
      await page.context().close();
    }, 180_000);
  }
});

describe('the timeline', () => {
  it('lists the events in date order, each cited; selecting one shows its text and sources and highlights its places', async () => {
    const w = await openNational('#view=national');
    const { page } = w;
    const dates = await page.locator('.timeline-event').evaluateAll((els) => els.map((e) => e.getAttribute('data-date')!));
    // 13 events and targets of the documents, 8 of later news reports (媒体报道).
    expect(dates).toHaveLength(21);
    const key = (d: string) => { const [y, m = '99', day = '99'] = d.split('-'); return `${y}-${m}-${day}`; };
    expect(dates.map(key)).toEqual([...dates.map(key)].sort());
    for (let i = 0; i < dates.length; i++) {
      await page.locator('.timeline-event').nth(i).click();
      const detail = page.locator('.timeline-detail');
      await detail.waitFor();
      expect(await detail.locator('.cite [data-doc]').count(), `event ${i} cites a document`).toBeGreaterThan(0);
      expect(await detail.locator('.sources li').count()).toBeGreaterThan(0);
    }
    // A news report is shown as such, with its publisher, never as the plan.
    await page.locator('.timeline-event[data-event="news-heping-chaoyang-2019-04"]').click();
    const news = await page.locator('.timeline-detail').textContent();
    expect(news).toContain('媒体报道');
    expect(news).toContain('长春日报');
    expect(news).not.toContain('津长方案');
    await page.locator('.timeline-event[data-event="plan2018hg-issued"]').click();
    expect(await page.evaluate(() => location.hash)).toContain('event=plan2018hg-issued');
    await expect(page.locator('.timeline-detail').textContent()).resolves.toContain('黑粤方案 §通知');
    const highlighted = await page.locator('svg.national-map .is-event').evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? e.getAttribute('data-place') ?? e.getAttribute('data-national')).sort());
    expect(highlighted).toEqual(['230000', '440000', 'harbin', 'harbin-shenzhen', 'heilongjiang', 'heilongjiang-guangdong', 'shenzhen', 'guangdong'].sort());
    await screenshot(page, 'timeline-event-zh');
    await page.context().close();
  }, 240_000); // 21 events, each clicked and checked: more than the default 120 s on a loaded machine

  it('is keyboard reachable: Tab to an event, arrows move, Enter selects, Escape closes', async () => {
    const w = await openPage(browser, { path: '#lang=en' });
    const { page } = w;
    await page.locator('.timeline-event').first().waitFor();
    await page.locator('.timeline-event').first().focus();
    // The first event is the 2016 Jiutai news report, then the delegation, the February meeting, the work plan.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.event)).toBe('workplan-2017-03');
    await page.keyboard.press('Enter');
    await expect(page.locator('.timeline-detail > h3').textContent()).resolves.toBe('State Council General Office work plan sets up the pairings');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.event)).toBe('workplan-2017-03');
    // From the paired view, the event offers the national map.
    await page.locator('.show-on-map').click();
    await page.locator('svg.national-map .arc').first().waitFor({ state: 'attached' });
    expect(await page.locator('svg.national-map .arc.is-event').count()).toBe(7);
    await page.locator('.timeline-event[data-event="workplan-2017-03"]').focus();
    await page.keyboard.press('Escape');
    expect(await page.locator('.timeline-detail').count()).toBe(0);
    await page.context().close();
  });
});

describe('first paint', () => {
  it('the paired view loads neither the china map nor the national view code', async () => {
    const w = await openPage(browser, {});
    const { page } = w;
    await page.locator('.timeline-event').first().waitFor();
    const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(urls.some((u) => u.includes('china.topo.json'))).toBe(false);
    expect(urls.some((u) => /national-view/.test(u))).toBe(false);
    await page.context().close();
  });
});
