// Presentation mode in real Chromium: the tour, its keys, deep links, autoplay, leaving, the projector theme.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { content } from '../../src/content/index';
import { countPixels, launch, openPage, screenshot, expectClean } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PROJECTOR = { width: 1920, height: 1080 };
const TOTAL = 21;

/** What each step should show, from the content itself: the 15 pairings in the plan's order, then the projects. */
const name = (id: string, lang: 'zh' | 'en') => (content.units.find((u) => u.id === id) ?? content.zones.find((z) => z.id === id))!.name[lang];
const topPairings = content.pairings.filter((p) => !p.parent).sort((a, b) => a.order - b.order);
const EXPECTED: { id: string; pair: string | null; text: (lang: 'zh' | 'en') => string[] }[] = [
  { id: 'overview', pair: null, text: (l) => [l === 'zh' ? '15组结对' : '15 pairings'] },
  ...topPairings.map((p) => ({ id: `pair:${p.id}`, pair: p.id, text: (l: 'zh' | 'en') => [...p.changchun, ...p.tianjin].map((x) => name(x, l)) })),
  // A project is shown where it lies, its zones (tests/browser/projects.test.ts): no pairing is lit.
  ...content.projects.map((pr) => ({ id: `project:${pr.id}`, pair: null, text: (l: 'zh' | 'en') => [pr.name[l]] })),
  { id: 'results', pair: null, text: (l) => [l === 'zh' ? '签约项目' : 'Projects signed', l === 'zh' ? '150余个' : 'more than 150 projects'] },
  { id: 'timeline', pair: null, text: (l) => [l === 'zh' ? '长春党政代表团赴天津' : 'Changchun delegation to Tianjin', l === 'zh' ? '2020年' : '2020'] },
  { id: 'sources', pair: null, text: (l) => [l === 'zh' ? '发改振兴〔2018〕437号' : 'Implementation Plan for Paired Cooperation between Tianjin and Changchun'] },
];

/** What the screen shows of the tour right now. */
async function onScreen(page: Page) {
  return page.evaluate(() => {
    const card = document.querySelector<HTMLElement>('.present-card')!;
    const r = card.getBoundingClientRect();
    const hash = new URLSearchParams(location.hash.slice(1));
    return {
      presenting: document.documentElement.classList.contains('is-presenting'),
      // A card still filling in (the timeline step's lazy content) is not the step yet.
      stepId: card.querySelector('[aria-busy="true"]') ? 'loading' : (card.dataset.stepId ?? ''),
      counter: document.querySelector('.present-counter')?.textContent ?? '',
      text: card.innerText,
      cardVisible: !card.closest('[hidden]') && r.width > 0 && r.height > 0 && r.right <= innerWidth + 1 && r.bottom <= innerHeight + 1,
      /** Everything in the card fits: nothing cut off or scrolled away. */
      fits: card.scrollHeight <= card.clientHeight + 1,
      selectedLinks: [...new Set([...document.querySelectorAll('.link.is-selected:not(.is-sub)')].map((e) => e.getAttribute('data-pair')))],
      hashStep: hash.get('step'),
      hashMode: hash.get('mode'),
      hashPair: hash.get('pair'),
      headerVisible: getComputedStyle(document.querySelector('.site-header')!).display !== 'none',
      panelVisible: getComputedStyle(document.getElementById('panel')!).display !== 'none',
    };
  });
}

async function expectStep(page: Page, n: number, lang: 'zh' | 'en' = 'zh') {
  const want = EXPECTED[n - 1]!;
  // Up to 10 s: the first step waits for the tour's code, fetched on the first press (a focused
  // button and Enter gives no hover to prefetch it), and CI runs two browsers on two cores (1 s, the
  // poll's default, was missed once there).
  await expect.poll(async () => (await onScreen(page)).stepId, { message: `step ${n}`, timeout: 10_000 }).toBe(want.id);
  const s = await onScreen(page);
  expect(s.presenting).toBe(true);
  expect(s.counter, `counter at step ${n}`).toBe(`${n} / ${TOTAL}`);
  expect(s.hashStep, 'the step is in the URL').toBe(String(n));
  expect(s.cardVisible, `step ${n} card on screen`).toBe(true);
  expect(s.fits, `step ${n} card content fits without scrolling`).toBe(true);
  for (const t of want.text(lang)) expect(s.text, `step ${n} shows ${t}`).toContain(t);
  expect(s.selectedLinks, `step ${n} map selection`).toEqual(want.pair ? [want.pair] : []);
}

/**
 * Autoplay on, its timer under a fake clock (`page.clock.runFor` moves it). The page's own loads
 * first (the tour's cards, the results, the timeline's content): under the fake clock their bounded
 * waits would see minutes pass in an instant and give up while a loaded machine was still
 * delivering them (CI failed once so: the End and P keys then did nothing).
 */
async function autoplayUnderFakeClock(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Off before the fake clock is installed, on after it: the timer restarts under the fake clock.
  // Turned off after the install, the fake clearTimeout left the real timer autoplay started on
  // load running (Playwright's clock does not clear a timer it did not make), and it fired on
  // real time: on a loaded machine, ≈ 20 s into the test, a step turned that no key or runFor
  // had turned (tests/artifacts/lead/clk.mjs shows the clock's behaviour).
  const play = page.locator('.present-play');
  await play.click();
  await expect.poll(() => play.getAttribute('aria-pressed')).toBe('false');
  await page.clock.install();
  await play.click();
  await expect.poll(() => play.getAttribute('aria-pressed')).toBe('true');
}

describe('presentation mode', () => {
  it('has 21 steps: overview, the 15 pairings, the two projects, the results, the timeline, the sources', () => {
    expect(EXPECTED).toHaveLength(TOTAL);
    expect(topPairings).toHaveLength(15);
  });

  it('enters from the toolbar and steps through every step and back with clicker and arrow keys', async () => {
    const w = await openPage(browser, { viewport: PROJECTOR });
    const { page } = w;
    const enter = page.getByRole('button', { name: '演示', exact: true });
    await enter.focus();
    await page.keyboard.press('Enter');
    await expectStep(page, 1);
    const s = await onScreen(page);
    expect(s.headerVisible).toBe(false);
    expect(s.panelVisible).toBe(false);
    await screenshot(page, 'present-1920-overview-zh');
    const forward = ['ArrowRight', 'PageDown', 'Space'];
    for (let n = 2; n <= TOTAL; n++) {
      // Space presses a focused button, so send it with the card focused, as after a click on the map.
      if (forward[n % 3] === 'Space') await page.locator('.present-card').focus();
      await page.keyboard.press(forward[n % 3]!);
      await expectStep(page, n);
      if (n === 2 || n === 3 || n === 17 || n === 19) await screenshot(page, `present-1920-step${n}-zh`);
    }
    // At the end, next stays at the end.
    await page.keyboard.press('ArrowRight');
    await expectStep(page, TOTAL);
    const back = ['ArrowLeft', 'PageUp'];
    for (let n = TOTAL - 1; n >= 1; n--) {
      await page.keyboard.press(back[n % 2]!);
      await expectStep(page, n);
    }
    await page.keyboard.press('End');
    await expectStep(page, TOTAL);
    await page.keyboard.press('Home');
    await expectStep(page, 1);
    // The on-screen buttons do the same.
    await page.locator('.present-next').click();
    await expectStep(page, 2);
    await page.locator('.present-prev').click();
    await expectStep(page, 1);
    await page.context().close();
  }, 240_000);

  it.each(['zh', 'en'] as const)('uses projector type: body text at least 28 px at 1920×1080 on every step, nothing smaller than 24 px (%s)', async (lang) => {
    const w = await openPage(browser, { viewport: PROJECTOR, path: `#mode=present&step=1&lang=${lang}` });
    const { page } = w;
    for (let n = 1; n <= TOTAL; n++) {
      await expectStep(page, n, lang);
      const sizes = await page.evaluate(() => {
        const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
        const texts = [...document.querySelectorAll('.present-card :is(p, li, h2)')].filter((e) => (e as HTMLElement).innerText.trim());
        const body = texts.filter((e) => !e.matches('.present-cite, .present-eyebrow'));
        const bar = [...document.querySelectorAll('.present-bar :is(button, span, p)')].filter((e) => (e as HTMLElement).offsetParent && (e as HTMLElement).innerText.trim());
        return { body: Math.min(...body.map(px)), all: Math.min(...texts.map(px), ...bar.map(px)), count: body.length };
      });
      expect(sizes.count, `step ${n} has body text`).toBeGreaterThan(0);
      expect(sizes.body, `step ${n} body text px`).toBeGreaterThanOrEqual(28);
      expect(sizes.all, `step ${n} smallest text px`).toBeGreaterThanOrEqual(24);
      if (n === 2 || n === 19 || n === 20) await screenshot(page, `present-1920-step${n}-${lang}`);
      await page.keyboard.press('ArrowRight');
    }
    // High contrast: the card's text is black on white.
    const colors = await page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('.present-card p:not(.present-eyebrow):not(.present-cite)')!);
      return { color: s.color, bg: getComputedStyle(document.querySelector('.present-card')!).backgroundColor };
    });
    expect(colors).toEqual({ color: 'rgb(0, 0, 0)', bg: 'rgb(255, 255, 255)' });
    await page.context().close();
  });

  it('opens a deep link to a step, in either language, and a bare #step= starts the tour there', async () => {
    const w = await openPage(browser, { viewport: PROJECTOR, path: '#mode=present&step=5&lang=en' });
    const { page } = w;
    await expectStep(page, 5, 'en');
    await screenshot(page, 'present-1920-step5-en');
    await page.context().close();

    const w2 = await openPage(browser, { viewport: PROJECTOR, path: '#step=17' });
    await expectStep(w2.page, 17);
    // A pairing selected before the tour starts it at that pairing.
    const w3 = await openPage(browser, { viewport: PROJECTOR, path: '#pair=chaoyang-heping' });
    await w3.page.locator('.present-enter').click();
    const n = EXPECTED.findIndex((e) => e.pair === 'chaoyang-heping') + 1;
    await expectStep(w3.page, n);
    for (const x of [w, w2, w3]) await expectClean(x);
    await w2.page.context().close();
    await w3.page.context().close();
  });

  it('autoplay advances by itself at a reading pace, pauses, and loops at the end', async () => {
    const w = await openPage(browser, { viewport: PROJECTOR, path: '#mode=present&step=1&play=1' });
    const { page } = w;
    await autoplayUnderFakeClock(page);
    await page.clock.runFor(7_000);
    await expectStep(page, 1); // not rushed: at least 8 s a step
    await page.clock.runFor(25_000);
    await expectStep(page, 2);
    expect(new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('play')).toBe('1');
    await page.clock.runFor(31_000);
    await expectStep(page, 3);
    // Pause: nothing moves.
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('.present-play').getAttribute('aria-pressed')).toBe('false');
    await page.clock.runFor(120_000);
    await expectStep(page, 3);
    // From the last step it goes round to the overview.
    await page.keyboard.press('End');
    await page.keyboard.press('p');
    await page.clock.runFor(31_000);
    await expectStep(page, 1);
    await page.context().close();
  });

  it('blanks the screen with B or . (black) and W or , (white); any key or a click brings the same step back, and autoplay waits', async () => {
    const w = await openPage(browser, { viewport: { width: 1024, height: 768 }, path: '#mode=present&step=3&play=1' });
    const { page } = w;
    await autoplayUnderFakeClock(page);
    await expectStep(page, 3);
    /** The share of the screen's pixels that are `colour` (0 black, 255 white). */
    const share = async (colour: number) => {
      const { matching, total } = await countPixels(page, await page.screenshot(), { grey: colour });
      return matching / total;
    };
    expect(await share(0), 'the stage is on screen').toBeLessThan(0.2);
    await page.keyboard.press('b');
    await expect.poll(() => share(0), { message: 'B blanks the whole screen black' }).toBe(1);
    // Autoplay does not move on behind a blank screen.
    await page.clock.runFor(120_000);
    expect(await page.locator('.present-blank').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    // The presenter's next press brings the step back; it does not skip the step nobody saw.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.present-blank').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await expectStep(page, 3);
    expect(await share(0)).toBeLessThan(0.2);
    // … and autoplay starts the step's wait again from its beginning.
    await page.clock.runFor(7_000);
    await expectStep(page, 3);
    await page.clock.runFor(25_000);
    await expectStep(page, 4);
    await page.keyboard.press('p');
    // A clicker's blank button (.), then a click; W for a white screen, then Esc, which does not leave the tour.
    await page.keyboard.press('.');
    await expect.poll(() => share(0)).toBe(1);
    await page.mouse.click(500, 400);
    await expect.poll(() => share(0)).toBeLessThan(0.2);
    await page.keyboard.press('w');
    await expect.poll(() => share(255), { message: 'W blanks the screen white' }).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => share(255)).toBeLessThan(0.9);
    await expectStep(page, 4);
    // The bar says how.
    expect(await page.locator('.present-hint').innerText()).toContain('B 黑屏');
    await expectClean(w);
    await page.context().close();
  });

  it('honours reduced motion: an autoplay link opens paused and says so', async () => {
    const w = await openPage(browser, { viewport: PROJECTOR, reducedMotion: 'reduce', path: '#mode=present&step=2&play=1' });
    const { page } = w;
    await expectStep(page, 2);
    await expect.poll(() => page.locator('.present-status').innerText()).toContain('减少动态效果');
    expect(await page.locator('.present-play').getAttribute('aria-pressed')).toBe('false');
    const animation = await page.evaluate(() => getComputedStyle(document.querySelector('.present-card > *')!).animationName);
    expect(animation).toBe('none');
    await page.context().close();
  });

  it('Esc leaves and restores the page as it was before the tour: pairing, language, filter', async () => {
    const start = EXPECTED.findIndex((e) => e.pair === 'nongan-baodi') + 1;
    const pair = EXPECTED[start - 1]!.pair!;
    const w = await openPage(browser, { viewport: PROJECTOR, path: `#lang=en&pair=${pair}&task=6` });
    const { page } = w;
    await page.locator('.present-enter').click();
    // The tour starts at the reader's pairing, and moves on from it.
    await expectStep(page, start, 'en');
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
    await expectStep(page, start + 2, 'en');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await onScreen(page)).presenting).toBe(false);
    const s = await onScreen(page);
    expect(s.headerVisible).toBe(true);
    expect(s.panelVisible).toBe(true);
    expect(s.hashMode).toBeNull();
    expect(s.hashStep).toBeNull();
    expect(s.hashPair, 'the pairing the reader had, not the last step’s').toBe(pair);
    expect(s.selectedLinks).toEqual([pair]);
    expect(new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('task'), 'the filter').toBe('6');
    expect(await page.locator('#panel').getAttribute('data-view')).toBe('pair');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('.present-stage').isHidden()).toBe(true);
    // Focus goes back to the button that started the tour, visibly.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('present-enter'))).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await screenshot(page, 'present-left-1920-en');
    await page.context().close();
  });

  for (const [hash, notice, presenting, text] of [
    ['#step=99', 'bad-step', false, '演示没有第“99”步'],
    ['#mode=present&step=99', 'bad-step', true, '已从第1步开始'],
    ['#mode=foo', 'unknown-mode', false, '没有名为“foo”的模式'],
    ['#mode=present&step=3&play=maybe', 'bad-play', true, '无法识别自动播放设置“maybe”'],
  ] as const) {
    it(`shows a notice for ${hash} and keeps working`, async () => {
      const w = await openPage(browser, { viewport: PROJECTOR, path: hash });
      const { page } = w;
      const n = page.locator(`.notice[data-notice="${notice}"]`);
      await expect.poll(() => n.isVisible()).toBe(true);
      expect(await n.innerText()).toContain(text);
      expect((await onScreen(page)).presenting).toBe(presenting);
      if (presenting) {
        const first = hash.includes('step=3') ? 3 : 1;
        await expectStep(page, first);
        await page.keyboard.press('ArrowRight');
        await expectStep(page, first + 1);
      }
      await page.context().close();
    });
  }

  it('works on a laptop and a phone too: the card fits or scrolls, the controls stay reachable', async () => {
    for (const viewport of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
      const w = await openPage(browser, { viewport, path: '#mode=present&step=2' });
      const { page } = w;
      await expect.poll(async () => (await onScreen(page)).counter).toBe(`2 / ${TOTAL}`);
      const next = page.locator('.present-next');
      await next.click();
      await expect.poll(async () => (await onScreen(page)).stepId).toBe(EXPECTED[2]!.id);
      expect(await next.isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await screenshot(page, `present-${viewport.width}-step3-zh`);
      await page.context().close();
    }
  });
});
